package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.MEMBER;
import static org.dangjian.validation.rule.Confidence.CONFIRMED;
import static org.dangjian.validation.rule.Confidence.SECONDARY;
import static org.dangjian.validation.rule.Scope.RECORD;
import static org.dangjian.validation.rule.Severity.ERROR;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.validation.DevelopmentEdition;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.rule.Rule;

/**
 * The development of one member (RULES.md §1 and §3.2), one rule group in four parts: the
 * application stage (this class: age at application, the application talk, the activist's
 * designation and its filing); the activist and development-target stages ({@link
 * ActivistTargetRules}: mentors, half-yearly assessments, the year before becoming a development
 * target, introducers, political review, training); admission and probation ({@link
 * ProbationRules}: approval, probation, extension, expiry, conversion); and the record as a whole
 * ({@link DevelopmentRecordRules}: step order, future dates, recorded stage). Whether mentors and
 * introducers were full members when they served, and whether the approving body may approve, are
 * dataset checks ({@link DevelopmentReferences}). Time limits come from the {@link
 * DevelopmentEdition} in force on the application date; when the settings skip a case older than
 * every edition, only the Party Constitution's figures are checked (age 18, two introducers, one
 * year of probation, an extension of at most a year).
 *
 * <p>A step, list or detail that is not recorded is taken as not recorded, not as not done: rosters
 * often hold only part of a member's history. Rules therefore check what is recorded, and report a
 * missing decision only where the case is visibly stuck as of the reference date (no talk with an
 * applicant after a month, no approval six months after the admission meeting, an expired probation
 * with no decision). Memory: record checks keep nothing; the dataset check keeps 12 bytes per
 * member (24 for one who departed) and sends mentor and introducer references through a fixed
 * buffer to a temporary file (see {@link DevelopmentReferences}).
 */
public final class DevelopmentRules implements RuleGroup {

  static final Rule CONST_001 =
      Rules.rule("CONST-001", ERROR, CONFIRMED, RECORD, MEMBER)
          .citation(Rules.CONSTITUTION, "第一条；《发展党员工作细则》第五条")
          .statement(
              "年满十八岁方可申请入党：出生日期加十八年不得晚于递交入党申请书之日。",
              "Only a person aged 18 or over may apply: the birth date plus 18 years is on or"
                  + " before the application date.")
          .message(
              "递交入党申请书之日（{applicationDate}）未满{minimumAge}周岁（出生日期 {birthDate}）。",
              "On the application date {applicationDate} the applicant was under {minimumAge}"
                  + " (born {birthDate}).")
          .note(
              "《发展党员工作细则》第五条（DEV-001）规定同一要求，只报告 CONST-001。",
              "Art. 5 of the development rules (DEV-001) states the same requirement; only"
                  + " CONST-001 is reported.")
          .build();

  static final Rule DEV_003 =
      Rules.rule("DEV-003", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.DEVELOPMENT, "第七条")
          .statement(
              "党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话。",
              "Within one month of receiving an application the organization sends someone to talk"
                  + " with the applicant.")
          .message(
              "递交入党申请书（{applicationDate}）后应在{months}个月内谈话：{problem}。",
              "The talk must follow the application of {applicationDate} within {months}"
                  + " month(s): {problemEn}.")
          .note(
              "申请人阶段已超过期限仍无谈话记录的，也报告本规则。",
              "An applicant with no talk recorded after the time limit is reported too.")
          .build();

  static final Rule DEV_004 =
      Rules.rule("DEV-004", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.DEVELOPMENT, "第八条")
          .statement(
              "入党积极分子从入党申请人中产生，由支部委员会研究确定，并报上级党委备案。",
              "Activists are chosen from the applicants by the branch committee, and the decision"
                  + " is filed with the higher committee.")
          .message("确定入党积极分子：{problem}。", "Activist designation: {problemEn}.")
          .note(
              "备案记录缺失只在已确定为发展对象时报告（备案可能尚在办理）。",
              "A missing filing is reported only once the person was made a development target.")
          .build();

  /** The rules in catalogue order: application, activist and target, admission, record. */
  private static final List<Rule> RULES =
      List.of(
          CONST_001,
          DEV_003,
          DEV_004,
          ActivistTargetRules.DEV_005,
          ActivistTargetRules.DEV_006,
          ActivistTargetRules.DEV_007,
          ActivistTargetRules.DEV_008,
          ActivistTargetRules.DEV_009,
          ActivistTargetRules.DEV_010,
          ProbationRules.DEV_015,
          ProbationRules.DEV_015_NORMAL,
          DevelopmentReferences.DEV_016,
          ProbationRules.DEV_017,
          ProbationRules.DEV_018,
          ProbationRules.CONST_006,
          ProbationRules.DEV_019,
          ProbationRules.DEV_020,
          DevelopmentRecordRules.DEV_ORDER,
          DevelopmentRecordRules.DEV_ORDER_STEP,
          DevelopmentRecordRules.DEV_FUTURE,
          DevelopmentRecordRules.DEV_STAGE,
          DevelopmentRecordRules.DEV_STAGE_HISTORY);

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  @Override
  public void member(Member member, RecordContext context) {
    DevelopmentCase c = DevelopmentCase.of(member, context).orElse(null);
    if (c == null) {
      return;
    }
    DevelopmentRecordRules.checkFuture(c);
    checkAge(c);
    if (c.detailed()) {
      checkTalk(c);
      checkActivist(c);
    }
    ActivistTargetRules.check(c);
    ProbationRules.check(c);
    if (c.detailed()) {
      DevelopmentReferences.checkApprovingBody(c);
    }
    DevelopmentRecordRules.checkOrder(c);
    DevelopmentRecordRules.checkStage(c);
  }

  @Override
  public DatasetCheck newDatasetCheck(RunContext run) {
    return new DevelopmentReferences(run);
  }

  private static void checkAge(DevelopmentCase c) {
    LocalDate application = c.date(DevelopmentStep.APPLICATION);
    if (application == null || !c.on(CONST_001)) {
      return;
    }
    LocalDate birth = c.member.birthDate();
    if (birth.plusYears(c.minimumAge()).isAfter(application)) {
      c.report(
          CONST_001,
          "birthDate",
          birth,
          "applicationDate",
          application,
          "minimumAge",
          c.minimumAge(),
          "birthDate",
          birth);
    }
  }

  private static void checkTalk(DevelopmentCase c) {
    LocalDate application = c.date(DevelopmentStep.APPLICATION);
    if (application == null || !c.on(DEV_003)) {
      return;
    }
    int months = c.edition.applicationTalkMonths();
    LocalDate deadline = application.plusMonths(months);
    LocalDate talk = c.date(DevelopmentStep.APPLICATION_TALK);
    String problem;
    String problemEn;
    String field;
    if (talk != null) {
      field = c.field(DevelopmentStep.APPLICATION_TALK);
      if (talk.isBefore(application)) {
        problem = "谈话日期 " + talk + " 早于递交申请日期";
        problemEn = "the talk on " + talk + " precedes the application";
      } else if (talk.isAfter(deadline)) {
        problem = "谈话日期 " + talk + " 晚于期限 " + deadline;
        problemEn = "the talk on " + talk + " is after the deadline " + deadline;
      } else {
        return;
      }
      c.explain(DevelopmentStep.APPLICATION_TALK);
    } else if (c.complete()
        && c.active()
        && c.derivedStage() == MemberStage.APPLICANT
        && c.asOf.isAfter(deadline)) {
      field = c.field(DevelopmentStep.APPLICATION);
      problem = "截至 " + c.asOf + " 仍无谈话记录，期限为 " + deadline;
      problemEn = "no talk is recorded by " + c.asOf + ", the deadline was " + deadline;
    } else {
      return;
    }
    c.report(
        DEV_003,
        field,
        talk,
        "applicationDate",
        application,
        "months",
        months,
        "problem",
        problem,
        "problemEn",
        problemEn);
  }

  private static void checkActivist(DevelopmentCase c) {
    LocalDate activist = c.date(DevelopmentStep.ACTIVIST_DESIGNATION);
    if (activist == null || !c.on(DEV_004)) {
      return;
    }
    LocalDate application = c.date(DevelopmentStep.APPLICATION);
    if (application != null && activist.isBefore(application)) {
      c.explain(DevelopmentStep.ACTIVIST_DESIGNATION);
      c.report(
          DEV_004,
          c.field(DevelopmentStep.ACTIVIST_DESIGNATION),
          activist,
          "problem",
          "确定日期 " + activist + " 早于递交入党申请书日期 " + application,
          "problemEn",
          "designated on " + activist + ", before the application of " + application);
    }
    if (c.missing(DevelopmentStep.ACTIVIST_FILING) && c.has(DevelopmentStep.TARGET_DESIGNATION)) {
      c.report(
          DEV_004,
          "development.steps",
          null,
          "problem",
          "已确定为发展对象，但没有报上级党委备案的记录",
          "problemEn",
          "the person was made a development target, but the filing with the higher committee is"
              + " not recorded");
    }
  }
}
