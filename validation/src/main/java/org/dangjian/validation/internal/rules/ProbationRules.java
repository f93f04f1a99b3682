package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.MEMBER;
import static org.dangjian.validation.rule.Confidence.CONFIRMED;
import static org.dangjian.validation.rule.Confidence.SECONDARY;
import static org.dangjian.validation.rule.Scope.RECORD;
import static org.dangjian.validation.rule.Severity.ERROR;
import static org.dangjian.validation.rule.Severity.WARNING;

import java.time.LocalDate;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.ProbationExtension;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.rule.Rule;

/**
 * The admission and probation rules of a member's development (RULES.md DEV-015 to DEV-020 and the
 * Party Constitution's probation, CONST-004, CONST-006, CONST-007): the higher committee's approval
 * of the admission (normally within 3 months, never beyond 6; who may give it is checked by {@link
 * DevelopmentReferences}), the one-year probation counted from the admission meeting, its
 * extension, the decision due when it expires, and the conversion procedure. Part of the {@link
 * DevelopmentRules} group.
 */
final class ProbationRules {

  static final Rule DEV_015 =
      Rules.rule("DEV-015", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.DEVELOPMENT, "第二十六条")
          .statement(
              "上级党委对支部大会接收预备党员的决议应在三个月内审批，特殊情况可延长，但最长不超过六个月。",
              "The higher committee decides on the admission resolution within 3 months; special"
                  + " cases may take longer, but never more than 6 months.")
          .message(
              "支部大会于 {admissionDate} 接收预备党员，{problem}。",
              "Admitted by the branch meeting on {admissionDate}: {problemEn}.")
          .note(
              "超过三个月未超过六个月的报告 DEV-015-NORMAL（警告）；审批日期早于支部大会的也报告本规则。",
              "Between 3 and 6 months gives DEV-015-NORMAL (a warning); an approval dated before"
                  + " the meeting is reported here too.")
          .build();

  static final Rule DEV_015_NORMAL =
      Rules.rule("DEV-015-NORMAL", WARNING, SECONDARY, RECORD, MEMBER)
          .citation(Rules.DEVELOPMENT, "第二十六条")
          .statement(
              "上级党委一般应在三个月内审批接收预备党员的决议。",
              "The higher committee normally decides on the admission resolution within 3 months.")
          .message(
              "支部大会于 {admissionDate} 接收预备党员，{problem}。",
              "Admitted by the branch meeting on {admissionDate}: {problemEn}.")
          .note("超过六个月的只报告 DEV-015。", "Beyond 6 months only DEV-015 is reported.")
          .build();

  static final Rule DEV_017 =
      Rules.rule("DEV-017", ERROR, CONFIRMED, RECORD, MEMBER)
          .citation(Rules.CONSTITUTION, "第七条；《发展党员工作细则》第三十二条")
          .statement(
              "预备期为一年，从支部大会通过其为预备党员之日算起（延长的加上延长期），预备期满方可讨论转正。",
              "Probation lasts one year from the admission meeting (plus any extension); the"
                  + " conversion is discussed only when it has ended.")
          .message(
              "转正支部大会（{meetingDate}）早于预备期满之日 {probationEnd}。",
              "The conversion meeting on {meetingDate} precedes the end of the probation on"
                  + " {probationEnd}.")
          .note(
              "党章第七条（CONST-004 预备期一年、CONST-007 预备期起算与党龄）规定同一要求，只报告 DEV-017。",
              "Party Constitution Art. 7 (CONST-004 one-year probation, CONST-007 start of the"
                  + " probation and party age) states the same requirement; only DEV-017 is"
                  + " reported.")
          .build();

  static final Rule DEV_018 =
      Rules.rule("DEV-018", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.DEVELOPMENT, "第三十二条；《中国共产党章程》第七条")
          .statement(
              "预备期满可以延长一次预备期，延长时间不少于半年、最长不超过一年。",
              "An expired probation may be extended once, by at least 6 months and at most a"
                  + " year.")
          .message(
              "预备期延长{months}个月，应为{minimum}至{maximum}个月。",
              "The probation was extended by {months} months; {minimum} to {maximum} are"
                  + " allowed.")
          .note(
              "只能延长一次由数据结构保证（至多一条延长记录）。",
              "The data model holds at most one extension, so \"once\" always holds.")
          .build();

  static final Rule CONST_006 =
      Rules.rule("CONST-006", ERROR, CONFIRMED, RECORD, MEMBER)
          .citation(Rules.CONSTITUTION, "第七条第三款")
          .statement(
              "预备期满，党支部应及时讨论其能否转为正式党员：按期转正、延长预备期或取消预备党员资格。",
              "When the probation expires the branch promptly decides: conversion, an extension,"
                  + " or cancellation.")
          .message(
              "预备期已于 {probationEnd} 届满，截至 {asOf} 超过{months}个月仍无转正、延长或取消资格的决定。",
              "The probation ended on {probationEnd}; by {asOf}, more than {months} months later,"
                  + " there is no conversion, extension or cancellation.")
          .note(
              "“及时”的期限取地方政策 probationDecisionMonths（默认3个月）。DEV-018 的延长上限也由本规则兜底。",
              "\"Promptly\" is the local policy probationDecisionMonths (3 by default). An"
                  + " overlong probation (DEV-018) is reported here.")
          .build();

  static final Rule DEV_019 =
      Rules.rule("DEV-019", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.DEVELOPMENT, "第三十二条、第三十三条")
          .statement(
              "转正须由预备党员提出书面申请，再经党小组、支部委员会审查，提交支部大会讨论。",
              "The conversion starts with the member's written application, before the branch"
                  + " meeting discusses it.")
          .message(
              "转正申请（{applicationDate}）晚于转正支部大会（{meetingDate}）。",
              "The conversion application of {applicationDate} is after the conversion meeting of"
                  + " {meetingDate}.")
          .build();

  static final Rule DEV_020 =
      Rules.rule("DEV-020", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.DEVELOPMENT, "第三十三条")
          .statement(
              "上级党委应在三个月内审批预备党员转正的决议。",
              "The higher committee decides on the conversion resolution within 3 months.")
          .message(
              "转正支部大会于 {meetingDate} 召开，应在{months}个月内审批：{problem}。",
              "The conversion meeting was on {meetingDate}; approval is due within {months}"
                  + " months: {problemEn}.")
          .build();

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
