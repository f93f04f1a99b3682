package org.dangjian.validation.rules.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.development.DevelopmentFixture.ADMISSION;
import static org.dangjian.validation.rules.development.DevelopmentFixture.CONVERSION_MEETING;
import static org.dangjian.validation.rules.development.DevelopmentFixture.check;
import static org.dangjian.validation.rules.development.DevelopmentFixture.codes;
import static org.dangjian.validation.rules.development.DevelopmentFixture.dev;
import static org.dangjian.validation.rules.development.DevelopmentFixture.fields;
import static org.dangjian.validation.rules.development.DevelopmentFixture.member;
import static org.dangjian.validation.rules.development.DevelopmentFixture.upTo;
import static org.dangjian.validation.rules.development.DevelopmentFixture.withDevelopment;
import static org.dangjian.validation.rules.development.DevelopmentFixture.withStep;
import static org.dangjian.validation.rules.development.DevelopmentFixture.without;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.ProbationExtension;
import org.dangjian.core.member.StepRecord;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.LocalPolicy;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/**
 * DEV-015 (approval of the admission), DEV-017 (one year of probation), DEV-018 (extension),
 * CONST-006 (an expired probation needs a decision), DEV-019 (conversion application), DEV-020
 * (approval of the conversion).
 */
class ProbationRulesTest {

  /** A member with only the given steps (no sponsors, review or training recorded). */
  private static Member minimal(MemberStage stage, StepRecord... steps) {
    return ImmutableMember.copyOf(member())
        .withStage(stage)
        .withDevelopment(Development.builder().addSteps(steps).build());
  }

  private static Member probationary(LocalDate admission, LocalDate approval) {
    return minimal(
        MemberStage.PROBATIONARY,
        StepRecord.of(DevelopmentStep.ADMISSION_MEETING, admission),
        StepRecord.of(DevelopmentStep.ADMISSION_APPROVAL, approval));
  }

  private static Member extended(Member m, LocalDate decided, int months) {
    return withDevelopment(
        m, dev(m).withProbationExtension(ProbationExtension.of(decided, months)));
  }

  /** The full member with the approval moved and the steps that follow it dropped. */
  private static Member approvedOn(LocalDate approval) {
    return withStep(
        without(
            member(),
            DevelopmentStep.ADMISSION_FILING,
            DevelopmentStep.GROUP_ASSIGNMENT,
            DevelopmentStep.OATH),
        DevelopmentStep.ADMISSION_APPROVAL,
        approval);
  }

  @Test
  void anApprovalWithinThreeMonthsPasses() {
    assertThat(codes(approvedOn(ADMISSION.plusMonths(3)))).isEmpty();
  }

  @Test
  void anApprovalAfterThreeMonthsIsAWarning() {
    List<Issue> issues = check(approvedOn(ADMISSION.plusMonths(3).plusDays(1)));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-015-NORMAL");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(fields(issues)).containsExactly("development.steps[16].date");
    assertThat(codes(approvedOn(ADMISSION.plusMonths(6)))).containsExactly("DEV-015-NORMAL");
  }

  @Test
  void anApprovalAfterSixMonthsIsOnlyTheError() {
    List<Issue> issues = check(approvedOn(ADMISSION.plusMonths(6).plusDays(1)));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-015");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(issues.get(0).message(Locale.CHINA)).contains("超过6个月");
  }

  @Test
  void anApprovalBeforeTheMeetingFails() {
    assertThat(codes(approvedOn(ADMISSION.minusDays(1)))).containsExactly("DEV-015");
    assertThat(codes(without(approvedOn(ADMISSION), DevelopmentStep.APPROVAL_TALK))).isEmpty();
  }

  @Test
  void aPendingApprovalIsReportedWhenOverdue() {
    Member pending = upTo(member(), DevelopmentStep.APPROVAL_TALK);
    assertThat(codes(pending, ADMISSION.plusMonths(3))).isEmpty();
    assertThat(codes(pending, ADMISSION.plusMonths(3).plusDays(1)))
        .containsExactly("DEV-015-NORMAL");
    List<Issue> late = DevelopmentFixture.check(pending, ADMISSION.plusMonths(6).plusDays(1));
    assertThat(late).extracting(Issue::code).containsExactly("DEV-015");
    assertThat(fields(late)).containsExactly("development.steps[14].date");
  }

  @Test
  void aConversionMeetingAtTheEndOfProbationPassesAndADayEarlyFails() {
    assertThat(codes(member())).isEmpty();
    List<Issue> issues =
        check(
            withStep(
                member(), DevelopmentStep.CONVERSION_MEETING, ADMISSION.plusYears(1).minusDays(1)));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-017");
    assertThat(fields(issues)).containsExactly("development.steps[22].date");
  }

  @Test
  void aProbationOfExactlyOneYearFromTheTwentyNinthOfFebruary() {
    LocalDate admitted = LocalDate.of(2020, 2, 29);
    Member m =
        minimal(
            MemberStage.FULL,
            StepRecord.of(DevelopmentStep.ADMISSION_MEETING, admitted),
            StepRecord.of(DevelopmentStep.ADMISSION_APPROVAL, LocalDate.of(2020, 3, 10)),
            StepRecord.of(DevelopmentStep.CONVERSION_APPLICATION, LocalDate.of(2021, 2, 1)),
            StepRecord.of(DevelopmentStep.CONVERSION_MEETING, LocalDate.of(2021, 2, 28)),
            StepRecord.of(DevelopmentStep.CONVERSION_APPROVAL, LocalDate.of(2021, 3, 5)));
    assertThat(codes(m)).isEmpty();
    assertThat(codes(withStep(m, DevelopmentStep.CONVERSION_MEETING, LocalDate.of(2021, 2, 27))))
        .containsExactly("DEV-017");
  }

  @Test
  void anExtensionMovesTheEndOfProbation() {
    Member extended = extended(member(), CONVERSION_MEETING, 6);
    assertThat(codes(extended)).containsExactly("DEV-017");
    LocalDate end = CONVERSION_MEETING.plusMonths(6);
    Member converted =
        withStep(
            withStep(
                withStep(extended, DevelopmentStep.CONVERSION_MEETING, end),
                DevelopmentStep.CONVERSION_APPROVAL,
                end.plusDays(9)),
            DevelopmentStep.ARCHIVING,
            end.plusDays(20));
    assertThat(codes(converted)).isEmpty();
  }

  @Test
  void extensionsOfSixToTwelveMonthsPass() {
    Member m = probationary(LocalDate.of(2023, 1, 10), LocalDate.of(2023, 2, 1));
    assertThat(codes(extended(m, LocalDate.of(2024, 1, 10), 6))).isEmpty();
    assertThat(codes(extended(m, LocalDate.of(2024, 1, 10), 12))).isEmpty();
  }

  @Test
  void extensionsOfFiveOrThirteenMonthsFail() {
    Member m = probationary(LocalDate.of(2023, 1, 10), LocalDate.of(2023, 2, 1));
    List<Issue> issues = check(extended(m, LocalDate.of(2024, 1, 10), 5));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-018");
    assertThat(fields(issues)).containsExactly("development.probationExtension.months");
    assertThat(codes(extended(m, LocalDate.of(2024, 1, 10), 13))).containsExactly("DEV-018");
  }

  @Test
  void anExpiredProbationWithoutDecisionFailsAfterThreeMonths() {
    Member m = probationary(LocalDate.of(2022, 7, 31), LocalDate.of(2022, 8, 15));
    LocalDate deadline = LocalDate.of(2023, 10, 31);
    assertThat(codes(m, deadline)).isEmpty();
    List<Issue> issues = DevelopmentFixture.check(m, deadline.plusDays(1));
    assertThat(issues).extracting(Issue::code).containsExactly("CONST-006");
    assertThat(fields(issues)).containsExactly("stage");
    assertThat(issues.get(0).message(Locale.CHINA)).contains("2023-07-31");
  }

  @Test
  void anExtensionConversionMeetingOrCancellationIsADecision() {
    Member m = probationary(LocalDate.of(2022, 7, 31), LocalDate.of(2022, 8, 15));
    LocalDate late = LocalDate.of(2023, 11, 1);
    Member extended = extended(m, LocalDate.of(2023, 7, 31), 6);
    assertThat(codes(extended, late)).isEmpty();
    assertThat(codes(extended, LocalDate.of(2024, 5, 1))).containsExactly("CONST-006");
    Member discussed =
        withStep(
            withStep(m, DevelopmentStep.CONVERSION_APPLICATION, LocalDate.of(2023, 7, 20)),
            DevelopmentStep.CONVERSION_MEETING,
            LocalDate.of(2023, 8, 1));
    assertThat(codes(discussed, late)).isEmpty();
    Member cancelled =
        ImmutableMember.copyOf(m)
            .withDeparture(
                Departure.of(DepartureKind.PROBATION_CANCELLED, LocalDate.of(2023, 8, 15)));
    assertThat(codes(cancelled, late)).isEmpty();
  }

  @Test
  void theDecisionPeriodIsLocalPolicy() {
    DangjianValidator strict =
        DangjianValidator.of(
            ValidationSettings.builder()
                .policy(LocalPolicy.builder().probationDecisionMonths(0).build())
                .build());
    Member m = probationary(LocalDate.of(2022, 7, 31), LocalDate.of(2022, 8, 15));
    assertThat(DevelopmentFixture.mine(strict.checkMember(m, LocalDate.of(2023, 7, 31)))).isEmpty();
    assertThat(DevelopmentFixture.mine(strict.checkMember(m, LocalDate.of(2023, 8, 1))))
        .extracting(Issue::code)
        .containsExactly("CONST-006");
  }

  @Test
  void aConversionApplicationOnTheMeetingDayPassesAndADayLaterFails() {
    assertThat(
            codes(withStep(member(), DevelopmentStep.CONVERSION_APPLICATION, CONVERSION_MEETING)))
        .isEmpty();
    List<Issue> issues =
        check(
            withStep(
                member(), DevelopmentStep.CONVERSION_APPLICATION, CONVERSION_MEETING.plusDays(1)));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-019");
    assertThat(fields(issues)).containsExactly("development.steps[21].date");
  }

  @Test
  void aConversionApprovedWithinThreeMonthsPassesAndADayLaterFails() {
    Member m = without(member(), DevelopmentStep.ARCHIVING);
    assertThat(
            codes(
                withStep(m, DevelopmentStep.CONVERSION_APPROVAL, CONVERSION_MEETING.plusMonths(3))))
        .isEmpty();
    List<Issue> issues =
        check(
            withStep(
                m,
                DevelopmentStep.CONVERSION_APPROVAL,
                CONVERSION_MEETING.plusMonths(3).plusDays(1)));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-020");
    assertThat(fields(issues)).containsExactly("development.steps[23].date");
  }

  @Test
  void aConversionApprovedBeforeTheMeetingFails() {
    assertThat(
            codes(
                withStep(
                    member(),
                    DevelopmentStep.CONVERSION_APPROVAL,
                    CONVERSION_MEETING.minusDays(1))))
        .containsExactly("DEV-020");
  }

  @Test
  void aPendingConversionApprovalIsReportedWhenOverdue() {
    Member pending = upTo(member(), DevelopmentStep.CONVERSION_MEETING);
    assertThat(codes(pending, CONVERSION_MEETING.plusMonths(3))).isEmpty();
    assertThat(codes(pending, CONVERSION_MEETING.plusMonths(3).plusDays(1)))
        .containsExactly("DEV-020");
  }
}
