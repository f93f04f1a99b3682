package org.dangjian.validation.rules.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.development.DevelopmentFixture.ACTIVIST;
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
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Member;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/** DEV-005 (number of mentors), DEV-006 (half-yearly assessment), DEV-007 (a year as activist). */
class ActivistRulesTest {

  private static Member withMentors(Member m, String... ids) {
    return withDevelopment(m, dev(m).withMentorIds(ids));
  }

  private static Member withAssessments(Member m, LocalDate... dates) {
    Member changed = withDevelopment(m, dev(m).withAssessments(dates));
    return without(changed, DevelopmentStep.ACTIVIST_ASSESSMENT);
  }

  @Test
  void oneOrTwoMentorsPass() {
    assertThat(codes(withMentors(member(), "mem-s1", "mem-s2"))).isEmpty();
    assertThat(codes(withMentors(member(), "mem-s1"))).isEmpty();
  }

  @Test
  void threeMentorsFail() {
    List<Issue> issues = check(withMentors(member(), "mem-s1", "mem-s2", "mem-s3"));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-005");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(fields(issues)).containsExactly("development.mentorIds");
  }

  @Test
  void aMentorAssignmentWithoutMentorsFails() {
    assertThat(codes(withMentors(member()))).containsExactly("DEV-005");
    assertThat(codes(withMentors(without(member(), DevelopmentStep.MENTOR_ASSIGNMENT)))).isEmpty();
  }

  @Test
  void assessmentsExactlySixMonthsApartPass() {
    Member m = withAssessments(member(), ACTIVIST.plusMonths(6), ACTIVIST.plusMonths(12));
    assertThat(codes(m)).isEmpty();
  }

  @Test
  void aGapOfSixMonthsAndADayFails() {
    Member m =
        withAssessments(member(), ACTIVIST.plusMonths(6).plusDays(1), ACTIVIST.plusMonths(12));
    List<Issue> issues = check(m);
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-006");
    assertThat(fields(issues)).containsExactly("development.assessments");
    assertThat(issues.get(0).value()).contains("2018-09-01..2019-03-02");
  }

  @Test
  void theTargetDesignationMayComeSixMonthsAfterTheLastAssessmentButNotLater() {
    LocalDate last = ACTIVIST.plusMonths(6);
    Member m =
        withStep(
            withAssessments(member(), last),
            DevelopmentStep.TARGET_DESIGNATION,
            last.plusMonths(6));
    assertThat(codes(m)).isEmpty();
    Member late =
        withStep(
            withAssessments(member(), last),
            DevelopmentStep.TARGET_DESIGNATION,
            last.plusMonths(6).plusDays(1));
    assertThat(codes(late)).containsExactly("DEV-006");
  }

  @Test
  void anOpenActivistIsAssessedUntilTheReferenceDate() {
    Member activist = upTo(member(), DevelopmentStep.ACTIVIST_ASSESSMENT);
    LocalDate last = LocalDate.of(2019, 9, 1);
    assertThat(codes(activist, last.plusMonths(6))).isEmpty();
    assertThat(codes(activist, last.plusMonths(6).plusDays(1))).containsExactly("DEV-006");
  }

  @Test
  void aTargetDesignatedExactlyAYearAfterTheActivistPasses() {
    Member m = withStep(member(), DevelopmentStep.TARGET_DESIGNATION, ACTIVIST.plusYears(1));
    assertThat(codes(m)).isEmpty();
  }

  @Test
  void aTargetDesignatedOneDayEarlyFails() {
    Member m =
        withStep(member(), DevelopmentStep.TARGET_DESIGNATION, ACTIVIST.plusYears(1).minusDays(1));
    List<Issue> issues = check(m);
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-007");
    assertThat(fields(issues)).containsExactly("development.steps[6].date");
  }

  @Test
  void aMissingTargetFilingFailsOnceTheAdmissionStageIsReached() {
    Member m = without(member(), DevelopmentStep.TARGET_FILING);
    assertThat(codes(m)).containsExactly("DEV-007");
    assertThat(codes(upTo(m, DevelopmentStep.CONCENTRATED_TRAINING))).isEmpty();
  }
}
