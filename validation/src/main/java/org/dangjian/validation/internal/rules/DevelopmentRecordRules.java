package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.MEMBER;
import static org.dangjian.validation.rule.Confidence.CONFIRMED;
import static org.dangjian.validation.rule.Confidence.SECONDARY;
import static org.dangjian.validation.rule.Scope.RECORD;
import static org.dangjian.validation.rule.Severity.ERROR;
import static org.dangjian.validation.rule.Severity.WARNING;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.MemberStage;
import org.dangjian.validation.internal.Rules;
import org.dangjian.validation.rule.Rule;

/**
 * The consistency of a development record as a whole: the dated steps follow the procedure's five
 * stages and, within a stage, the 25-step flow (RULES.md §3.1); nothing is dated after the
 * reference date; and the recorded stage agrees with the stage the dated steps give on that date. A
 * step that a timing rule of {@link DevelopmentRules} or {@link ProbationRules} has already
 * reported is not reported again here, and each order rule reports at most one step per member, so
 * that one misdated step does not cascade into a report per later step.
 */
final class DevelopmentRecordRules {

  static final Rule DEV_ORDER =
      Rules.rule("DEV-ORDER", ERROR, SECONDARY, RECORD, MEMBER)
          .citation(Rules.DEVELOPMENT, "第二章至第六章（申请入党、积极分子、发展对象、接收预备党员、转正五个阶段）")
          .statement(
              "发展党员按申请入党、入党积极分子的确定和培养教育、发展对象的确定和考察、预备党员的接收、"
                  + "预备党员的教育考察和转正五个阶段依次进行，后一阶段的步骤不得早于前一阶段的步骤。",
              "Development goes through its five stages in order: no step of a later stage is dated"
                  + " before a step of an earlier stage.")
          .message(
              "第{number}步“{step}”（{date}）早于前一阶段的第{earlierNumber}步“{earlier}”（{earlierDate}）。",
              "Step {number} ({stepEn}, {date}) is dated before step {earlierNumber} ({earlierEn},"
                  + " {earlierDate}) of an earlier stage.")
          .note(
              "已由专门时限规则（DEV-003、DEV-004、DEV-007、DEV-009、DEV-015、DEV-017、DEV-019、DEV-020）"
                  + "报告的步骤不再重复报告；每人至多报告一处。",
              "Steps already reported by a timing rule (DEV-003, DEV-004, DEV-007, DEV-009,"
                  + " DEV-015, DEV-017, DEV-019, DEV-020) are not reported again; at most one"
                  + " per member.")
          .build();

  static final Rule DEV_ORDER_STEP =
      Rules.rule("DEV-ORDER-STEP", WARNING, SECONDARY, RECORD, MEMBER)
          .citation(Rules.DEVELOPMENT, "发展党员工作流程（25个步骤）")
          .statement(
              "同一阶段内的步骤一般按发展党员工作流程的顺序进行。",
              "Within a stage the steps normally follow the order of the 25-step flow.")
          .message(
              "第{number}步“{step}”（{date}）早于同一阶段的第{earlierNumber}步“{earlier}”（{earlierDate}）。",
              "Step {number} ({stepEn}, {date}) is dated before step {earlierNumber} ({earlierEn},"
                  + " {earlierDate}) of the same stage.")
          .note(
              "阶段内顺序出自流程图，属工作惯例（如编入党小组与入党宣誓先后不一），故为警告。",
              "The order within a stage comes from the flow chart and is practice (e.g. the oath"
                  + " and the group assignment happen in either order), hence a warning.")
          .build();

  static final Rule DEV_FUTURE =
      Rules.rule("DEV-FUTURE", ERROR, CONFIRMED, RECORD, MEMBER)
          .citation(Rules.SDK, "发展记录")
          .statement(
              "发展记录中的日期不得晚于核查日期。", "No date of the development record is after the reference date.")
          .message(
              "{what}的日期 {date} 晚于核查日期 {asOf}。",
              "The date {date} of {whatEn} is after the reference date {asOf}.")
          .note("每人只报告第一处。", "Only the first such date is reported per member.")
          .build();

  static final Rule DEV_STAGE =
      Rules.rule("DEV-STAGE", ERROR, CONFIRMED, RECORD, MEMBER)
          .citation(Rules.SDK, "人员类别与发展记录")
          .statement(
              "记录的人员类别不得落后于发展记录中已作出的决定（如已经支部大会接收却仍记为发展对象）。",
              "The recorded stage is not behind the decisions the dated steps record (for example"
                  + " admitted but still recorded as a development target).")
          .message(
              "记录的人员类别“{stage}”落后于发展记录截至 {asOf} 所示的“{derived}”。",
              "The recorded stage {stageEn} is behind {derivedEn}, the stage the dated steps give"
                  + " on {asOf}.")
          .build();

  static final Rule DEV_STAGE_HISTORY =
      Rules.rule("DEV-STAGE-HISTORY", WARNING, CONFIRMED, RECORD, MEMBER)
          .citation(Rules.SDK, "人员类别与发展记录")
          .statement(
              "记录的人员类别应有发展记录中相应决定的支持；超前的，或是发展记录不全，或是类别有误。",
              "The recorded stage is backed by the decision in the dated steps; a stage ahead of"
                  + " them means either an incomplete history or a wrong stage.")
          .message(
              "记录的人员类别“{stage}”超前于发展记录截至 {asOf} 所示的“{derived}”。",
              "The recorded stage {stageEn} is ahead of {derivedEn}, the stage the dated steps give"
                  + " on {asOf}.")
          .build();

  private DevelopmentRecordRules() {}

  /** DEV-FUTURE: reports the first date after the reference date; marks future steps as done. */
  static void checkFuture(DevelopmentCase c) {
    LocalDate asOf = c.asOf;
    boolean reported = !c.on(DEV_FUTURE);
    for (DevelopmentStep step : DevelopmentStep.values()) {
      LocalDate date = c.date(step);
      if (date != null && date.isAfter(asOf)) {
        c.explain(step);
        if (!reported) {
          reportFuture(
              c,
              c.field(step),
              date,
              "第" + step.number() + "步“" + step.label() + "”",
              "step " + step.number() + " (" + DevelopmentCase.en(step) + ")");
          reported = true;
        }
      }
    }
    if (reported) {
      return;
    }
    List<LocalDate> assessments = c.development.assessments();
    for (int i = 0; i < assessments.size(); i++) {
      if (assessments.get(i).isAfter(asOf)) {
        reportFuture(
            c, "development.assessments[" + i + "]", assessments.get(i), "考察", "an assessment");
        return;
      }
    }
    LocalDate review = c.development.politicalReview().map(r -> r.concludedOn()).orElse(null);
    if (review != null && review.isAfter(asOf)) {
      reportFuture(
          c, "development.politicalReview.concludedOn", review, "政治审查结论", "the political review");
      return;
    }
    LocalDate training = c.development.training().map(t -> t.completedOn()).orElse(null);
    if (training != null && training.isAfter(asOf)) {
      reportFuture(
          c, "development.training.completedOn", training, "集中培训", "the concentrated training");
      return;
    }
    LocalDate extension = c.development.probationExtension().map(e -> e.decidedOn()).orElse(null);
    if (extension != null && extension.isAfter(asOf)) {
      reportFuture(
          c,
          "development.probationExtension.decidedOn",
          extension,
          "延长预备期的决定",
          "the extension decision");
    }
  }

  private static void reportFuture(
      DevelopmentCase c, String field, LocalDate date, String what, String whatEn) {
    c.report(DEV_FUTURE, field, date, "what", what, "whatEn", whatEn, "date", date, "asOf", c.asOf);
  }

  /** DEV-ORDER and DEV-ORDER-STEP: the first inversion of each kind not already reported. */
  static void checkOrder(DevelopmentCase c) {
    if (!c.detailed()) {
      return;
    }
    boolean crossDone = !c.on(DEV_ORDER);
    boolean withinDone = !c.on(DEV_ORDER_STEP);
    DevelopmentStep[] steps = DevelopmentStep.values();
    for (int s = 0; s < steps.length && !(crossDone && withinDone); s++) {
      DevelopmentStep step = steps[s];
      LocalDate date = c.date(step);
      if (date == null || c.isExplained(step)) {
        continue;
      }
      DevelopmentStep cross = null;
      DevelopmentStep within = null;
      for (int p = 0; p < s; p++) {
        DevelopmentStep earlier = steps[p];
        LocalDate earlierDate = c.date(earlier);
        if (earlierDate == null || c.isExplained(earlier) || !earlierDate.isAfter(date)) {
          continue;
        }
        if (earlier.phase() != step.phase()) {
          if (cross == null || !earlierDate.isBefore(c.date(cross))) {
            cross = earlier;
          }
        } else if (within == null || !earlierDate.isBefore(c.date(within))) {
          within = earlier;
        }
      }
      if (cross != null && !crossDone) {
        reportOrder(c, DEV_ORDER, step, cross);
        crossDone = true;
      } else if (cross == null && within != null && !withinDone) {
        reportOrder(c, DEV_ORDER_STEP, step, within);
        withinDone = true;
      }
    }
  }

  private static void reportOrder(
      DevelopmentCase c, Rule rule, DevelopmentStep step, DevelopmentStep earlier) {
    c.report(
        rule,
        c.field(step),
        c.date(step),
        "number",
        step.number(),
        "step",
        step.label(),
        "stepEn",
        DevelopmentCase.en(step),
        "date",
        c.date(step),
        "earlierNumber",
        earlier.number(),
        "earlier",
        earlier.label(),
        "earlierEn",
        DevelopmentCase.en(earlier),
        "earlierDate",
        c.date(earlier));
  }

  /** The step that starts {@code stage}. */
  private static DevelopmentStep designation(MemberStage stage) {
    return switch (stage) {
      case APPLICANT -> DevelopmentStep.APPLICATION;
      case ACTIVIST -> DevelopmentStep.ACTIVIST_DESIGNATION;
      case DEVELOPMENT_TARGET -> DevelopmentStep.TARGET_DESIGNATION;
      case PROBATIONARY -> DevelopmentStep.ADMISSION_MEETING;
      case FULL -> DevelopmentStep.CONVERSION_APPROVAL;
    };
  }

  /** DEV-STAGE and DEV-STAGE-HISTORY: the recorded stage against the dated steps. */
  static void checkStage(DevelopmentCase c) {
    MemberStage derived = c.derivedStage();
    if (derived == null) {
      return;
    }
    MemberStage recorded = c.member.stage();
    Rule rule;
    if (recorded.ordinal() < derived.ordinal()) {
      rule = DEV_STAGE;
    } else if (recorded.ordinal() > derived.ordinal()) {
      if (!c.complete() && !c.has(designation(recorded))) {
        // a roster gives no designation date for this stage: the stage cannot be derived
        return;
      }
      rule = DEV_STAGE_HISTORY;
    } else {
      return;
    }
    if (!c.on(rule)) {
      return;
    }
    c.report(
        rule,
        "stage",
        recorded.label(),
        "stage",
        recorded.label(),
        "stageEn",
        DevelopmentCase.en(recorded),
        "derived",
        derived.label(),
        "derivedEn",
        DevelopmentCase.en(derived),
        "asOf",
        c.asOf);
  }
}
