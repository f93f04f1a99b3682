package org.dangjian.core.member;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The political review of a development target (政治审查, step 10): its conclusion date and whether it
 * passed. A person who was not reviewed, or failed, cannot be admitted.
 */
@Value.Immutable
public interface PoliticalReview {

  /** The date of the review's conclusion. */
  LocalDate concludedOn();

  /** True when the review passed (合格). */
  boolean passed();

  /** Starts a builder. */
  static ImmutablePoliticalReview.Builder builder() {
    return ImmutablePoliticalReview.builder();
  }

  /** A review concluded on {@code date} with the given result. */
  static PoliticalReview of(LocalDate date, boolean passed) {
    return builder().concludedOn(date).passed(passed).build();
  }
}
