package org.dangjian.core.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A period during which a member is a mobile member (流动党员): working or living away from the branch
 * that holds the formal relation, without transferring it, and taking part in organizational life
 * where they are, often with a 流动党员活动证 (activity card).
 */
@Value.Immutable
public interface MobilePeriod {

  /** First day away. */
  LocalDate from();

  /** Last day away; absent while still away. */
  Optional<LocalDate> until();

  /** Where the member went, e.g. {@code 江苏省苏州市}. */
  @NotBlank
  @Size(max = Limits.SHORT_TEXT)
  String destination();

  /** The organization at the destination where the member takes part in organizational life. */
  Optional<@NotBlank @Size(max = Limits.ORGANIZATION_NAME) String> hostOrganization();

  /** The number of the 流动党员活动证. */
  Optional<@NotBlank @Size(max = Limits.DOCUMENT_NUMBER) String> activityCardNumber();

  /** True when the member was away on {@code date}. */
  default boolean coversDate(LocalDate date) {
    return !date.isBefore(from()) && until().map(end -> !date.isAfter(end)).orElse(true);
  }

  /** Starts a builder. */
  static ImmutableMobilePeriod.Builder builder() {
    return ImmutableMobilePeriod.builder();
  }
}
