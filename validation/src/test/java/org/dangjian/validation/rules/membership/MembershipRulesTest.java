package org.dangjian.validation.rules.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.dues.DuesFixtures.codes;
import static org.dangjian.validation.rules.dues.DuesFixtures.dues;
import static org.dangjian.validation.rules.dues.DuesFixtures.issues;
import static org.dangjian.validation.rules.dues.DuesFixtures.member;
import static org.dangjian.validation.rules.dues.DuesFixtures.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutableMobilePeriod;
import org.dangjian.core.member.ImmutableTransfer;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.MobilePeriod;
import org.dangjian.core.member.PayerCategory;
import org.dangjian.core.member.Transfer;
import org.dangjian.core.member.TransferStatus;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/** CONST-010, MOB-002, MOB-004, TRANSFER-TARGET, TRANSFER-DATES and DEPARTURE-DUES. */
class MembershipRulesTest {

  private static ImmutableTransfer transfer(TransferStatus status) {
    return ImmutableTransfer.copyOf(
        Transfer.builder()
            .fromOrganizationId("org-0002")
            .toOrganizationName("中共苏州某科技有限公司支部委员会")
            .issuedOn(LocalDate.of(2023, 11, 1))
            .letterNumber("苏组转〔2023〕118号")
            .status(status)
            .build());
  }

  private static MobilePeriod away(LocalDate from, LocalDate until) {
    ImmutableMobilePeriod.Builder b =
        MobilePeriod.builder().from(from).destination("江苏省苏州市").activityCardNumber("320500-0187");
    if (until != null) {
      b.until(until);
    }
    return b.build();
  }

  @Test
  void lost_contact_for_exactly_six_months_is_const_010() {
    List<Issue> issues = issues(member().withLostContactSince(LocalDate.of(2023, 7, 31)));

    assertThat(codes(issues)).containsExactly("CONST-010 lostContactSince");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(issues.get(0).message(Locale.CHINA)).startsWith("自 2023-07-31 起失去联系，已满6个月");
  }

  @Test
  void lost_contact_for_a_day_less_than_six_months_passes() {
    assertThat(issues(member().withLostContactSince(LocalDate.of(2023, 8, 1)))).isEmpty();
  }

  @Test
  void lost_contact_is_not_reported_for_departed_members_or_applicants() {
    Member departed =
        member()
            .withLostContactSince(LocalDate.of(2022, 1, 1))
            .withDeparture(Departure.of(DepartureKind.REGARDED_AS_QUIT, LocalDate.of(2023, 3, 1)));
    assertThat(issues(departed)).isEmpty();
    Member applicant =
        member(MemberStage.APPLICANT, LocalDate.of(2023, 1, 1))
            .withLostContactSince(LocalDate.of(2022, 1, 1));
    assertThat(issues(applicant)).isEmpty();
  }

  @Test
  void a_mobile_period_of_exactly_six_months_passes_and_a_day_more_is_mob_004() {
    assertThat(issues(member().withMobilePeriods(away(LocalDate.of(2023, 7, 31), null)))).isEmpty();

    List<Issue> issues = issues(member().withMobilePeriods(away(LocalDate.of(2023, 7, 30), null)));
    assertThat(codes(issues)).containsExactly("MOB-004 mobilePeriods[0]");
    assertThat(issues.get(0).message(Locale.CHINA))
        .isEqualTo("自 2023-07-30 起外出到江苏省苏州市已超过6个月，未转移组织关系：如地点固定，宜转移组织关系。");
  }

  @Test
  void a_finished_mobile_period_or_a_transfer_since_it_began_passes() {
    Member back =
        member().withMobilePeriods(away(LocalDate.of(2021, 3, 1), LocalDate.of(2023, 12, 31)));
    assertThat(issues(back)).isEmpty();

    Member stillAway =
        member().withMobilePeriods(away(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 6, 30)));
    assertThat(codes(issues(stillAway))).containsExactly("MOB-004 mobilePeriods[0]");

    ImmutableMember transferred =
        member()
            .withMobilePeriods(away(LocalDate.of(2023, 3, 1), null))
            .withTransfers(
                transfer(TransferStatus.RECEIVED).withReceivedOn(LocalDate.of(2023, 11, 20)));
    assertThat(issues(transferred)).isEmpty();

    ImmutableMember cancelled =
        member()
            .withMobilePeriods(away(LocalDate.of(2023, 3, 1), null))
            .withTransfers(transfer(TransferStatus.CANCELLED));
    assertThat(codes(issues(cancelled))).containsExactly("MOB-004 mobilePeriods[0]");
  }

  @Test
  void a_letter_valid_through_the_reference_date_passes_and_an_expired_one_is_mob_002() {
    Member valid =
        member()
            .withTransfers(
                transfer(TransferStatus.ISSUED).withValidUntil(LocalDate.of(2024, 1, 31)));
    assertThat(issues(valid)).isEmpty();

    Member expired =
        member()
            .withTransfers(
                transfer(TransferStatus.ISSUED).withValidUntil(LocalDate.of(2024, 1, 30)));
    List<Issue> issues = issues(expired);
    assertThat(codes(issues)).containsExactly("MOB-002 transfers[0].status");
    assertThat(issues.get(0).message(Locale.CHINA)).isEqualTo("组织关系介绍信有效期至 2024-01-30，至今仍未接收。");

    Member received =
        member()
            .withTransfers(
                transfer(TransferStatus.RECEIVED)
                    .withValidUntil(LocalDate.of(2023, 12, 1))
                    .withReceivedOn(LocalDate.of(2023, 11, 20)));
    assertThat(issues(received)).isEmpty();
    Member noValidity = member().withTransfers(transfer(TransferStatus.ISSUED));
    assertThat(issues(noValidity)).isEmpty();
  }

  @Test
  void a_transfer_without_a_receiving_organization_is_transfer_target() {
    Transfer nowhere =
        Transfer.builder()
            .fromOrganizationId("org-0002")
            .issuedOn(LocalDate.of(2023, 11, 1))
            .status(TransferStatus.ISSUED)
            .build();
    List<Issue> issues = issues(member().withTransfers(transfer(TransferStatus.ISSUED), nowhere));

    assertThat(codes(issues)).containsExactly("TRANSFER-TARGET transfers[1].toOrganizationId");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(issues.get(0).message(Locale.CHINA)).isEqualTo("第 2 条组织关系转接记录未写明接收的党组织。");
    Transfer byId =
        Transfer.builder()
            .fromOrganizationId("org-0002")
            .toOrganizationId("org-0003")
            .issuedOn(LocalDate.of(2023, 11, 1))
            .status(TransferStatus.ISSUED)
            .build();
    assertThat(issues(member().withTransfers(byId))).isEmpty();
  }

  @Test
  void a_transfer_received_on_its_issue_date_passes_and_a_day_earlier_is_transfer_dates() {
    Member sameDay =
        member()
            .withTransfers(
                transfer(TransferStatus.RECEIVED)
                    .withReceivedOn(LocalDate.of(2023, 11, 1))
                    .withValidUntil(LocalDate.of(2023, 11, 1)));
    assertThat(issues(sameDay)).isEmpty();

    Member early =
        member()
            .withTransfers(
                transfer(TransferStatus.RECEIVED)
                    .withReceivedOn(LocalDate.of(2023, 10, 31))
                    .withValidUntil(LocalDate.of(2023, 10, 31)));
    List<Issue> issues = issues(early);
    assertThat(codes(issues))
        .containsExactly(
            "TRANSFER-DATES transfers[0].receivedOn", "TRANSFER-DATES transfers[0].validUntil");
    assertThat(issues.get(0).message(Locale.CHINA))
        .isEqualTo("接收日期 2023-10-31 早于介绍信开具日期 2023-11-01。");
  }

  @Test
  void a_letter_expired_before_it_was_issued_is_only_a_date_error() {
    Member m =
        member()
            .withTransfers(
                transfer(TransferStatus.ISSUED).withValidUntil(LocalDate.of(2023, 10, 1)));
    assertThat(codes(issues(m))).containsExactly("TRANSFER-DATES transfers[0].validUntil");
  }

  @Test
  void dues_up_to_the_departure_month_pass_and_a_later_month_is_departure_dues() {
    Departure quit = Departure.of(DepartureKind.WITHDRAWAL, LocalDate.of(2023, 10, 15));
    Member upToOctober =
        member()
            .withDeparture(quit)
            .withDues(
                dues(PayerCategory.SALARIED, "3000.00")
                    .withPayments(monthly(YearMonth.of(2023, 2), YearMonth.of(2023, 10), "15.00")));
    assertThat(issues(upToOctober)).isEmpty();

    Member intoNovember =
        member()
            .withDeparture(quit)
            .withDues(
                dues(PayerCategory.SALARIED, "3000.00")
                    .withPayments(monthly(YearMonth.of(2023, 2), YearMonth.of(2023, 11), "15.00")));
    List<Issue> issues = issues(intoNovember);
    assertThat(codes(issues)).containsExactly("DEPARTURE-DUES dues.payments[9].month");
    assertThat(issues.get(0).message(Locale.CHINA)).isEqualTo("2023-11 的党费缴纳记录晚于退党日期 2023-10-15。");
    assertThat(issues.get(0).message(Locale.ENGLISH))
        .isEqualTo("A dues payment for 2023-11 is after the departure (withdrawal) on 2023-10-15.");
  }
}
