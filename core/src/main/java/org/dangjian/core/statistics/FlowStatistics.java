package org.dangjian.core.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The flows of a period (a year, a quarter) in a subtree, computed by {@link
 * PartyStatistics#flows}: people who entered each stage of the development procedure, transfers of
 * the organization relation across the subtree's border, and departures, each counted when its date
 * falls between {@code from} and {@code to} inclusive and the person belonged to the subtree on
 * that date. With a development quota (党员发展名额), the admissions are compared with it.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param applications applications handed in (step 1)
 * @param activists people designated activists (step 3)
 * @param targets people designated development targets (step 7)
 * @param admissions new probationary members (admission meeting, step 15)
 * @param conversions conversions to full membership approved (step 24)
 * @param transfersIn relations received from outside the subtree
 * @param transfersOut relations sent outside the subtree
 * @param departures memberships that ended
 * @param quota the development quota of the period, when given
 */
public record FlowStatistics(
    LocalDate from,
    LocalDate to,
    int applications,
    int activists,
    int targets,
    int admissions,
    int conversions,
    int transfersIn,
    int transfersOut,
    int departures,
    OptionalInt quota) {

  /** Admissions as a percentage of the quota, when a positive quota was given. */
  public Optional<BigDecimal> quotaUsedPercent() {
    return quota.isEmpty() ? Optional.empty() : Percent.of(admissions, quota.getAsInt());
  }

  /** The quota left (negative when exceeded), when a quota was given. */
  public OptionalInt quotaRemaining() {
    return quota.isEmpty() ? OptionalInt.empty() : OptionalInt.of(quota.getAsInt() - admissions);
  }

  /** Transfers in minus transfers out. */
  public int netTransfers() {
    return transfersIn - transfersOut;
  }
}
