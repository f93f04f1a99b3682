package org.dangjian.validation.rules.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.development.DevelopmentFixture.ADMISSION;
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
import java.util.Optional;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableTraining;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.PoliticalReview;
import org.dangjian.core.member.Training;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;

/** DEV-008 (two introducers), DEV-009 (political review), DEV-010 (concentrated training). */
class TargetRulesTest {

  private static Member withIntroducers(Member m, String... ids) {
    return withDevelopment(m, dev(m).withIntroducerIds(ids));
  }

  private static Member withReview(Member m, LocalDate concluded, boolean passed) {
    return withDevelopment(m, dev(m).withPoliticalReview(PoliticalReview.of(concluded, passed)));
  }

  private static Member withTraining(Member m, int days, int hours) {
    Training t = m.development().training().orElseThrow();
    return withDevelopment(
        m, dev(m).withTraining(ImmutableTraining.copyOf(t).withDays(days).withClassHours(hours)));
  }

  @Test
  void twoDistinctIntroducersPass() {
    assertThat(codes(member())).isEmpty();
  }

  @Test
  void oneIntroducerFails() {
    List<Issue> issues = check(withIntroducers(member(), "mem-s1"));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-008");
    assertThat(fields(issues)).containsExactly("development.introducerIds");
    assertThat(issues.get(0).message(Locale.CHINA)).contains("记录了1名");
  }

  @Test
  void theSameIntroducerTwiceOrThreeIntroducersFail() {
    assertThat(codes(withIntroducers(member(), "mem-s1", "mem-s1"))).containsExactly("DEV-008");
    assertThat(codes(withIntroducers(member(), "mem-s1", "mem-s2", "mem-s3")))
        .containsExactly("DEV-008");
  }

  @Test
  void noIntroducersFailOnlyWhenTheirAssignmentIsRecorded() {
    assertThat(codes(withIntroducers(member()))).containsExactly("DEV-008");
    assertThat(codes(withIntroducers(without(member(), DevelopmentStep.INTRODUCER_ASSIGNMENT))))
        .isEmpty();
  }

  @Test
  void aReviewConcludedOnTheAdmissionDayPasses() {
    assertThat(codes(withReview(member(), ADMISSION, true))).isEmpty();
  }

  @Test
  void aReviewConcludedAfterTheAdmissionFails() {
    List<Issue> issues = check(withReview(member(), ADMISSION.plusDays(1), true));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-009");
    assertThat(fields(issues)).containsExactly("development.politicalReview.concludedOn");
  }

  @Test
  void aFailedReviewFails() {
    List<Issue> issues = check(withReview(member(), LocalDate.of(2019, 10, 10), false));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-009");
    assertThat(fields(issues)).containsExactly("development.politicalReview.passed");
  }

  @Test
  void withoutReviewDetailsTheReviewStepCounts() {
    Member noDetails =
        withDevelopment(member(), dev(member()).withPoliticalReview(Optional.empty()));
    assertThat(codes(noDetails)).isEmpty();
    Member late = withStep(noDetails, DevelopmentStep.POLITICAL_REVIEW, ADMISSION.plusDays(1));
    List<Issue> issues = check(late);
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-009");
    assertThat(fields(issues)).containsExactly("development.steps[9].date");
  }

  @Test
  void threeDaysOrTwentyFourHoursOfTrainingPass() {
    assertThat(codes(withTraining(member(), 3, 0))).isEmpty();
    assertThat(codes(withTraining(member(), 2, 24))).isEmpty();
  }

  @Test
  void twoDaysAndTwentyThreeHoursFail() {
    List<Issue> issues = check(withTraining(member(), 2, 23));
    assertThat(issues).extracting(Issue::code).containsExactly("DEV-010");
    assertThat(fields(issues)).containsExactly("development.training");
    assertThat(issues.get(0).message(Locale.ENGLISH))
        .contains("2 days and 23 class hours")
        .contains("under 3 days and under 24 hours");
  }

  @Test
  void missingTrainingIsNotReported() {
    assertThat(codes(withDevelopment(member(), dev(member()).withTraining(Optional.empty()))))
        .isEmpty();
  }
}
