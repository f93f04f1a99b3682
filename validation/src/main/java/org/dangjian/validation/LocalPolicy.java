package org.dangjian.validation;

import org.dangjian.core.member.DuesRates;
import org.immutables.value.Value;

/**
 * Values that regulations leave to provinces, units or practice: the party-lecture frequency that
 * many unit rules set (LIFE-007L; 0 turns the rule off), the dues schedule (the farmers' monthly
 * amount is set by each province, and rounding is not specified), how long a branch may take to
 * decide on an expired probation before it counts as not "prompt" (CONST-006), and how old
 * development cases are treated. The defaults are the national figures and common practice.
 */
@Value.Immutable
public interface LocalPolicy {

  /** Party lectures (党课) a branch holds per quarter at least; 0 disables LIFE-007L. */
  @Value.Default
  default int partyLecturesPerQuarter() {
    return 1;
  }

  /** The dues schedule, with the province's farmer amount and the rounding. */
  @Value.Default
  default DuesRates duesRates() {
    return DuesRates.defaults();
  }

  /** Months after the end of probation within which the branch should decide (CONST-006). */
  @Value.Default
  default int probationDecisionMonths() {
    return 3;
  }

  /** How development cases older than the earliest rule edition are treated. */
  @Value.Default
  default LegacyCases legacyCases() {
    return LegacyCases.CHECK_WITH_EARLIEST;
  }

  /** Rejects negative values. */
  @Value.Check
  default void check() {
    if (partyLecturesPerQuarter() < 0 || probationDecisionMonths() < 0) {
      throw new IllegalStateException("policy values must not be negative");
    }
  }

  /** The national defaults. */
  static LocalPolicy defaults() {
    return builder().build();
  }

  /** Starts a builder. */
  static ImmutableLocalPolicy.Builder builder() {
    return ImmutableLocalPolicy.builder();
  }
}
