package org.dangjian.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuesRatesTest {

  private final DuesRates rates = DuesRates.defaults();

  @ParameterizedTest(name = "{0} base {1} pays {2}")
  @CsvSource({
    "SALARIED, 2800.00, 14.00",
    "SALARIED, 3000.00, 15.00",
    "SALARIED, 3000.01, 30.00",
    "SALARIED, 5000.00, 50.00",
    "SALARIED, 5000.50, 75.01",
    "SALARIED, 10000.00, 150.00",
    "SALARIED, 10000.01, 200.00",
    "ANNUAL_SALARY, 12000.00, 240.00",
    "SELF_EMPLOYED, 4000.00, 40.00",
    "RETIRED, 5000.00, 25.00",
    "RETIRED, 5000.01, 50.00",
  })
  void worked_examples_of_rules_md_section_4(PayerCategory category, String base, String dues) {
    assertThat(rates.monthlyDues(category, new BigDecimal(base))).isEqualByComparingTo(dues);
  }

  @Test
  void flat_categories_pay_twenty_fen_whatever_the_base() {
    for (PayerCategory category :
        new PayerCategory[] {
          PayerCategory.STUDENT, PayerCategory.UNEMPLOYED, PayerCategory.RELIEF
        }) {
      assertThat(rates.monthlyDues(category, new BigDecimal("99999"))).isEqualTo("0.20");
      assertThat(rates.rate(category, BigDecimal.ONE)).isEmpty();
    }
  }

  @Test
  void farmers_pay_the_provincial_amount_within_bounds() {
    assertThat(rates.monthlyDues(PayerCategory.FARMER, null)).isEqualTo("0.20");
    DuesRates province = rates.withFarmerAmount(new BigDecimal("0.5"));
    assertThat(province.monthlyDues(PayerCategory.FARMER, null)).isEqualTo("0.50");
    assertThatThrownBy(() -> rates.withFarmerAmount(new BigDecimal("1.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.01");
    assertThatThrownBy(() -> rates.withFarmerAmount(new BigDecimal("0.19")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rounding_is_configurable() {
    BigDecimal base = new BigDecimal("5000.50");
    assertThat(rates.withRounding(RoundingMode.DOWN).monthlyDues(PayerCategory.SALARIED, base))
        .isEqualTo("75.00");
    assertThat(rates.monthlyDues(PayerCategory.SALARIED, base)).isEqualTo("75.01");
  }

  @Test
  void income_based_dues_need_a_base() {
    assertThatThrownBy(() -> rates.monthlyDues(PayerCategory.SALARIED, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("在职");
  }

  @Test
  void expected_amount_prefers_an_approved_fixed_amount() {
    Dues reduced =
        Dues.builder()
            .category(PayerCategory.SALARIED)
            .monthlyBase(new BigDecimal("8000"))
            .fixedAmount(new BigDecimal("1.00"))
            .build();
    assertThat(rates.expected(reduced)).contains(new BigDecimal("1.00"));
    Dues normal =
        Dues.builder().category(PayerCategory.SALARIED).monthlyBase(new BigDecimal("8000")).build();
    assertThat(rates.expected(normal)).contains(new BigDecimal("120.00"));
    Dues unknownBase = Dues.builder().category(PayerCategory.SALARIED).build();
    assertThat(rates.expected(unknownBase)).isEmpty();
  }
}
