package org.dangjian.validation.rules.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.StepCoverage;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/**
 * A roster carries only milestone dates (application, admission, conversion): with {@link
 * StepCoverage#MILESTONES} an absent step is unknown, so the deadline rules that report a missing
 * step stay silent, while the recorded dates are still judged.
 */
class StepCoverageTest {

  private static final GeneratorSettings SETTINGS =
      GeneratorSettings.proportional(3, 2_000).build();
  private static final Dataset DATASET = DatasetGenerator.generate(SETTINGS);
  private static final List<DevelopmentStep> MILESTONES =
      List.of(
          DevelopmentStep.APPLICATION,
          DevelopmentStep.ADMISSION_MEETING,
          DevelopmentStep.CONVERSION_APPROVAL);

  @Test
  void aRosterProjectionOfValidDataHasNoDevelopmentIssues() {
    ValidationReport complete = validate(project(StepCoverage.COMPLETE));
    ValidationReport milestones = validate(project(StepCoverage.MILESTONES));

    assertThat(codes(complete)).contains("DEV-003", "DEV-015");
    assertThat(milestones.issues())
        .filteredOn(i -> i.severity() != Severity.INFO)
        .extracting(Issue::code)
        .isEmpty();
  }

  @Test
  void anAdmissionWithoutApprovalIsMissingOnlyInACompleteRecord() {
    Member probationary =
        DATASET.members().stream()
            .filter(m -> m.stage() == MemberStage.PROBATIONARY)
            .findFirst()
            .orElseThrow();
    LocalDate admitted = probationary.development().admissionDate().orElseThrow();
    LocalDate asOf = admitted.plusMonths(6).plusDays(1);

    Member complete = withSteps(probationary, StepCoverage.COMPLETE);
    Member roster = withSteps(probationary, StepCoverage.MILESTONES);

    assertThat(codesOf(complete, asOf)).contains("DEV-015");
    assertThat(codesOf(roster, asOf)).doesNotContain("DEV-015", "DEV-015-NORMAL");
  }

  @Test
  void recordedDatesAreStillJudgedInAMilestoneRecord() {
    Member member = withSteps(DATASET.members().get(0), StepCoverage.MILESTONES);
    LocalDate tooYoung = member.birthDate().plusYears(18).minusDays(1);
    Member early =
        ImmutableMember.copyOf(member)
            .withDevelopment(
                Development.builder()
                    .coverage(StepCoverage.MILESTONES)
                    .addStep(
                        org.dangjian.core.member.StepRecord.builder()
                            .step(DevelopmentStep.APPLICATION)
                            .date(tooYoung)
                            .build())
                    .build())
            .withStage(MemberStage.APPLICANT);

    assertThat(codesOf(early, tooYoung.plusDays(10))).contains("CONST-001");
  }

  private static List<String> codesOf(Member member, LocalDate asOf) {
    return DangjianValidator.defaults().checkMember(member, asOf).stream()
        .map(Issue::code)
        .toList();
  }

  private static ValidationReport validate(Dataset dataset) {
    return DangjianValidator.defaults().validate(dataset, SETTINGS.asOf());
  }

  private static List<String> codes(ValidationReport report) {
    return report.issues().stream().map(Issue::code).distinct().toList();
  }

  private static Dataset project(StepCoverage coverage) {
    ImmutableDataset.Builder projected =
        Dataset.builder().addAllOrganizations(DATASET.organizations());
    for (Member member : DATASET.members()) {
      projected.addMember(withSteps(member, coverage));
    }
    return projected.build();
  }

  /** The member as a roster gives it: identity, stage, home and the milestone dates only. */
  private static Member withSteps(Member member, StepCoverage coverage) {
    var development = Development.builder().coverage(coverage);
    for (DevelopmentStep step : MILESTONES) {
      member.development().step(step).ifPresent(development::addStep);
    }
    return ImmutableMember.builder()
        .id(member.id())
        .name(member.name())
        .gender(member.gender())
        .ethnicity(member.ethnicity())
        .birthDate(member.birthDate())
        .idNumber(member.idNumber())
        .education(member.education())
        .phone(member.phone())
        .stage(member.stage())
        .organizationId(member.organizationId())
        .development(development.build())
        .build();
  }
}
