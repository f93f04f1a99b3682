package org.dangjian.core.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * One of the organizations that publish a bulletin, as named in its masthead: a group's party
 * committee, union or youth league committee (for example {@code 协鑫集团党委}, {@code 工会}, {@code 团委}).
 * The name is kept as printed, since a masthead often abbreviates the later publishers; the
 * organization id links the publisher to the organization data once resolved.
 */
@Value.Immutable
public abstract class Publisher {

  /** The name as printed in the masthead. */
  @Size(max = Limits.ORGANIZATION_NAME)
  public abstract String name();

  /** The id of the publishing organization, once resolved. */
  public abstract Optional<@NotBlank @Size(max = Limits.ID) String> organizationId();

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutablePublisher}
   */
  public static ImmutablePublisher.Builder builder() {
    return ImmutablePublisher.builder();
  }

  @Value.Check
  protected void check() {
    Texts.requireNonBlank(name(), "Publisher.name");
  }
}
