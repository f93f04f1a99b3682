package org.dangjian.core.member;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The dues schedule of the 2008 《关于中国共产党党费收缴、使用和管理的规定》 as a pure function: salaried members pay
 * 0.5% of a base up to 3000 yuan, 1% up to 5000, 1.5% up to 10000 and 2% above, on the whole base
 * (not marginal); retirees 0.5% up to 5000 and 1% above; students, the unemployed and members on
 * relief 0.20 yuan; farmers a provincial amount between 0.20 and 1.00. Bracket bounds are inclusive
 * upper bounds. The regulation does not fix rounding: the default is HALF_UP to 0.01 yuan, and both
 * the rounding and the farmers' amount are configurable.
 *
 * <pre>{@code
 * DuesRates.defaults().monthlyDues(PayerCategory.SALARIED, new BigDecimal("3000.01")) // 30.00
 * }</pre>
 */
public final class DuesRates {

  private static final BigDecimal FLAT_LOW = new BigDecimal("0.20");
  private static final BigDecimal FARMER_MIN = new BigDecimal("0.20");
  private static final BigDecimal FARMER_MAX = new BigDecimal("1.00");
  private static final BigDecimal B3000 = new BigDecimal("3000");
  private static final BigDecimal B5000 = new BigDecimal("5000");
  private static final BigDecimal B10000 = new BigDecimal("10000");
  private static final BigDecimal HALF_PERCENT = pct("0.5");
  private static final BigDecimal ONE_PERCENT = pct("1");
  private static final BigDecimal ONE_AND_HALF_PERCENT = pct("1.5");
  private static final BigDecimal TWO_PERCENT = pct("2");

  private final BigDecimal farmerAmount;
  private final RoundingMode rounding;

  private DuesRates(BigDecimal farmerAmount, RoundingMode rounding) {
    this.farmerAmount = farmerAmount;
    this.rounding = rounding;
  }

  /** The national schedule with farmers paying 0.20 yuan and HALF_UP rounding to 0.01 yuan. */
  public static DuesRates defaults() {
    return new DuesRates(FLAT_LOW, RoundingMode.HALF_UP);
  }

  /**
   * A copy with the provincial farmers' amount.
   *
   * @throws IllegalArgumentException when the amount is outside 0.20 to 1.00 yuan
   */
  public DuesRates withFarmerAmount(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.compareTo(FARMER_MIN) < 0 || amount.compareTo(FARMER_MAX) > 0) {
      throw new IllegalArgumentException(
          "farmers pay between 0.20 and 1.00 yuan a month, not " + amount.toPlainString());
    }
    return new DuesRates(amount, rounding);
  }

  /** A copy with another rounding of the computed amount to 0.01 yuan. */
  public DuesRates withRounding(RoundingMode mode) {
    return new DuesRates(farmerAmount, Objects.requireNonNull(mode, "mode"));
  }

  /** The farmers' monthly amount in force. */
  public BigDecimal farmerAmount() {
    return farmerAmount;
  }

  /**
   * The rate applied to {@code base} for an income-based category, as a fraction (0.005 for 0.5%),
   * or empty for the fixed-amount categories.
   */
  public Optional<BigDecimal> rate(PayerCategory category, BigDecimal base) {
    return Optional.ofNullable(rateOrNull(category, base));
  }

  /** The rate of {@link #rate}, or null; the rates are constants, made once. */
  private static BigDecimal rateOrNull(PayerCategory category, BigDecimal base) {
    if (!category.isIncomeBased()) {
      return null;
    }
    if (category == PayerCategory.RETIRED) {
      return base.compareTo(B5000) <= 0 ? HALF_PERCENT : ONE_PERCENT;
    }
    if (base.compareTo(B3000) <= 0) {
      return HALF_PERCENT;
    }
    if (base.compareTo(B5000) <= 0) {
      return ONE_PERCENT;
    }
    if (base.compareTo(B10000) <= 0) {
      return ONE_AND_HALF_PERCENT;
    }
    return TWO_PERCENT;
  }

  /**
   * The monthly dues in yuan, scaled to 0.01.
   *
   * @param category the payer category
   * @param base the monthly income base; ignored for fixed-amount categories, required otherwise
   * @throws IllegalArgumentException when an income-based category has no base or a negative one
   */
  public BigDecimal monthlyDues(PayerCategory category, BigDecimal base) {
    switch (category) {
      case FARMER:
        return farmerAmount.setScale(2, rounding);
      case STUDENT:
      case UNEMPLOYED:
      case RELIEF:
        return FLAT_LOW;
      default:
        if (base == null || base.signum() < 0) {
          throw new IllegalArgumentException(
              category.label() + " dues need a non-negative monthly base");
        }
        return base.multiply(rateOrNull(category, base)).setScale(2, rounding);
    }
  }

  /** The expected monthly amount for {@code dues}: the fixed amount if set, else the schedule. */
  public Optional<BigDecimal> expected(Dues dues) {
    if (dues.fixedAmount().isPresent()) {
      return dues.fixedAmount();
    }
    if (dues.category().isIncomeBased() && dues.monthlyBase().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(monthlyDues(dues.category(), dues.monthlyBase().orElse(null)));
  }

  private static BigDecimal pct(String percent) {
    return new BigDecimal(percent).movePointLeft(2);
  }
}
