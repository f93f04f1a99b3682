package org.dangjian.validation.rules.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.development.DevelopmentFixture.AS_OF;
import static org.dangjian.validation.rules.development.DevelopmentFixture.VALIDATOR;
import static org.dangjian.validation.rules.development.DevelopmentFixture.checkDataset;
import static org.dangjian.validation.rules.development.DevelopmentFixture.dev;
import static org.dangjian.validation.rules.development.DevelopmentFixture.fields;
import static org.dangjian.validation.rules.development.DevelopmentFixture.keys;
import static org.dangjian.validation.rules.development.DevelopmentFixture.member;
import static org.dangjian.validation.rules.development.DevelopmentFixture.mine;
import static org.dangjian.validation.rules.development.DevelopmentFixture.sponsor;
import static org.dangjian.validation.rules.development.DevelopmentFixture.sponsorFullFrom;
import static org.dangjian.validation.rules.development.DevelopmentFixture.upTo;
import static org.dangjian.validation.rules.development.DevelopmentFixture.withDevelopment;
import static org.dangjian.validation.rules.development.DevelopmentFixture.without;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.member.Departure;
import org.dangjian.core.member.DepartureKind;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutableStepRecord;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.StepRecord;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/**
 * The dataset part: mentors (DEV-005) and introducers (DEV-008) were full members when they served,
 * and the admission was approved by a body with the authority (DEV-016).
 */
class SponsorRulesTest {

  private static final LocalDate MENTORS_ASSIGNED = LocalDate.of(2018, 9, 10);
  private static final LocalDate INTRODUCERS_ASSIGNED = LocalDate.of(2019, 9, 20);

  private static List<Issue> withSponsors(Member m, Member... sponsors) {
    List<Member> all = new ArrayList<>(List.of(sponsors));
    all.add(m);
    return checkDataset(all);
  }

  private static Member approvedBy(Member m, String body) {
    List<StepRecord> steps = new ArrayList<>();
    for (StepRecord s : m.development().steps()) {
      steps.add(
          s.step() == DevelopmentStep.ADMISSION_APPROVAL
              ? ImmutableStepRecord.copyOf(s).withDecidedBy(body)
              : s);
    }
    return withDevelopment(m, dev(m).withSteps(steps));
  }

  @Test
  void sponsorsWhoWereFullMembersPass() {
    assertThat(withSponsors(member(), sponsor("mem-s1"), sponsor("mem-s2"))).isEmpty();
  }

  @Test
  void anIntroducerFullOnTheDayOfAssignmentPasses() {
    assertThat(
            withSponsors(
                member(), sponsor("mem-s1"), sponsorFullFrom("mem-s2", INTRODUCERS_ASSIGNED)))
        .isEmpty();
  }

  @Test
  void anIntroducerFullOneDayLaterFails() {
    List<Issue> issues =
        withSponsors(
            member(),
            sponsor("mem-s1"),
            sponsorFullFrom("mem-s2", INTRODUCERS_ASSIGNED.plusDays(1)));
    assertThat(keys(issues)).containsExactly("DEV-008@mem-1");
    assertThat(fields(issues)).containsExactly("development.introducerIds[1]");
    Issue issue = issues.get(0);
    assertThat(issue.value()).contains("mem-s2");
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    assertThat(issue.message(Locale.CHINA)).contains("mem-s2 在 2019-09-20 不是正式党员");
  }

  @Test
  void theTargetDesignationCountsWhenTheAssignmentIsNotDated() {
    Member m = without(member(), DevelopmentStep.INTRODUCER_ASSIGNMENT);
    LocalDate target = DevelopmentFixture.TARGET;
    assertThat(withSponsors(m, sponsor("mem-s1"), sponsorFullFrom("mem-s2", target))).isEmpty();
    assertThat(
            keys(withSponsors(m, sponsor("mem-s1"), sponsorFullFrom("mem-s2", target.plusDays(1)))))
        .containsExactly("DEV-008@mem-1");
  }

  @Test
  void aMentorFullOnTheDayOfAssignmentPassesAndADayLaterFails() {
    assertThat(
            withSponsors(member(), sponsorFullFrom("mem-s1", MENTORS_ASSIGNED), sponsor("mem-s2")))
        .isEmpty();
    List<Issue> issues =
        withSponsors(
            member(), sponsorFullFrom("mem-s1", MENTORS_ASSIGNED.plusDays(1)), sponsor("mem-s2"));
    assertThat(keys(issues)).containsExactly("DEV-005@mem-1");
    assertThat(fields(issues)).containsExactly("development.mentorIds[0]");
    assertThat(issues.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aSponsorStillInTheDevelopmentPipelineFails() {
    Member applicant =
        ImmutableMember.copyOf(upTo(member(), DevelopmentStep.APPLICATION_TALK)).withId("mem-s2");
    assertThat(keys(withSponsors(member(), sponsor("mem-s1"), applicant)))
        .containsExactly("DEV-008@mem-1");
  }

  @Test
  void aSponsorWhoHadDepartedFails() {
    Member departed =
        ImmutableMember.copyOf(sponsor("mem-s2"))
            .withDeparture(Departure.of(DepartureKind.DEATH, INTRODUCERS_ASSIGNED));
    assertThat(keys(withSponsors(member(), sponsor("mem-s1"), departed)))
        .containsExactly("DEV-008@mem-1");
    Member later =
        ImmutableMember.copyOf(sponsor("mem-s2"))
            .withDeparture(Departure.of(DepartureKind.DEATH, INTRODUCERS_ASSIGNED.plusDays(1)));
    assertThat(withSponsors(member(), sponsor("mem-s1"), later)).isEmpty();
  }

  @Test
  void introducingOneselfFails() {
    Member m = withDevelopment(member(), dev(member()).withIntroducerIds("mem-s1", "mem-1"));
    List<Issue> issues = withSponsors(m, sponsor("mem-s1"));
    assertThat(keys(issues)).containsExactly("DEV-008@mem-1");
    assertThat(fields(issues)).containsExactly("development.introducerIds[1]");
  }

  @Test
  void sponsorsOutsideTheDatasetAreNotReported() {
    assertThat(withSponsors(member())).isEmpty();
  }

  @Test
  void referencesBeyondTheInMemoryBufferAreCheckedToo() {
    List<Member> all = new ArrayList<>();
    all.add(sponsor("mem-s1"));
    all.add(sponsor("mem-s2"));
    all.add(sponsorFullFrom("mem-late", INTRODUCERS_ASSIGNED.plusDays(1)));
    for (int i = 0; i < 4000; i++) {
      Member m = ImmutableMember.copyOf(member()).withId("mem-x" + i);
      if (i == 0 || i == 3999) {
        m = withDevelopment(m, dev(m).withIntroducerIds("mem-s1", "mem-late"));
      }
      all.add(m);
    }
    List<Issue> issues = checkDataset(all);
    assertThat(keys(issues)).containsExactly("DEV-008@mem-x0", "DEV-008@mem-x3999");
    assertThat(fields(issues))
        .containsExactly("development.introducerIds[1]", "development.introducerIds[1]");
  }

  @Test
  void theApprovalOfTheGroupCommitteePasses() {
    assertThat(withSponsors(approvedBy(member(), "org-c"), sponsor("mem-s1"), sponsor("mem-s2")))
        .isEmpty();
  }

  @Test
  void theApprovalOfAGeneralBranchOrBranchOrVillageCommitteeFails() {
    for (String body : List.of("org-g", "org-b", "org-v")) {
      List<Issue> issues =
          withSponsors(approvedBy(member(), body), sponsor("mem-s1"), sponsor("mem-s2"));
      assertThat(keys(issues)).as(body).containsExactly("DEV-016@mem-1");
      assertThat(fields(issues)).containsExactly("development.steps[16].decidedBy");
      assertThat(issues.get(0).value()).contains(body);
    }
  }

  @Test
  void anApprovingBodyOutsideTheDatasetIsNotChecked() {
    assertThat(withSponsors(approvedBy(member(), "县委组织部"), sponsor("mem-s1"), sponsor("mem-s2")))
        .isEmpty();
  }

  @Test
  void anApprovingBodySeenAfterTheMemberIsCheckedAtTheEnd() {
    ValidationRun run = VALIDATOR.newRun("stream", AS_OF);
    run.member(sponsor("mem-s1"), null);
    run.member(sponsor("mem-s2"), null);
    run.member(approvedBy(member(), "org-g"), null);
    run.organization(DevelopmentFixture.committee(), null);
    run.organization(DevelopmentFixture.generalBranch(), null);
    List<Issue> issues = mine(run.finish());
    assertThat(keys(issues)).containsExactly("DEV-016@mem-1");
    assertThat(fields(issues)).containsExactly("development.steps[16].decidedBy");
  }

  @Test
  void recordRulesAloneDoNotResolveApprovingBodies() {
    assertThat(mine(VALIDATOR.checkMember(approvedBy(member(), "org-g"), AS_OF))).isEmpty();
  }
}
