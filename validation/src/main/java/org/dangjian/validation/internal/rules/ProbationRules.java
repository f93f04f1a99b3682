package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.ProbationExtension;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.rule.Rule;

/**
 * The admission and probation rules of a member's development (docs/regulations.md DEV-015 to
 * DEV-020 and the Party Constitution's probation, CONST-004, CONST-006, CONST-007): the higher
 * committee's approval of the admission (normally within 3 months, never beyond 6; who may give it
 * is checked by {@link DevelopmentReferences}), the one-year probation counted from the admission
 * meeting, its extension, the decision due when it expires, and the conversion procedure. Part of
 * the {@link DevelopmentRules} group.
 */
final class ProbationRules {

  static final Rule DEV_015 = Catalogue.rule(RuleCodes.DEV_015);
  static final Rule DEV_015_NORMAL = Catalogue.rule(RuleCodes.DEV_015_NORMAL);
  static final Rule DEV_017 = Catalogue.rule(RuleCodes.DEV_017);
  static final Rule DEV_018 = Catalogue.rule(RuleCodes.DEV_018);
  static final Rule CONST_006 = Catalogue.rule(RuleCodes.CONST_006);
  static final Rule DEV_019 = Catalogue.rule(RuleCodes.DEV_019);
  static final Rule DEV_020 = Catalogue.rule(RuleCodes.DEV_020);

  private ProbationRules() {}

  static void check(DevelopmentCase c) {
    if (c.detailed()) {
      checkApproval(c);
    }
    checkConversionMeeting(c);
    checkExtension(c);
    checkExpiredProbation(c);
    if (c.detailed()) {
      checkConversionApplication(c);
      checkConversionApproval(c);
    }
  }

  private static void checkApproval(DevelopmentCase c) {
    LocalDate admission = c.date(DevelopmentStep.ADMISSION_MEETING);
    if (admission == null) {
      return;
    }
    int normal = c.edition.approvalMonths();
    int hard = c.edition.approvalHardLimitMonths();
    LocalDate approval = c.date(DevelopmentStep.ADMISSION_APPROVAL);
    LocalDate reached;
    String field;
    if (approval != null) {
      field = c.field(DevelopmentStep.ADMISSION_APPROVAL);
      if (approval.isBefore(admission)) {
        c.explain(DevelopmentStep.ADMISSION_MEETING, DevelopmentStep.ADMISSION_APPROVAL);
        report(
            c,
            DEV_015,
            field,
            approval,
            admission,
            0,
            "审批日期 " + approval + " 早于支部大会",
            "the approval of " + approval + " precedes the meeting");
        return;
      }
      reached = approval;
    } else if (c.complete() && c.active() && !c.hasAnyAfter(DevelopmentStep.ADMISSION_APPROVAL)) {
      field = c.field(DevelopmentStep.ADMISSION_MEETING);
      reached = c.asOf;
    } else {
      return;
    }
    int months;
    Rule rule;
    if (reached.isAfter(admission.plusMonths(hard))) {
      rule = DEV_015;
      months = hard;
    } else if (reached.isAfter(admission.plusMonths(normal))) {
      rule = DEV_015_NORMAL;
      months = normal;
    } else {
      return;
    }
    if (approval != null) {
      report(
          c,
          rule,
          field,
          approval,
          admission,
          months,
          "审批日期 " + approval + " 超过" + months + "个月（期限 " + admission.plusMonths(months) + "）",
          "approved on "
              + approval
              + ", more than "
              + months
              + " months later (deadline "
              + admission.plusMonths(months)
              + ")");
    } else {
      report(
          c,
          rule,
          field,
          null,
          admission,
          months,
          "截至 " + c.asOf + " 超过" + months + "个月仍无审批记录",
          "no approval is recorded by " + c.asOf + ", more than " + months + " months later");
    }
  }

  private static void report(
      DevelopmentCase c,
      Rule rule,
      String field,
      LocalDate value,
      LocalDate admission,
      int months,
      String problem,
      String problemEn) {
    if (!c.on(rule)) {
      return;
    }
    c.report(
        rule,
        field,
        value,
        "admissionDate",
        admission,
        "months",
        months,
        "problem",
        problem,
        "problemEn",
        problemEn);
  }

  private static void checkConversionMeeting(DevelopmentCase c) {
    LocalDate meeting = c.date(DevelopmentStep.CONVERSION_MEETING);
    LocalDate end = c.probationEnd();
    if (meeting == null || end == null || !c.on(DEV_017)) {
      return;
    }
    if (meeting.isBefore(end)) {
      c.explain(DevelopmentStep.CONVERSION_MEETING);
      c.report(
          DEV_017,
          c.field(DevelopmentStep.CONVERSION_MEETING),
          meeting,
          "meetingDate",
          meeting,
          "probationEnd",
          end);
    }
  }

  private static void checkExtension(DevelopmentCase c) {
    ProbationExtension extension = c.development.probationExtension().orElse(null);
    if (extension == null || !c.on(DEV_018)) {
      return;
    }
    int minimum = c.detailed() ? c.edition.minimumExtensionMonths() : 1;
    int maximum = c.maximumExtensionMonths();
    int months = extension.months();
    if (months < minimum || months > maximum) {
      c.report(
          DEV_018,
          "development.probationExtension.months",
          months,
          "months",
          months,
          "minimum",
          minimum,
          "maximum",
          maximum);
    }
  }

  private static void checkExpiredProbation(DevelopmentCase c) {
    LocalDate end = c.probationEnd();
    if (end == null
        || c.member.stage() != MemberStage.PROBATIONARY
        || !c.active()
        || c.has(DevelopmentStep.CONVERSION_MEETING)
        || c.has(DevelopmentStep.CONVERSION_APPROVAL)
        || !c.on(CONST_006)) {
      return;
    }
    int months = c.context.settings().policy().probationDecisionMonths();
    if (c.asOf.isAfter(end.plusMonths(months))) {
      c.report(
          CONST_006,
          "stage",
          MemberStage.PROBATIONARY.label(),
          "probationEnd",
          end,
          "asOf",
          c.asOf,
          "months",
          months);
    }
  }

  private static void checkConversionApplication(DevelopmentCase c) {
    LocalDate meeting = c.date(DevelopmentStep.CONVERSION_MEETING);
    LocalDate application = c.date(DevelopmentStep.CONVERSION_APPLICATION);
    if (meeting == null || application == null || !c.on(DEV_019)) {
      return;
    }
    if (application.isAfter(meeting)) {
      c.explain(DevelopmentStep.CONVERSION_APPLICATION, DevelopmentStep.CONVERSION_MEETING);
      c.report(
          DEV_019,
          c.field(DevelopmentStep.CONVERSION_APPLICATION),
          application,
          "applicationDate",
          application,
          "meetingDate",
          meeting);
    }
  }

  private static void checkConversionApproval(DevelopmentCase c) {
    LocalDate meeting = c.date(DevelopmentStep.CONVERSION_MEETING);
    if (meeting == null || !c.on(DEV_020)) {
      return;
    }
    int months = c.edition.conversionApprovalMonths();
    LocalDate deadline = meeting.plusMonths(months);
    LocalDate approval = c.date(DevelopmentStep.CONVERSION_APPROVAL);
    String problem;
    String problemEn;
    String field;
    if (approval != null) {
      field = c.field(DevelopmentStep.CONVERSION_APPROVAL);
      if (approval.isBefore(meeting)) {
        c.explain(DevelopmentStep.CONVERSION_MEETING, DevelopmentStep.CONVERSION_APPROVAL);
        problem = "审批日期 " + approval + " 早于支部大会";
        problemEn = "the approval of " + approval + " precedes the meeting";
      } else if (approval.isAfter(deadline)) {
        problem = "审批日期 " + approval + " 晚于 " + deadline;
        problemEn = "approved on " + approval + ", after " + deadline;
      } else {
        return;
      }
    } else if (c.active() && c.missing(DevelopmentStep.ARCHIVING) && c.asOf.isAfter(deadline)) {
      field = c.field(DevelopmentStep.CONVERSION_MEETING);
      problem = "截至 " + c.asOf + " 仍无审批记录";
      problemEn = "no approval is recorded by " + c.asOf;
    } else {
      return;
    }
    c.report(
        DEV_020,
        field,
        approval,
        "meetingDate",
        meeting,
        "months",
        months,
        "problem",
        problem,
        "problemEn",
        problemEn);
  }
}
