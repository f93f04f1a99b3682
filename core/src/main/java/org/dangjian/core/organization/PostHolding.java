package org.dangjian.core.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A person holding a post in an organization over a period: the holder's member id when the holder
 * is in the dataset (a union chair need not be), the name as printed, the dates, and the higher
 * organization's approval date where the post needs approval (书记 and 副书记).
 */
@Value.Immutable
public interface PostHolding {

  /** The post held. */
  PostKind post();

  /** The holder's member id, when the holder is a member in the same dataset. */
  Optional<@NotBlank @Size(max = Limits.ID) String> memberId();

  /** The holder's name. */
  @NotBlank
  @Size(max = Limits.PERSON_NAME)
  String holderName();

  /** First day in the post. */
  LocalDate from();

  /** Last day in the post; absent while serving. */
  Optional<LocalDate> until();

  /** The date the higher organization approved the post (书记, 副书记), when recorded. */
  Optional<LocalDate> approvedOn();

  /** True when the post was held on {@code date}. */
  default boolean heldOn(LocalDate date) {
    return !date.isBefore(from()) && until().map(end -> !date.isAfter(end)).orElse(true);
  }

  /** Starts a builder. */
  static ImmutablePostHolding.Builder builder() {
    return ImmutablePostHolding.builder();
  }
}
