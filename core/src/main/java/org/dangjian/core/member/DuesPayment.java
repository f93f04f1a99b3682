package org.dangjian.core.member;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A payment of party dues for one month (党费缴纳记录): the month it is for, the amount in yuan, the date
 * it was paid (which may be later, for back-payment, or earlier, for quarterly payment) and the
 * income base it was computed on, when recorded.
 */
@Value.Immutable
public interface DuesPayment {

  /** The month paid for. */
  YearMonth month();

  /** The amount in yuan. */
  @DecimalMin(Limits.MIN_AMOUNT)
  @Digits(integer = Limits.AMOUNT_INTEGER_DIGITS, fraction = Limits.AMOUNT_FRACTION_DIGITS)
  BigDecimal amount();

  /** The date paid. */
  Optional<LocalDate> paidOn();

  /** The income base the amount was computed on, when recorded. */
  Optional<
          @DecimalMin(Limits.MIN_AMOUNT)
          @Digits(integer = Limits.AMOUNT_INTEGER_DIGITS, fraction = Limits.AMOUNT_FRACTION_DIGITS)
          BigDecimal>
      base();

  /** Starts a builder. */
  static ImmutableDuesPayment.Builder builder() {
    return ImmutableDuesPayment.builder();
  }

  /** A payment of {@code amount} for {@code month}. */
  static DuesPayment of(YearMonth month, BigDecimal amount) {
    return builder().month(month).amount(amount).build();
  }
}
