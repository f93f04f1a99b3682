package org.dangjian.core.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * An organization named in an article, for example {@code 协鑫集团党委} or {@code 某某公司党支部}: the name
 * exactly as printed and, once it has been matched against the organization data, the id of that
 * organization. An unresolved mention is normal after import; matching it is the job of the
 * dataset-level checks.
 */
@Value.Immutable
public abstract class OrganizationMention {

  /** The name as printed. */
  @Size(max = Limits.ORGANIZATION_NAME)
  public abstract String name();

  /** The id of the organization the name was resolved to. */
  public abstract Optional<@NotBlank @Size(max = Limits.ID) String> organizationId();

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutableOrganizationMention}
   */
  public static ImmutableOrganizationMention.Builder builder() {
    return ImmutableOrganizationMention.builder();
  }

  @Value.Check
  protected void check() {
    Texts.requireNonBlank(name(), "OrganizationMention.name");
  }
}
