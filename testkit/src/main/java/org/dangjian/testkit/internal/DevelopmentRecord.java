package org.dangjian.testkit.internal;

import java.time.LocalDate;
import org.dangjian.core.member.Development;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.ImmutableDevelopment;
import org.dangjian.core.member.PoliticalReview;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.member.Training;

/**
 * Converts the planned step dates of a {@link Person} into a {@link Development} record: one step
 * record per planned date with the responsible body (the branch, the committee it reports to or the
 * superior organization department), mentors, introducers, activist assessments, political review
 * and concentrated training. Draws nothing from the random generator.
 */
final class DevelopmentRecord {

  private final GeneratorContext ctx;

  DevelopmentRecord(GeneratorContext ctx) {
    this.ctx = ctx;
  }

  /** The development record of {@code p} in {@code branch}. */
  Development of(OrgNode branch, Person p) {
    String branchId = branch.id;
    String committeeId = ctx.org(branch.committee).id;
    ImmutableDevelopment.Builder d = Development.builder();
    step(d, DevelopmentStep.APPLICATION, p.application, branchId);
    step(d, DevelopmentStep.APPLICATION_TALK, p.talk, branchId);
    step(d, DevelopmentStep.ACTIVIST_DESIGNATION, p.activist, branchId);
    step(d, DevelopmentStep.ACTIVIST_FILING, p.activistFiling, committeeId);
    step(d, DevelopmentStep.MENTOR_ASSIGNMENT, p.mentorAssignment, branchId);
    if (!p.assessments.isEmpty()) {
      step(
          d,
          DevelopmentStep.ACTIVIST_ASSESSMENT,
          p.assessments.get(p.assessments.size() - 1),
          branchId);
    }
    step(d, DevelopmentStep.TARGET_DESIGNATION, p.target, branchId);
    step(d, DevelopmentStep.TARGET_FILING, p.targetFiling, committeeId);
    step(d, DevelopmentStep.INTRODUCER_ASSIGNMENT, p.introducerAssignment, branchId);
    step(d, DevelopmentStep.POLITICAL_REVIEW, p.review, committeeId);
    step(d, DevelopmentStep.CONCENTRATED_TRAINING, p.training, committeeId);
    step(d, DevelopmentStep.BRANCH_COMMITTEE_REVIEW, p.branchReview, branchId);
    step(d, DevelopmentStep.PRE_REVIEW, p.preReview, committeeId);
    step(d, DevelopmentStep.APPLICATION_FORM, p.form, branchId);
    step(d, DevelopmentStep.ADMISSION_MEETING, p.admission, branchId);
    step(d, DevelopmentStep.APPROVAL_TALK, p.approvalTalk, committeeId);
    step(d, DevelopmentStep.ADMISSION_APPROVAL, p.approval, committeeId);
    step(d, DevelopmentStep.ADMISSION_FILING, p.admissionFiling, "上级党委组织部");
    step(d, DevelopmentStep.GROUP_ASSIGNMENT, p.groupAssignment, branchId);
    step(d, DevelopmentStep.OATH, p.oath, branchId);
    step(d, DevelopmentStep.PROBATION_ASSESSMENT, p.probationAssessment, branchId);
    step(d, DevelopmentStep.CONVERSION_APPLICATION, p.conversionApplication, branchId);
    step(d, DevelopmentStep.CONVERSION_MEETING, p.conversionMeeting, branchId);
    step(d, DevelopmentStep.CONVERSION_APPROVAL, p.conversionApproval, committeeId);
    step(d, DevelopmentStep.ARCHIVING, p.archiving, committeeId);
    d.addAllMentorIds(p.mentors);
    d.addAllIntroducerIds(p.introducers);
    d.addAllAssessments(p.assessments);
    if (p.review != null) {
      d.politicalReview(PoliticalReview.of(p.review, true));
    }
    if (p.training != null) {
      d.training(
          Training.builder()
              .days(p.trainingDays)
              .classHours(p.trainingHours)
              .completedOn(p.training)
              .organizedBy(committeeId)
              .build());
    }
    return d.build();
  }

  private static void step(
      ImmutableDevelopment.Builder d, DevelopmentStep step, LocalDate date, String body) {
    if (date != null) {
      d.addStep(StepRecord.of(step, date, body));
    }
  }
}
