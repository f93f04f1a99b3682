package org.dangjian.validation.rules.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.dues.DuesFixtures.codes;
import static org.dangjian.validation.rules.dues.DuesFixtures.dues;
import static org.dangjian.validation.rules.dues.DuesFixtures.issues;
import static org.dangjian.validation.rules.dues.DuesFixtures.member;
import static org.dangjian.validation.rules.dues.DuesFixtures.monthly;
import static org.dangjian.validation.rules.dues.DuesFixtures.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.DuesPayment;
import org.dangjian.core.member.ImmutableDuesPayment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutableMobilePeriod;
import org.dangjian.core.member.ImmutableTransfer;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.MobilePeriod;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/** DUES-007, DUES-011 and DUES-012: which months are paid, and when. */
class DuesMonthsTest {

  private static final YearMonth FIRST = YearMonth.of(2023, 2);
  private static final YearMonth LAST = YearMonth.of(2024, 1);

  private static ImmutableMember withPayments(List<DuesPayment> payments) {
    return member().withDues(dues(PayerCategory.SALARIED, "3000.00").withPayments(payments));
  }

  private static List<DuesPayment> yearWithout(YearMonth from, int months) {
    List<DuesPayment> payments = new ArrayList<>();
    for (DuesPayment p : year("15.00")) {
      if (p.month().isBefore(from) || !p.month().isBefore(from.plusMonths(months))) {
        payments.add(p);
      }
    }
    return payments;
  }

  @Test
  void a_full_year_of_payments_passes() {
    assertThat(issues(withPayments(year("15.00")))).isEmpty();
  }

  @Test
  void one_unpaid_month_is_dues_007() {
    List<Issue> issues = issues(withPayments(yearWithout(YearMonth.of(2023, 6), 1)));

    assertThat(codes(issues)).containsExactly("DUES-007 dues.payments");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(issues.get(0).value()).contains("2023-06");
    assertThat(issues.get(0).message(Locale.CHINA)).isEqualTo("党员应自入党当月起按月交纳党费：2023年6月未交（共 1 个月）。");
  }

  @Test
  void five_consecutive_unpaid_months_are_dues_007_and_six_are_dues_012() {
    List<Issue> five = issues(withPayments(yearWithout(YearMonth.of(2023, 5), 5)));
    assertThat(codes(five)).containsExactly("DUES-007 dues.payments");
    assertThat(five.get(0).value()).contains("2023-05,2023-06,2023-07,2023-08,2023-09");

    List<Issue> six = issues(withPayments(yearWithout(YearMonth.of(2023, 5), 6)));
    assertThat(codes(six)).containsExactly("DUES-012 dues.payments");
    assertThat(six.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(six.get(0).message(Locale.CHINA))
        .isEqualTo("连续 6 个月（2023-05 至 2023-10）未交纳党费：支部应了解原因，无正当理由的按自行脱党处理。");
  }

  @Test
  void six_unpaid_months_ending_at_the_reference_month_are_dues_012() {
    List<Issue> issues = issues(withPayments(monthly(FIRST, YearMonth.of(2023, 7), "15.00")));
    assertThat(codes(issues)).containsExactly("DUES-012 dues.payments");
    assertThat(issues.get(0).value()).contains("2023-08/2024-01");
    assertThat(codes(issues(withPayments(List.of())))).containsExactly("DUES-012 dues.payments");
  }

  @Test
  void a_month_is_checked_once_it_has_ended() {
    List<DuesPayment> untilDecember =
        monthly(YearMonth.of(2023, 1), YearMonth.of(2023, 12), "15.00");
    Member m = withPayments(untilDecember);

    assertThat(issues(DangjianValidator.defaults(), m, LocalDate.of(2024, 1, 30))).isEmpty();
    List<Issue> endOfJanuary = issues(DangjianValidator.defaults(), m, LocalDate.of(2024, 1, 31));
    assertThat(codes(endOfJanuary)).containsExactly("DUES-007 dues.payments");
    assertThat(endOfJanuary.get(0).value()).contains("2024-01");
  }

  @Test
  void months_before_the_checked_year_are_not_required() {
    assertThat(issues(withPayments(monthly(FIRST, LAST, "15.00")))).isEmpty();
    List<DuesPayment> fromMarch = monthly(FIRST.plusMonths(1), LAST, "15.00");
    assertThat(codes(issues(withPayments(fromMarch)))).containsExactly("DUES-007 dues.payments");
  }

  @Test
  void a_probationary_member_pays_from_the_admission_month() {
    ImmutableMember admitted = member(MemberStage.PROBATIONARY, LocalDate.of(2023, 9, 20));
    Member fromAdmission =
        admitted.withDues(
            dues(PayerCategory.SALARIED, "3000.00")
                .withPayments(monthly(YearMonth.of(2023, 9), LAST, "15.00")));
    assertThat(issues(fromAdmission)).isEmpty();

    Member monthLate =
        admitted.withDues(
            dues(PayerCategory.SALARIED, "3000.00")
                .withPayments(monthly(YearMonth.of(2023, 10), LAST, "15.00")));
    List<Issue> late = issues(monthLate);
    assertThat(codes(late)).containsExactly("DUES-007 dues.payments");
    assertThat(late.get(0).value()).contains("2023-09");
  }

  @Test
  void a_payment_for_a_month_before_the_admission_month_is_dues_007() {
    ImmutableMember admitted = member(MemberStage.PROBATIONARY, LocalDate.of(2023, 9, 1));
    Member early =
        admitted.withDues(
            dues(PayerCategory.SALARIED, "3000.00")
                .withPayments(monthly(YearMonth.of(2023, 8), LAST, "15.00")));
    List<Issue> issues = issues(early);

    assertThat(codes(issues)).containsExactly("DUES-007 dues.payments[0].month");
    assertThat(issues.get(0).message(Locale.CHINA))
        .isEqualTo("党员应自入党当月起按月交纳党费：2023年8月的缴费记录早于入党时间 2023-09-01。");
  }

  @Test
  void months_from_an_approved_reduction_need_no_payment() {
    Member exempted =
        member()
            .withDues(
                dues(PayerCategory.SALARIED, "3000.00")
                    .withReductionApprovedOn(LocalDate.of(2023, 8, 10))
                    .withPayments(monthly(FIRST, YearMonth.of(2023, 7), "15.00")));
    assertThat(issues(exempted)).isEmpty();

    Member approvedLater =
        member()
            .withDues(
                dues(PayerCategory.SALARIED, "3000.00")
                    .withReductionApprovedOn(LocalDate.of(2023, 9, 1))
                    .withPayments(monthly(FIRST, YearMonth.of(2023, 7), "15.00")));
    assertThat(codes(issues(approvedLater))).containsExactly("DUES-007 dues.payments");
  }

  @Test
  void months_before_a_transfer_in_from_outside_the_dataset_are_not_required() {
    List<DuesPayment> fromNovember = monthly(YearMonth.of(2023, 11), LAST, "15.00");
    Transfer midOctober =
        Transfer.builder()
            .fromOrganizationName("中共无锡某机械有限公司支部委员会")
            .toOrganizationId("org-0002")
            .issuedOn(LocalDate.of(2023, 9, 28))
            .receivedOn(LocalDate.of(2023, 10, 15))
            .status(TransferStatus.RECEIVED)
            .build();
    assertThat(issues(withPayments(fromNovember).withTransfers(midOctober))).isEmpty();

    Transfer firstOfOctober =
        ImmutableTransfer.copyOf(midOctober).withReceivedOn(LocalDate.of(2023, 10, 1));
    List<Issue> issues = issues(withPayments(fromNovember).withTransfers(firstOfOctober));
    assertThat(codes(issues)).containsExactly("DUES-007 dues.payments");
    assertThat(issues.get(0).value()).contains("2023-10");
  }

  @Test
  void months_away_with_an_activity_card_are_not_required() {
    List<DuesPayment> payments = yearWithout(YearMonth.of(2023, 5), 6);
    MobilePeriod withCard =
        MobilePeriod.builder()
            .from(LocalDate.of(2023, 5, 1))
            .until(LocalDate.of(2023, 10, 31))
            .destination("广东省深圳市")
            .activityCardNumber("440300-2231")
            .build();
    assertThat(issues(withPayments(payments).withMobilePeriods(withCard))).isEmpty();

    MobilePeriod withoutCard =
        ImmutableMobilePeriod.copyOf(withCard).withActivityCardNumber(java.util.Optional.empty());
    assertThat(codes(issues(withPayments(payments).withMobilePeriods(withoutCard))))
        .containsExactly("DUES-012 dues.payments");
    MobilePeriod fromSecond =
        ImmutableMobilePeriod.copyOf(withCard).withFrom(LocalDate.of(2023, 5, 2));
    assertThat(codes(issues(withPayments(payments).withMobilePeriods(fromSecond))))
        .containsExactly("DUES-007 dues.payments");
  }

  @Test
  void departed_members_and_people_not_yet_admitted_are_not_asked_for_months() {
    Member departed =
        withPayments(List.of())
            .withDeparture(Departure.of(DepartureKind.DEATH, LocalDate.of(2023, 3, 2)));
    assertThat(issues(departed)).isEmpty();

    Member applicant =
        member(MemberStage.APPLICANT, LocalDate.of(2023, 1, 1))
            .withDues(dues(PayerCategory.SALARIED, "3000.00"));
    assertThat(issues(applicant)).isEmpty();
    assertThat(issues(member())).isEmpty();
  }

  @Test
  void a_back_payment_within_six_months_passes_and_later_is_dues_011() {
    List<DuesPayment> payments = new ArrayList<>(year("15.00"));
    payments.set(
        0, ImmutableDuesPayment.copyOf(payments.get(0)).withPaidOn(LocalDate.of(2023, 8, 31)));
    assertThat(issues(withPayments(payments))).isEmpty();

    payments.set(
        0, ImmutableDuesPayment.copyOf(payments.get(0)).withPaidOn(LocalDate.of(2023, 9, 1)));
    List<Issue> issues = issues(withPayments(payments));
    assertThat(codes(issues)).containsExactly("DUES-011 dues.payments[0].paidOn");
    assertThat(issues.get(0).value()).contains("2023-09-01");
    assertThat(issues.get(0).message(Locale.ENGLISH))
        .isEqualTo("The dues for 2023-02 were paid on 2023-09-01, more than 6 months late.");
  }

  @Test
  void a_payment_without_a_date_is_not_judged_for_lateness() {
    List<DuesPayment> payments = new ArrayList<>();
    for (DuesPayment p : year("15.00")) {
      payments.add(DuesPayment.of(p.month(), new BigDecimal("15.00")));
    }
    assertThat(issues(withPayments(payments))).isEmpty();
  }
}
