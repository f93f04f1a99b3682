package org.dangjian.validation.rules.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.development.DevelopmentFixture.AS_OF;
import static org.dangjian.validation.rules.development.DevelopmentFixture.check;
import static org.dangjian.validation.rules.development.DevelopmentFixture.codes;
import static org.dangjian.validation.rules.development.DevelopmentFixture.dev;
import static org.dangjian.validation.rules.development.DevelopmentFixture.fields;
import static org.dangjian.validation.rules.development.DevelopmentFixture.member;
import static org.dangjian.validation.rules.development.DevelopmentFixture.withDevelopment;
import static org.dangjian.validation.rules.development.DevelopmentFixture.withStep;
import static org.dangjian.validation.rules.development.DevelopmentFixture.without;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutablePoliticalReview;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/** DEV-ORDER, DEV-ORDER-STEP (step order), DEV-FUTURE (future dates), DEV-STAGE(-HISTORY). */
class RecordRulesTest {

  private static final LocalDate BRANCH_REVIEW = LocalDate.of(2019, 11, 1);
  private static final LocalDate GROUP_ASSIGNED = LocalDate.of(2020, 1, 25);

  @Test
  void stepsOnTheSameDayAreInOrder() {
    Member m = withStep(member(), DevelopmentStep.CONCENTRATED_TRAINING, BRANCH_REVIEW);
    assertThat(codes(m)).isEmpty();
  }

  @Test
  void aStepBeforeAStepOfAnEarlierStageIsAnError() {
    Member m = withStep(member(), DevelopmentStep.CONCENTRATED_TRAINING, BRANCH_REVIEW.plusDays(1));
    List<Issue> issues = check(m);
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-ORDER");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(fields(issues)).containsExactly("development.steps[11].date");
    assertThat(issues.get(0).message(Locale.CHINA))
        .contains("第12步“支部委员会审查”（2019-11-01）")
        .contains("第11步“开展集中培训”（2019-11-02）");
  }

  @Test
  void aStepBeforeAnEarlierStepOfTheSameStageIsAWarning() {
    assertThat(codes(withStep(member(), DevelopmentStep.OATH, GROUP_ASSIGNED))).isEmpty();
    List<Issue> issues =
        check(withStep(member(), DevelopmentStep.OATH, GROUP_ASSIGNED.minusDays(1)));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-ORDER-STEP");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(fields(issues)).containsExactly("development.steps[19].date");
  }

  @Test
  void oneMisdatedStepIsReportedAtMostOnceByEachOrderRule() {
    Member m = withStep(member(), DevelopmentStep.TARGET_FILING, LocalDate.of(2019, 12, 5));
    assertThat(codes(m)).containsExactlyInAnyOrder("DEV-ORDER-STEP", "DEV-ORDER");
  }

  @Test
  void aStepDatedOnTheReferenceDatePasses() {
    Member m = withStep(member(), DevelopmentStep.ARCHIVING, AS_OF);
    assertThat(codes(m)).isEmpty();
  }

  @Test
  void aStepDatedAfterTheReferenceDateFails() {
    List<Issue> issues = check(withStep(member(), DevelopmentStep.ARCHIVING, AS_OF.plusDays(1)));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-FUTURE");
    assertThat(fields(issues)).containsExactly("development.steps[24].date");
    assertThat(issues.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "The date 2024-02-01 of step 25 (archiving) is after the reference date 2024-01-31.");
  }

  @Test
  void otherFutureDatesFailToo() {
    Member assessment =
        withDevelopment(
            member(),
            dev(member())
                .withAssessments(
                    LocalDate.of(2019, 3, 1), LocalDate.of(2019, 9, 1), AS_OF.plusDays(1)));
    assertThat(fields(check(assessment))).containsExactly("development.assessments[2]");
    Member review =
        withDevelopment(
            member(),
            dev(member())
                .withPoliticalReview(
                    ImmutablePoliticalReview.copyOf(member().development().politicalReview().get())
                        .withConcludedOn(AS_OF.plusDays(1))));
    List<Issue> issues = check(review);
    assertThat(issues).extracting(Issue::code).contains("DEV-FUTURE");
    assertThat(fields(issues)).contains("development.politicalReview.concludedOn");
  }

  @Test
  void aStageBehindTheStepsIsAnError() {
    Member m = ImmutableMember.copyOf(member()).withStage(MemberStage.DEVELOPMENT_TARGET);
    List<Issue> issues = check(m);
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-STAGE");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(fields(issues)).containsExactly("stage");
    assertThat(issues.get(0).message(Locale.ENGLISH))
        .contains("development target")
        .contains("full");
  }

  @Test
  void aStageAheadOfTheStepsIsAWarning() {
    Member m = without(member(), DevelopmentStep.CONVERSION_APPROVAL);
    List<Issue> issues = check(m);
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-STAGE-HISTORY");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aMemberWithoutDevelopmentHistoryIsNotChecked() {
    Member veteran = ImmutableMember.copyOf(member()).withDevelopment(Development.empty());
    assertThat(codes(veteran)).isEmpty();
  }
}
