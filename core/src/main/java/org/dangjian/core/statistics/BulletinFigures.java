package org.dangjian.core.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.bulletin.StatisticsBlock;

/**
 * The figures a group's work bulletin prints in its statistics block (党建大数据): members and how many
 * of them are probationary, their share of the employees, and the organizations by class, as of a
 * date. The share is a percentage rounded HALF_UP to one decimal, present only when the employee
 * count is known and positive.
 *
 * @param asOf the date of the figures
 * @param members Party members, probationary included
 * @param probationary probationary members
 * @param employees the employee count used for the share, when known
 * @param organizations grassroots party organizations
 * @param committees grassroots committees
 * @param generalBranches general branches
 * @param branches branches
 */
public record BulletinFigures(
    LocalDate asOf,
    int members,
    int probationary,
    OptionalInt employees,
    int organizations,
    int committees,
    int generalBranches,
    int branches) {

  /** The members as a percentage of the employees, e.g. {@code 10.0}. */
  public Optional<BigDecimal> shareOfEmployeesPercent() {
    if (employees.isEmpty() || employees.getAsInt() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(members)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(employees.getAsInt()), 1, java.math.RoundingMode.HALF_UP));
  }

  /**
   * The statistics block a bulletin would print for these figures: every count, and the share when
   * it is known. Print it with the bulletin's own precision by rounding the share (for example
   * {@code setScale(0, RoundingMode.HALF_UP)} for a whole percent); the validation rules accept any
   * share that is the true one rounded to the precision printed.
   *
   * <pre>{@code
   * StatisticsBlock block =
   *     PartyStatistics.bulletinFigures(dataset.asOf(endOfMonth), OptionalInt.empty())
   *         .toStatisticsBlock();
   * }</pre>
   *
   * @return a block as of {@link #asOf()} with the member, probationary and organization counts
   */
  public StatisticsBlock toStatisticsBlock() {
    return StatisticsBlock.builder()
        .asOf(asOf)
        .memberTotal(members)
        .probationaryMembers(probationary)
        .shareOfEmployeesPercent(shareOfEmployeesPercent())
        .organizationTotal(organizations)
        .partyCommittees(committees)
        .generalBranches(generalBranches)
        .branches(branches)
        .build();
  }
}
