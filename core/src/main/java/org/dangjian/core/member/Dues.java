package org.dangjian.core.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.constraint.Limits;
import org.immutables.value.Value;

/**
 * A member's party dues (党费): the payer category, the current monthly income base (for the
 * income-based categories), a fixed monthly amount where one applies (the provincial farmers'
 * amount, or a reduction approved by the higher committee), and the payments made. The expected
 * amount is computed by {@link DuesRates}.
 */
@Value.Immutable
public interface Dues {

  /** How the dues are assessed. */
  PayerCategory category();

  /** The monthly income base in yuan (after tax), for income-based categories. */
  Optional<
          @DecimalMin(Limits.MIN_AMOUNT)
          @Digits(integer = Limits.AMOUNT_INTEGER_DIGITS, fraction = Limits.AMOUNT_FRACTION_DIGITS)
          BigDecimal>
      monthlyBase();

  /** A fixed monthly amount in yuan: the farmers' provincial value, or an approved reduction. */
  Optional<
          @DecimalMin(Limits.MIN_AMOUNT)
          @Digits(integer = Limits.AMOUNT_INTEGER_DIGITS, fraction = Limits.AMOUNT_FRACTION_DIGITS)
          BigDecimal>
      fixedAmount();

  /** The date the higher committee approved a reduction or exemption (减免), when there is one. */
  Optional<LocalDate> reductionApprovedOn();

  /** The payments, one per month paid. */
  List<@Valid DuesPayment> payments();

  /** The payment for {@code month}, when paid. */
  default Optional<DuesPayment> paymentFor(YearMonth month) {
    return payments().stream().filter(p -> p.month().equals(month)).findFirst();
  }

  /** Starts a builder. */
  static ImmutableDues.Builder builder() {
    return ImmutableDues.builder();
  }
}
