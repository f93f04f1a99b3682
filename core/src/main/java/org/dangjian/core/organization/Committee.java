package org.dangjian.core.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * One term (届) of an organization's committee, or of its secretary where a small branch has no
 * committee: when it was elected, for how many years, and when it ended. The re-election due date
 * (换届到期日) is derived as {@code electedOn + termYears}; whether it is overdue on a given date is for
 * the validation layer to judge, because postponement can be approved.
 */
@Value.Immutable
public interface Committee {

  /** The election date, start of the term. */
  LocalDate electedOn();

  /** The term length in years (3 to 5; villages and communities 5). */
  @Max(Limits.TERM_YEARS)
  int termYears();

  /** How the committee came into office. */
  @Value.Default
  default ElectionMethod method() {
    return ElectionMethod.MEMBERS_MEETING;
  }

  /** The term number (第N届), when known. */
  Optional<@Positive Integer> termNumber();

  /** The date the term actually ended: the next election, or dissolution. Absent while serving. */
  Optional<LocalDate> endedOn();

  /** The date by which a new committee should be elected. */
  @Value.Derived
  default LocalDate dueOn() {
    return electedOn().plusYears(termYears());
  }

  /** True when the committee was in office on {@code date}. */
  default boolean servingOn(LocalDate date) {
    return !date.isBefore(electedOn()) && endedOn().map(date::isBefore).orElse(true);
  }

  /** Rejects a committee that ends before it starts or has a non-positive term. */
  @Value.Check
  default void check() {
    if (termYears() <= 0) {
      throw new IllegalStateException("termYears must be positive, was " + termYears());
    }
    endedOn()
        .filter(end -> end.isBefore(electedOn()))
        .ifPresent(
            end -> {
              throw new IllegalStateException(
                  "committee ends on " + end + " before it was elected on " + electedOn());
            });
  }

  /** Starts a builder. */
  static ImmutableCommittee.Builder builder() {
    return ImmutableCommittee.builder();
  }
}
