package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStage;
import org.dangjian.validation.DevelopmentEdition;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.DatasetCheck;
import org.dangjian.validation.internal.RecordContext;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RuleGroup;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.rule.Rule;

/**
 * The development of one member (docs/regulations.md: Party Constitution and recruiting rules), one
 * rule group in four parts: the application stage (this class: age at application, the application
 * talk, the activist's designation and its filing); the activist and development-target stages
 * ({@link ActivistTargetRules}: mentors, half-yearly assessments, the year before becoming a
 * development target, introducers, political review, training); admission and probation ({@link
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

  static final Rule CONST_001 = Catalogue.rule(RuleCodes.CONST_001);
  static final Rule DEV_003 = Catalogue.rule(RuleCodes.DEV_003);
  static final Rule DEV_004 = Catalogue.rule(RuleCodes.DEV_004);

  @Override
  public String topic() {
    return "development";
  }

  /** The group's own class and the four that check the later stages and the record as a whole. */
  @Override
  public List<Class<?>> checks() {
    return List.of(
        DevelopmentRules.class,
        ActivistTargetRules.class,
        ProbationRules.class,
        DevelopmentReferences.class,
        DevelopmentRecordRules.class);
  }

  @Override
  public void member(Member member, RecordContext context) {
    DevelopmentCase c = DevelopmentCase.of(member, context);
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
