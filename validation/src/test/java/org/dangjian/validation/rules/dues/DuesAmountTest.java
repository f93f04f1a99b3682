package org.dangjian.validation.rules.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangjian.validation.rules.dues.DuesFixtures.AS_OF;
import static org.dangjian.validation.rules.dues.DuesFixtures.codes;
import static org.dangjian.validation.rules.dues.DuesFixtures.dues;
import static org.dangjian.validation.rules.dues.DuesFixtures.issues;
import static org.dangjian.validation.rules.dues.DuesFixtures.member;
import static org.dangjian.validation.rules.dues.DuesFixtures.paid;
import static org.dangjian.validation.rules.dues.DuesFixtures.year;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.DuesRates;
import org.dangjian.core.member.ImmutableDues;
import org.dangjian.core.member.ImmutableDuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.LocalPolicy;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DUES-001, DUES-002, DUES-005, DUES-006 and DUES-009: the amount of each payment. */
class DuesAmountTest {

  private static Member paying(PayerCategory category, String base, String amount) {
    return member().withDues(dues(category, base).withPayments(year(amount)));
  }

  private static Member payingLast(PayerCategory category, String base, String due, String last) {
    List<DuesPayment> payments = new ArrayList<>(year(due));
    payments.set(11, paid(YearMonth.of(2024, 1), last));
    return member().withDues(dues(category, base).withPayments(payments));
  }

  @ParameterizedTest(name = "salaried base {0} pays {1}")
  @CsvSource({
    "2800.00, 14.00",
    "3000.00, 15.00",
    "3000.01, 30.00",
    "5000.00, 50.00",
    "5000.01, 75.00",
    "5000.50, 75.01",
    "10000.00, 150.00",
    "10000.01, 200.00"
  })
  void salaried_members_paying_the_bracket_amount_pass(String base, String due) {
    assertThat(issues(paying(PayerCategory.SALARIED, base, due))).isEmpty();
  }

  @ParameterizedTest(name = "salaried base {0} owes {1}, pays {2}")
  @CsvSource({
    "3000.00, 15.00, 14.99",
    "3000.01, 30.00, 15.00",
    "5000.00, 50.00, 49.99",
    "5000.01, 75.00, 50.00",
    "5000.50, 75.01, 75.00",
    "10000.00, 150.00, 149.99",
    "10000.01, 200.00, 150.00"
  })
  void a_salaried_payment_one_cent_or_a_bracket_short_is_dues_002(
      String base, String due, String paid) {
    List<Issue> issues = issues(payingLast(PayerCategory.SALARIED, base, due, paid));

    assertThat(codes(issues)).containsExactly("DUES-002 dues.payments[11].amount");
    Issue issue = issues.get(0);
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    assertThat(issue.value()).contains(paid);
    assertThat(issue.location().recordId()).contains("mem-000001");
    assertThat(issue.message(Locale.CHINA)).contains(paid).contains(due).contains("2024年1月");
    assertThat(issue.message(Locale.ENGLISH)).contains(paid).contains(due).contains(base);
  }

  @Test
  void the_message_names_the_base_and_the_rate() {
    Issue issue = issues(payingLast(PayerCategory.SALARIED, "3000.01", "30.00", "15.00")).get(0);

    assertThat(issue.message(Locale.CHINA))
        .isEqualTo("2024年1月的党费 15.00 元低于应交的 30.00 元（在职，月基数 3000.01 元 × 1%）。");
    assertThat(issue.message(Locale.ENGLISH))
        .isEqualTo(
            "The dues of 15.00 yuan for 2024-01 are less than the 30.00 yuan due (salaried,"
                + " monthly base 3000.01 yuan × 1%).");
  }

  @ParameterizedTest(name = "{0} base {1} pays {2}")
  @CsvSource({"ANNUAL_SALARY, 12000.00, 240.00", "SELF_EMPLOYED, 4000.00, 40.00"})
  void annual_salary_and_self_employed_members_use_the_salaried_brackets(
      PayerCategory category, String base, String due) {
    assertThat(issues(paying(category, base, due))).isEmpty();
    assertThat(codes(issues(payingLast(category, base, due, "1.00"))))
        .containsExactly("DUES-002 dues.payments[11].amount");
  }

  @ParameterizedTest(name = "retiree base {0} pays {1}")
  @CsvSource({"4000.00, 20.00", "5000.00, 25.00", "5000.01, 50.00", "8000.00, 80.00"})
  void retirees_paying_their_brackets_pass(String base, String due) {
    assertThat(issues(paying(PayerCategory.RETIRED, base, due))).isEmpty();
  }

  @ParameterizedTest(name = "retiree base {0} owes {1}, pays {2}")
  @CsvSource({"5000.00, 25.00, 24.99", "5000.01, 50.00, 25.00", "5000.01, 50.00, 49.99"})
  void a_retiree_paying_less_is_dues_005(String base, String due, String paid) {
    List<Issue> issues = issues(payingLast(PayerCategory.RETIRED, base, due, paid));

    assertThat(codes(issues)).containsExactly("DUES-005 dues.payments[11].amount");
    assertThat(issues.get(0).message(Locale.CHINA)).contains(due).contains("离退休");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"STUDENT", "UNEMPLOYED", "RELIEF"})
  void students_the_unemployed_and_members_on_relief_pay_twenty_fen(PayerCategory category) {
    assertThat(issues(paying(category, null, "0.20"))).isEmpty();
    List<Issue> issues = issues(payingLast(category, null, "0.20", "0.19"));

    assertThat(codes(issues)).containsExactly("DUES-006 dues.payments[11].amount");
    assertThat(issues.get(0).message(Locale.CHINA)).isEqualTo("2024年1月的党费为 0.19 元，应为 0.20 元。");
  }

  @Test
  void farmers_owe_the_policy_amount_when_none_is_recorded() {
    assertThat(issues(paying(PayerCategory.FARMER, null, "0.20"))).isEmpty();
    assertThat(codes(issues(payingLast(PayerCategory.FARMER, null, "0.20", "0.19"))))
        .containsExactly("DUES-006 dues.payments[11].amount");

    DangjianValidator province =
        DangjianValidator.of(
            ValidationSettings.builder()
                .policy(
                    LocalPolicy.builder()
                        .duesRates(DuesRates.defaults().withFarmerAmount(new BigDecimal("0.50")))
                        .build())
                .build());
    Member half = paying(PayerCategory.FARMER, null, "0.50");
    assertThat(issues(province, half, AS_OF)).isEmpty();
    Member short1 = payingLast(PayerCategory.FARMER, null, "0.50", "0.49");
    assertThat(codes(issues(province, short1, AS_OF)))
        .containsExactly("DUES-006 dues.payments[11].amount");
  }

  @ParameterizedTest(name = "recorded farmer amount {0}")
  @CsvSource({"0.20", "0.50", "1.00"})
  void a_recorded_farmer_amount_within_the_range_applies(String amount) {
    Member m =
        member()
            .withDues(
                dues(PayerCategory.FARMER, null)
                    .withFixedAmount(new BigDecimal(amount))
                    .withPayments(year(amount)));
    assertThat(issues(m)).isEmpty();
  }

  @ParameterizedTest(name = "recorded farmer amount {0}")
  @CsvSource({"0.19", "1.01"})
  void a_recorded_farmer_amount_outside_the_range_is_dues_006_once(String amount) {
    Member m =
        member()
            .withDues(
                dues(PayerCategory.FARMER, null)
                    .withFixedAmount(new BigDecimal(amount))
                    .withPayments(year(amount)));
    List<Issue> issues = issues(m);

    assertThat(codes(issues)).containsExactly("DUES-006 dues.fixedAmount");
    assertThat(issues.get(0).message(Locale.CHINA))
        .isEqualTo("农民党员每月交纳党费的金额为 " + amount + " 元，应为 0.20 至 1.00 元。");
    assertThat(issues.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "The farmer's monthly dues amount is "
                + amount
                + " yuan; it should be between 0.20"
                + " and 1.00 yuan.");
  }

  @Test
  void an_approved_reduction_lets_a_farmer_record_less_than_twenty_fen() {
    Member m =
        member()
            .withDues(
                dues(PayerCategory.FARMER, null)
                    .withFixedAmount(new BigDecimal("0.10"))
                    .withReductionApprovedOn(LocalDate.of(2022, 5, 6))
                    .withPayments(year("0.10")));
    assertThat(issues(m)).isEmpty();
  }

  @ParameterizedTest(name = "farmer amount {0}")
  @CsvSource({"0.19", "1.01"})
  void a_policy_farmer_amount_outside_the_range_is_rejected_when_the_settings_are_built(
      String amount) {
    assertThatThrownBy(() -> DuesRates.defaults().withFarmerAmount(new BigDecimal(amount)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DuesRates.defaults().withFarmerAmount(new BigDecimal("1.00")).farmerAmount())
        .isEqualByComparingTo("1.00");
    assertThat(DuesRates.defaults().withFarmerAmount(new BigDecimal("0.20")).farmerAmount())
        .isEqualByComparingTo("0.20");
  }

  @Test
  void a_lower_payment_from_the_month_of_an_approved_reduction_is_accepted() {
    ImmutableDues base = dues(PayerCategory.SALARIED, "6000.00");
    List<DuesPayment> payments = new ArrayList<>(year("90.00"));
    payments.set(11, paid(YearMonth.of(2024, 1), "10.00"));
    Member approvedInJanuary =
        member()
            .withDues(
                base.withReductionApprovedOn(LocalDate.of(2024, 1, 20)).withPayments(payments));
    Member approvedInFebruary =
        member()
            .withDues(
                base.withReductionApprovedOn(LocalDate.of(2024, 2, 1)).withPayments(payments));
    Member notApproved = member().withDues(base.withPayments(payments));

    assertThat(issues(approvedInJanuary)).isEmpty();
    assertThat(codes(issues(approvedInFebruary)))
        .containsExactly("DUES-002 dues.payments[11].amount");
    assertThat(codes(issues(notApproved))).containsExactly("DUES-002 dues.payments[11].amount");
  }

  @Test
  void an_approved_reduced_amount_is_the_amount_due_from_the_approval() {
    ImmutableDues reduced =
        dues(PayerCategory.SALARIED, "6000.00")
            .withFixedAmount(new BigDecimal("5.00"))
            .withReductionApprovedOn(LocalDate.of(2023, 1, 3));
    assertThat(issues(member().withDues(reduced.withPayments(year("5.00"))))).isEmpty();

    List<DuesPayment> payments = new ArrayList<>(year("5.00"));
    payments.set(3, paid(YearMonth.of(2023, 5), "4.99"));
    List<Issue> issues = issues(member().withDues(reduced.withPayments(payments)));
    assertThat(codes(issues)).containsExactly("DUES-002 dues.payments[3].amount");
    assertThat(issues.get(0).message(Locale.CHINA)).contains("5.00").contains("经批准减交");
  }

  @Test
  void an_unapproved_fixed_amount_below_the_schedule_is_dues_002() {
    Member m =
        member()
            .withDues(
                dues(PayerCategory.SALARIED, "6000.00")
                    .withFixedAmount(new BigDecimal("5.00"))
                    .withPayments(paid(YearMonth.of(2024, 1), "5.00")));
    assertThat(codes(issues(m))).contains("DUES-002 dues.payments[0].amount");
  }

  @Test
  void the_base_recorded_on_a_payment_is_the_base_of_that_month() {
    List<DuesPayment> payments = new ArrayList<>();
    for (DuesPayment p : year("90.00")) {
      payments.add(
          p.month().isBefore(YearMonth.of(2023, 7))
              ? ImmutableDuesPayment.copyOf(p)
                  .withAmount(new BigDecimal("15.00"))
                  .withBase(new BigDecimal("3000.00"))
              : p);
    }
    Member raised =
        member().withDues(dues(PayerCategory.SALARIED, "6000.00").withPayments(payments));
    assertThat(issues(raised)).isEmpty();
  }

  @Test
  void a_voluntary_higher_payment_is_allowed_and_an_extra_of_1000_is_remarked() {
    assertThat(issues(payingLast(PayerCategory.SALARIED, "3000.00", "15.00", "1014.99"))).isEmpty();

    List<Issue> issues = issues(payingLast(PayerCategory.SALARIED, "3000.00", "15.00", "1015.00"));
    assertThat(codes(issues)).containsExactly("DUES-009 dues.payments[11].amount");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(issues.get(0).message(Locale.CHINA)).contains("多 1000.00 元").contains("上缴中央");
  }

  @Test
  void rounding_follows_the_policy() {
    Member m = paying(PayerCategory.SALARIED, "5000.50", "75.00");
    assertThat(codes(issues(m))).hasSize(12).allMatch(c -> c.startsWith("DUES-002"));

    DangjianValidator down =
        DangjianValidator.of(
            ValidationSettings.builder()
                .policy(
                    LocalPolicy.builder()
                        .duesRates(DuesRates.defaults().withRounding(RoundingMode.DOWN))
                        .build())
                .build());
    assertThat(issues(down, m, AS_OF)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"SALARIED", "ANNUAL_SALARY", "SELF_EMPLOYED", "RETIRED"})
  void an_income_based_category_without_a_base_is_dues_001(PayerCategory category) {
    List<Issue> issues =
        issues(member().withDues(dues(category, null).withPayments(year("20.00"))));

    assertThat(codes(issues)).containsExactly("DUES-001 dues.monthlyBase");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(issues.get(0).message(Locale.CHINA))
        .isEqualTo(category.label() + "党员没有记录党费月基数，无法核对党费金额。");
  }

  @Test
  void negative_amounts_are_left_to_the_field_constraints_and_a_base_of_zero_is_valid() {
    Member negative =
        member().withDues(dues(PayerCategory.SALARIED, "-1.00").withPayments(year("0.00")));
    assertThat(issues(negative)).isEmpty();
    Member negativePayment = payingLast(PayerCategory.SALARIED, "3000.00", "15.00", "-15.00");
    assertThat(issues(negativePayment)).isEmpty();
    Member negativeFarmer =
        member()
            .withDues(
                dues(PayerCategory.FARMER, null)
                    .withFixedAmount(new BigDecimal("-0.20"))
                    .withPayments(year("0.20")));
    assertThat(issues(negativeFarmer)).isEmpty();

    Member zero =
        member().withDues(dues(PayerCategory.SALARIED, "0.00").withPayments(year("0.00")));
    assertThat(issues(zero)).isEmpty();
  }

  @Test
  void bases_recorded_on_every_payment_are_enough() {
    List<DuesPayment> payments = new ArrayList<>();
    for (DuesPayment p : year("15.00")) {
      payments.add(ImmutableDuesPayment.copyOf(p).withBase(new BigDecimal("3000.00")));
    }
    Member m = member().withDues(dues(PayerCategory.SALARIED, null).withPayments(payments));
    assertThat(issues(m)).isEmpty();

    payments.set(
        4, ImmutableDuesPayment.copyOf(payments.get(4)).withBase(java.util.Optional.empty()));
    Member gap = member().withDues(dues(PayerCategory.SALARIED, null).withPayments(payments));
    assertThat(codes(issues(gap))).containsExactly("DUES-001 dues.monthlyBase");
  }

  @Test
  void fixed_amount_categories_need_no_base() {
    assertThat(issues(paying(PayerCategory.STUDENT, null, "0.20"))).isEmpty();
    assertThat(issues(paying(PayerCategory.FARMER, null, "0.20"))).isEmpty();
  }
}
