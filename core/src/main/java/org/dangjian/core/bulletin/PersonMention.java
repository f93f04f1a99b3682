package org.dangjian.core.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A person named in an article, usually with a post, as in {@code 集团党委书记张三}: the name as printed,
 * the post text as printed (for example {@code 党委书记}), the organization the post belongs to as
 * printed, and, once resolved against the member data, the member id. Posts stay free text here;
 * the post code table belongs to the organization model.
 */
@Value.Immutable
public abstract class PersonMention {

  /** The name as printed. */
  @Size(max = Limits.PERSON_NAME)
  public abstract String name();

  /** The post as printed, for example {@code 党委书记} or {@code 工会主席}. */
  public abstract Optional<@NotBlank @Size(max = Limits.SHORT_TEXT) String> post();

  /** The name of the organization the post belongs to, as printed. */
  public abstract Optional<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> organization();

  /** The id of the member the mention was resolved to. */
  public abstract Optional<@NotBlank @Size(max = Limits.ID) String> memberId();

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutablePersonMention}
   */
  public static ImmutablePersonMention.Builder builder() {
    return ImmutablePersonMention.builder();
  }

  @Value.Check
  protected void check() {
    Texts.requireNonBlank(name(), "PersonMention.name");
  }
}
