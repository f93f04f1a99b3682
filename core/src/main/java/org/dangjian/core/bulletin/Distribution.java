package org.dangjian.core.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The distribution line of a bulletin, borrowed from the layout of official documents (GB/T
 * 9704-2012): the recipients it is reported to (报, superiors), sent to (送, peers and related
 * bodies) and issued to (发, subordinate organizations), each list in print order. The recipients
 * are kept as printed names.
 */
@Value.Immutable
public abstract class Distribution {

  /** The recipients the bulletin is reported to (报). */
  public abstract List<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> reportTo();

  /** The recipients the bulletin is sent to (送). */
  public abstract List<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> sendTo();

  /** The recipients the bulletin is issued to (发). */
  public abstract List<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> issueTo();

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutableDistribution}
   */
  public static ImmutableDistribution.Builder builder() {
    return ImmutableDistribution.builder();
  }
}
