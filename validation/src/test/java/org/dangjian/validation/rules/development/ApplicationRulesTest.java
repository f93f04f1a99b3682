package org.dangjian.validation.rules.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.development.DevelopmentFixture.APPLICATION;
import static org.dangjian.validation.rules.development.DevelopmentFixture.check;
import static org.dangjian.validation.rules.development.DevelopmentFixture.codes;
import static org.dangjian.validation.rules.development.DevelopmentFixture.fields;
import static org.dangjian.validation.rules.development.DevelopmentFixture.member;
import static org.dangjian.validation.rules.development.DevelopmentFixture.withStep;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/** CONST-001 (age at application), DEV-003 (application talk), DEV-004 (activist designation). */
class ApplicationRulesTest {

  @Test
  void theFixtureIsValid() {
    assertThat(check(member())).isEmpty();
  }

  @Test
  void exactlyEighteenOnTheApplicationDatePasses() {
    Member m = ImmutableMember.copyOf(member()).withBirthDate(APPLICATION.minusYears(18));
    assertThat(codes(m)).isEmpty();
  }

  @Test
  void oneDayShortOfEighteenFails() {
    Member m =
        ImmutableMember.copyOf(member()).withBirthDate(APPLICATION.minusYears(18).plusDays(1));
    List<Issue> issues = check(m);
    assertThat(issues).extracting(Issue::code).containsExactly("CONST-001");
    Issue issue = issues.get(0);
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    assertThat(issue.location().fieldPath()).contains("birthDate");
    assertThat(issue.message(Locale.CHINA)).contains("2018-03-01").contains("未满18周岁");
    assertThat(issue.message(Locale.ENGLISH)).contains("under 18");
  }

  @Test
  void aBirthdayOnTheTwentyNinthOfFebruaryCountsOnTheTwentyEighth() {
    Member m =
        withStep(
            ImmutableMember.copyOf(member()).withBirthDate(LocalDate.of(2000, 2, 29)),
            DevelopmentStep.APPLICATION,
            LocalDate.of(2018, 2, 28));
    assertThat(codes(m)).isEmpty();
    assertThat(codes(withStep(m, DevelopmentStep.APPLICATION, LocalDate.of(2018, 2, 27))))
        .containsExactly("CONST-001");
  }

  @Test
  void aTalkOneMonthAfterTheApplicationPasses() {
    assertThat(
            codes(withStep(member(), DevelopmentStep.APPLICATION_TALK, APPLICATION.plusMonths(1))))
        .isEmpty();
  }

  @Test
  void aTalkOneMonthAndADayAfterTheApplicationFails() {
    List<Issue> issues =
        check(
            withStep(
                member(), DevelopmentStep.APPLICATION_TALK, APPLICATION.plusMonths(1).plusDays(1)));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-003");
    assertThat(fields(issues)).containsExactly("development.steps[1].date");
    assertThat(issues.get(0).message(Locale.CHINA)).contains("2018-04-02").contains("2018-04-01");
  }

  @Test
  void aTalkBeforeTheApplicationFails() {
    assertThat(
            codes(withStep(member(), DevelopmentStep.APPLICATION_TALK, APPLICATION.minusDays(1))))
        .containsExactly("DEV-003");
    assertThat(codes(withStep(member(), DevelopmentStep.APPLICATION_TALK, APPLICATION))).isEmpty();
  }

  @Test
  void anApplicantWithoutTalkIsReportedOnlyAfterTheMonth() {
    Member applicant = DevelopmentFixture.upTo(member(), DevelopmentStep.APPLICATION);
    assertThat(codes(applicant, APPLICATION.plusMonths(1))).isEmpty();
    assertThat(codes(applicant, APPLICATION.plusMonths(1).plusDays(1))).containsExactly("DEV-003");
  }

  @Test
  void aMissingTalkInAnOlderCaseIsNotReported() {
    assertThat(codes(DevelopmentFixture.without(member(), DevelopmentStep.APPLICATION_TALK)))
        .isEmpty();
  }

  @Test
  void anActivistDesignatedOnTheApplicationDayPasses() {
    LocalDate application = DevelopmentFixture.ACTIVIST;
    Member m =
        withStep(
            withStep(member(), DevelopmentStep.APPLICATION, application),
            DevelopmentStep.APPLICATION_TALK,
            application);
    assertThat(codes(m)).isEmpty();
  }

  @Test
  void anActivistDesignatedBeforeTheApplicationFails() {
    LocalDate application = DevelopmentFixture.ACTIVIST.plusDays(1);
    Member m =
        withStep(
            withStep(member(), DevelopmentStep.APPLICATION, application),
            DevelopmentStep.APPLICATION_TALK,
            application);
    List<Issue> issues = check(m);
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-004");
    assertThat(fields(issues)).containsExactly("development.steps[2].date");
  }

  @Test
  void aMissingActivistFilingFailsOnceTheTargetIsDesignated() {
    Member m = DevelopmentFixture.without(member(), DevelopmentStep.ACTIVIST_FILING);
    List<Issue> issues = check(m);
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-004");
    assertThat(fields(issues)).containsExactly("development.steps");
    Member activist = DevelopmentFixture.upTo(m, DevelopmentStep.ACTIVIST_ASSESSMENT);
    assertThat(codes(activist, LocalDate.of(2019, 10, 1))).isEmpty();
  }
}
