package org.dangjian.core.bulletin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * The statistics block of a bulletin (党建大数据), as of a date: the member total, the probationary
 * members among them, the members' share of all employees, the organization total and its parts by
 * kind (party committees, general branches, branches), plus every other figure the block states.
 * Counts are {@link OptionalInt} and decimals {@code Optional<BigDecimal>}: a block states what it
 * states, and whether its figures add up or agree with the organization and member data is checked
 * by the validation layer, not here. The share is in percent ({@code 10} for 10%).
 */
@Value.Immutable
public abstract class StatisticsBlock {

  /** The date the figures are as of, for example the end of the month of the issue. */
  public abstract LocalDate asOf();

  /** The number of party members, probationary members included. */
  @PositiveOrZero
  public abstract OptionalInt memberTotal();

  /** The number of probationary members (预备党员). */
  @PositiveOrZero
  public abstract OptionalInt probationaryMembers();

  /** The members' share of all employees, in percent ({@code 10} for 10%). */
  public abstract Optional<@DecimalMin("0") @DecimalMax(Limits.MAX_PERCENT) BigDecimal>
      shareOfEmployeesPercent();

  /** The number of party organizations of all kinds. */
  @PositiveOrZero
  public abstract OptionalInt organizationTotal();

  /** The number of party committees (党委). */
  @PositiveOrZero
  public abstract OptionalInt partyCommittees();

  /** The number of general branches (党总支). */
  @PositiveOrZero
  public abstract OptionalInt generalBranches();

  /** The number of branches (党支部). */
  @PositiveOrZero
  public abstract OptionalInt branches();

  /** The other figures the block states, in print order. */
  public abstract List<@Valid StatedFigure> otherFigures();

  /**
   * The sum of the organization counts by kind, to compare with {@link #organizationTotal()}.
   *
   * @return party committees plus general branches plus branches, present only when all three are
   *     present
   */
  public OptionalLong organizationPartsSum() {
    if (partyCommittees().isEmpty() || generalBranches().isEmpty() || branches().isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        (long) partyCommittees().getAsInt() + generalBranches().getAsInt() + branches().getAsInt());
  }

  /**
   * A new builder.
   *
   * @return a builder of {@link ImmutableStatisticsBlock}
   */
  public static ImmutableStatisticsBlock.Builder builder() {
    return ImmutableStatisticsBlock.builder();
  }
}
