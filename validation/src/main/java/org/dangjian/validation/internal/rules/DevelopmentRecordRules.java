package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.MemberStage;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.rule.Rule;

/**
 * The consistency of a development record as a whole: the dated steps follow the procedure's five
 * stages and, within a stage, the 25-step flow (docs/regulations.md, recruiting rules, Chapters 2
 * to 6); nothing is dated after the reference date; and the recorded stage agrees with the stage
 * the dated steps give on that date. A step that a timing rule of {@link DevelopmentRules} or
 * {@link ProbationRules} has already reported is not reported again here, and each order rule
 * reports at most one step per member, so that one misdated step does not cascade into a report per
 * later step.
 */
final class DevelopmentRecordRules {

  static final Rule DEV_ORDER = Catalogue.rule(RuleCodes.DEV_ORDER);
  static final Rule DEV_ORDER_STEP = Catalogue.rule(RuleCodes.DEV_ORDER_STEP);
  static final Rule DEV_FUTURE = Catalogue.rule(RuleCodes.DEV_FUTURE);
  static final Rule DEV_STAGE = Catalogue.rule(RuleCodes.DEV_STAGE);
  static final Rule DEV_STAGE_HISTORY = Catalogue.rule(RuleCodes.DEV_STAGE_HISTORY);

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
