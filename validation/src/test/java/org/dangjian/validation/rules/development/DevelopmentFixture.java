package org.dangjian.validation.rules.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.Gender;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.ImmutableStepRecord;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.PoliticalReview;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.member.Training;
import org.dangjian.core.organization.HostUnit;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.UnitType;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;

/**
 * A valid full member with a complete, well-timed development record (admitted 2019-12-01,
 * converted on 2020-12-01), organizations for it, and helpers that move one step and collect the
 * issues of the development rules only.
 */
final class DevelopmentFixture {

  static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);

  /** Every code of the development rule group. */
  static final Set<String> CODES =
      Set.of(
          "CONST-001",
          "DEV-003",
          "DEV-004",
          "DEV-005",
          "DEV-006",
          "DEV-007",
          "DEV-008",
          "DEV-009",
          "DEV-010",
          "DEV-015",
          "DEV-015-NORMAL",
          "DEV-016",
          "DEV-017",
          "DEV-018",
          "CONST-006",
          "DEV-019",
          "DEV-020",
          "DEV-ORDER",
          "DEV-ORDER-STEP",
          "DEV-FUTURE",
          "DEV-STAGE",
          "DEV-STAGE-HISTORY");

  static final DangjianValidator VALIDATOR = DangjianValidator.defaults();

  static final LocalDate APPLICATION = LocalDate.of(2018, 3, 1);
  static final LocalDate ACTIVIST = LocalDate.of(2018, 9, 1);
  static final LocalDate TARGET = LocalDate.of(2019, 9, 10);
  static final LocalDate ADMISSION = LocalDate.of(2019, 12, 1);
  static final LocalDate CONVERSION_MEETING = LocalDate.of(2020, 12, 1);

  private DevelopmentFixture() {}

  static Organization committee() {
    return Organization.builder()
        .id("org-c")
        .name("集团党委")
        .kind(OrganizationKind.PARTY_COMMITTEE)
        .hostUnit(HostUnit.builder().name("某集团有限公司").build())
        .build();
  }

  static Organization generalBranch() {
    return Organization.builder()
        .id("org-g")
        .name("机关党总支")
        .kind(OrganizationKind.GENERAL_BRANCH)
        .parentId("org-c")
        .build();
  }

  static Organization branch() {
    return Organization.builder()
        .id("org-b")
        .name("第一党支部")
        .kind(OrganizationKind.BRANCH)
        .parentId("org-g")
        .build();
  }

  static Organization villageCommittee() {
    return Organization.builder()
        .id("org-v")
        .name("某村党委")
        .kind(OrganizationKind.PARTY_COMMITTEE)
        .hostUnit(HostUnit.builder().name("某村").type(UnitType.VILLAGE).build())
        .build();
  }

  /** The steps of the valid full member, with the bodies that decide them. */
  static List<StepRecord> steps() {
    List<StepRecord> s = new ArrayList<>();
    s.add(StepRecord.of(DevelopmentStep.APPLICATION, APPLICATION, "org-b"));
    s.add(StepRecord.of(DevelopmentStep.APPLICATION_TALK, LocalDate.of(2018, 3, 15), "org-b"));
    s.add(StepRecord.of(DevelopmentStep.ACTIVIST_DESIGNATION, ACTIVIST, "org-b"));
    s.add(StepRecord.of(DevelopmentStep.ACTIVIST_FILING, LocalDate.of(2018, 9, 5), "org-c"));
    s.add(StepRecord.of(DevelopmentStep.MENTOR_ASSIGNMENT, LocalDate.of(2018, 9, 10), "org-b"));
    s.add(StepRecord.of(DevelopmentStep.ACTIVIST_ASSESSMENT, LocalDate.of(2019, 9, 1), "org-b"));
    s.add(StepRecord.of(DevelopmentStep.TARGET_DESIGNATION, TARGET, "org-b"));
    s.add(StepRecord.of(DevelopmentStep.TARGET_FILING, LocalDate.of(2019, 9, 15), "org-c"));
    s.add(StepRecord.of(DevelopmentStep.INTRODUCER_ASSIGNMENT, LocalDate.of(2019, 9, 20), "org-b"));
    s.add(StepRecord.of(DevelopmentStep.POLITICAL_REVIEW, LocalDate.of(2019, 10, 10), "org-c"));
    s.add(
        StepRecord.of(DevelopmentStep.CONCENTRATED_TRAINING, LocalDate.of(2019, 10, 20), "org-c"));
    s.add(
        StepRecord.of(DevelopmentStep.BRANCH_COMMITTEE_REVIEW, LocalDate.of(2019, 11, 1), "org-b"));
    s.add(StepRecord.of(DevelopmentStep.PRE_REVIEW, LocalDate.of(2019, 11, 10), "org-c"));
    s.add(StepRecord.of(DevelopmentStep.APPLICATION_FORM, LocalDate.of(2019, 11, 20), "org-b"));
    s.add(StepRecord.of(DevelopmentStep.ADMISSION_MEETING, ADMISSION, "org-b"));
    s.add(StepRecord.of(DevelopmentStep.APPROVAL_TALK, LocalDate.of(2019, 12, 10), "org-c"));
    s.add(StepRecord.of(DevelopmentStep.ADMISSION_APPROVAL, LocalDate.of(2020, 1, 10), "org-c"));
    s.add(StepRecord.of(DevelopmentStep.ADMISSION_FILING, LocalDate.of(2020, 1, 20), "组织部"));
    s.add(StepRecord.of(DevelopmentStep.GROUP_ASSIGNMENT, LocalDate.of(2020, 1, 25), "org-b"));
    s.add(StepRecord.of(DevelopmentStep.OATH, LocalDate.of(2020, 2, 1), "org-b"));
    s.add(StepRecord.of(DevelopmentStep.PROBATION_ASSESSMENT, LocalDate.of(2020, 9, 1), "org-b"));
    s.add(
        StepRecord.of(DevelopmentStep.CONVERSION_APPLICATION, LocalDate.of(2020, 11, 15), "org-b"));
    s.add(StepRecord.of(DevelopmentStep.CONVERSION_MEETING, CONVERSION_MEETING, "org-b"));
    s.add(StepRecord.of(DevelopmentStep.CONVERSION_APPROVAL, LocalDate.of(2020, 12, 20), "org-c"));
    s.add(StepRecord.of(DevelopmentStep.ARCHIVING, LocalDate.of(2021, 1, 10), "org-c"));
    return s;
  }

  static Development development() {
    return Development.builder()
        .addAllSteps(steps())
        .addMentorIds("mem-s1")
        .addIntroducerIds("mem-s1", "mem-s2")
        .addAssessments(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 9, 1))
        .politicalReview(PoliticalReview.of(LocalDate.of(2019, 10, 10), true))
        .training(
            Training.builder()
                .days(3)
                .classHours(24)
                .completedOn(LocalDate.of(2019, 10, 20))
                .organizedBy("org-c")
                .build())
        .build();
  }

  /** The valid full member. */
  static Member member() {
    return Member.builder()
        .id("mem-1")
        .name("张三")
        .gender(Gender.MALE)
        .birthDate(LocalDate.of(1990, 5, 10))
        .stage(MemberStage.FULL)
        .organizationId("org-b")
        .development(development())
        .build();
  }

  /** A full member with no development history, usable as sponsor: full "since always". */
  static Member sponsor(String id) {
    return Member.builder()
        .id(id)
        .name("李四")
        .gender(Gender.FEMALE)
        .birthDate(LocalDate.of(1970, 1, 1))
        .stage(MemberStage.FULL)
        .organizationId("org-b")
        .build();
  }

  /** A full member whose probation ended on {@code fullFrom} (admitted a year before). */
  static Member sponsorFullFrom(String id, LocalDate fullFrom) {
    LocalDate admitted = fullFrom.minusYears(1);
    return ImmutableMember.copyOf(sponsor(id))
        .withDevelopment(
            Development.builder()
                .addSteps(
                    StepRecord.of(DevelopmentStep.ADMISSION_MEETING, admitted),
                    StepRecord.of(DevelopmentStep.CONVERSION_MEETING, fullFrom),
                    StepRecord.of(DevelopmentStep.CONVERSION_APPROVAL, fullFrom))
                .build());
  }

  /**
   * {@code m} reduced to the steps up to {@code last}, with the stage they give and without the
   * mentors, assessments, introducers, review and training when the case has not reached them.
   */
  static Member upTo(Member m, DevelopmentStep last) {
    List<StepRecord> steps =
        m.development().steps().stream().filter(s -> s.step().number() <= last.number()).toList();
    ImmutableDevelopment d = dev(m).withSteps(steps);
    if (last.number() < DevelopmentStep.MENTOR_ASSIGNMENT.number()) {
      d = d.withMentorIds(List.of());
    }
    if (last.number() < DevelopmentStep.ACTIVIST_ASSESSMENT.number()) {
      d = d.withAssessments(List.of());
    }
    if (last.number() < DevelopmentStep.INTRODUCER_ASSIGNMENT.number()) {
      d = d.withIntroducerIds(List.of());
    }
    if (last.number() < DevelopmentStep.POLITICAL_REVIEW.number()) {
      d = d.withPoliticalReview(Optional.empty());
    }
    if (last.number() < DevelopmentStep.CONCENTRATED_TRAINING.number()) {
      d = d.withTraining(Optional.empty());
    }
    MemberStage stage =
        last.number() >= DevelopmentStep.CONVERSION_APPROVAL.number()
            ? MemberStage.FULL
            : last.number() >= DevelopmentStep.ADMISSION_MEETING.number()
                ? MemberStage.PROBATIONARY
                : last.number() >= DevelopmentStep.TARGET_DESIGNATION.number()
                    ? MemberStage.DEVELOPMENT_TARGET
                    : last.number() >= DevelopmentStep.ACTIVIST_DESIGNATION.number()
                        ? MemberStage.ACTIVIST
                        : MemberStage.APPLICANT;
    return ImmutableMember.copyOf(m).withDevelopment(d).withStage(stage);
  }

  /** {@code m} with the date of {@code step} set to {@code date} (the step added if missing). */
  static Member withStep(Member m, DevelopmentStep step, LocalDate date) {
    List<StepRecord> steps = new ArrayList<>();
    boolean found = false;
    for (StepRecord s : m.development().steps()) {
      if (s.step() == step) {
        steps.add(ImmutableStepRecord.copyOf(s).withDate(date));
        found = true;
      } else {
        steps.add(s);
      }
    }
    if (!found) {
      steps.add(StepRecord.of(step, date));
    }
    return withDevelopment(m, ImmutableDevelopment.copyOf(m.development()).withSteps(steps));
  }

  /** {@code m} without any record of the given steps. */
  static Member without(Member m, DevelopmentStep... removed) {
    Set<DevelopmentStep> gone = Set.of(removed);
    List<StepRecord> steps =
        m.development().steps().stream().filter(s -> !gone.contains(s.step())).toList();
    return withDevelopment(m, ImmutableDevelopment.copyOf(m.development()).withSteps(steps));
  }

  static Member withDevelopment(Member m, Development d) {
    return ImmutableMember.copyOf(m).withDevelopment(d);
  }

  static ImmutableDevelopment dev(Member m) {
    return ImmutableDevelopment.copyOf(m.development());
  }

  /** The issues of the development rules for {@code m} checked on its own. */
  static List<Issue> check(Member m) {
    return check(m, AS_OF);
  }

  static List<Issue> check(Member m, LocalDate asOf) {
    return mine(VALIDATOR.checkMember(m, asOf));
  }

  /** The codes of the development rules for {@code m} checked on its own. */
  static List<String> codes(Member m) {
    return check(m).stream().map(Issue::code).toList();
  }

  static List<String> codes(Member m, LocalDate asOf) {
    return check(m, asOf).stream().map(Issue::code).toList();
  }

  /** The issues of the development rules in a dataset of the organizations and {@code members}. */
  static List<Issue> checkDataset(List<Member> members) {
    Dataset d =
        Dataset.builder()
            .addOrganizations(committee(), generalBranch(), branch(), villageCommittee())
            .addAllMembers(members)
            .build();
    return mine(VALIDATOR.validate(d, AS_OF));
  }

  static List<Issue> mine(ValidationReport report) {
    return mine(report.issues());
  }

  static List<Issue> mine(List<Issue> issues) {
    return issues.stream().filter(i -> CODES.contains(i.code())).toList();
  }

  /** "CODE@recordId" of each issue, for assertions on dataset runs. */
  static List<String> keys(List<Issue> issues) {
    return issues.stream().map(i -> i.code() + "@" + i.location().recordId().orElse("?")).toList();
  }

  /** The field path of each issue. */
  static List<String> fields(List<Issue> issues) {
    return issues.stream().map(i -> i.location().fieldPath().orElse("")).toList();
  }
}
