package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.dangjian.core.member.DevelopmentStep;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.member.PoliticalReview;
import org.dangjian.core.member.StepRecord;
import org.dangjian.core.member.Training;
import org.dangjian.validation.DevelopmentEdition;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.rule.Rule;

/**
 * The activist and development-target stages of a member's development (docs/regulations.md DEV-005
 * to DEV-010): the number of mentors, the half-yearly assessment, the year before becoming a
 * development target and its filing, the two introducers, the political review and the concentrated
 * training. Whether mentors and introducers were full members when they served is checked over the
 * dataset by {@link DevelopmentReferences}. Part of the {@link DevelopmentRules} group.
 */
final class ActivistTargetRules {

  static final Rule DEV_005 = Catalogue.rule(RuleCodes.DEV_005);
  static final Rule DEV_006 = Catalogue.rule(RuleCodes.DEV_006);
  static final Rule DEV_007 = Catalogue.rule(RuleCodes.DEV_007);
  static final Rule DEV_008 = Catalogue.rule(RuleCodes.DEV_008);
  static final Rule DEV_009 = Catalogue.rule(RuleCodes.DEV_009);
  static final Rule DEV_010 = Catalogue.rule(RuleCodes.DEV_010);

  private ActivistTargetRules() {}

  /** Runs the checks of the activist and target stages; the count of introducers in any case. */
  static void check(DevelopmentCase c) {
    if (c.detailed()) {
      checkMentorCount(c);
      checkAssessments(c);
      checkTarget(c);
      checkReview(c);
      checkTraining(c);
    }
    checkIntroducerCount(c);
  }

  private static void checkMentorCount(DevelopmentCase c) {
    List<String> mentors = c.development.mentorIds();
    if (!c.on(DEV_005) || (mentors.isEmpty() && !c.has(DevelopmentStep.MENTOR_ASSIGNMENT))) {
      return;
    }
    int count = new HashSet<>(mentors).size();
    DevelopmentEdition e = c.edition;
    if (count < e.minimumMentors() || count > e.maximumMentors()) {
      c.report(
          DEV_005,
          "development.mentorIds",
          count,
          "problem",
          "记录了" + count + "名，应为" + e.minimumMentors() + "至" + e.maximumMentors() + "名",
          "problemEn",
          count
              + " recorded, "
              + e.minimumMentors()
              + " to "
              + e.maximumMentors()
              + " are required");
    }
  }

  private static void checkAssessments(DevelopmentCase c) {
    LocalDate activist = c.date(DevelopmentStep.ACTIVIST_DESIGNATION);
    if (activist == null || !c.complete() || !c.on(DEV_006)) {
      return;
    }
    // the gaps run up to the target designation, or for a current activist up to the reference
    // date; for a case that stopped without becoming a target only the recorded gaps count
    LocalDate end = c.date(DevelopmentStep.TARGET_DESIGNATION);
    if (end == null && c.active() && c.derivedStage() == MemberStage.ACTIVIST) {
      end = c.asOf;
    }
    List<LocalDate> dates = new ArrayList<>(c.development.assessments());
    for (StepRecord s : c.development.steps()) {
      if (s.step() == DevelopmentStep.ACTIVIST_ASSESSMENT) {
        dates.add(s.date());
      }
    }
    dates.sort(null);
    int months = c.edition.assessmentIntervalMonths();
    LocalDate previous = activist;
    for (LocalDate d : dates) {
      if (d.isBefore(activist) || (end != null && d.isAfter(end))) {
        continue;
      }
      if (d.isAfter(previous.plusMonths(months))) {
        reportGap(c, previous, d, months);
        return;
      }
      previous = d;
    }
    if (end != null && end.isAfter(previous.plusMonths(months))) {
      reportGap(c, previous, end, months);
    }
  }

  private static void reportGap(DevelopmentCase c, LocalDate from, LocalDate to, int months) {
    c.report(
        DEV_006,
        "development.assessments",
        from + ".." + to,
        "from",
        from,
        "to",
        to,
        "months",
        months);
  }

  private static void checkTarget(DevelopmentCase c) {
    LocalDate target = c.date(DevelopmentStep.TARGET_DESIGNATION);
    if (target == null || !c.on(DEV_007)) {
      return;
    }
    LocalDate activist = c.date(DevelopmentStep.ACTIVIST_DESIGNATION);
    int months = c.edition.activistMonths();
    if (activist != null && target.isBefore(activist.plusMonths(months))) {
      c.explain(DevelopmentStep.TARGET_DESIGNATION);
      c.report(
          DEV_007,
          c.field(DevelopmentStep.TARGET_DESIGNATION),
          target,
          "problem",
          "确定日期 "
              + target
              + " 距确定为入党积极分子（"
              + activist
              + "）不足"
              + months
              + "个月，最早为 "
              + activist.plusMonths(months),
          "problemEn",
          "designated on "
              + target
              + ", less than "
              + months
              + " months after the activist designation of "
              + activist
              + "; the earliest date is "
              + activist.plusMonths(months));
    }
    if (c.missing(DevelopmentStep.TARGET_FILING)
        && c.hasAnyAfter(DevelopmentStep.CONCENTRATED_TRAINING)) {
      c.report(
          DEV_007,
          "development.steps",
          null,
          "problem",
          "已进入接收预备党员阶段，但没有报上级党委备案的记录",
          "problemEn",
          "the case reached the admission stage, but the filing with the higher committee is not"
              + " recorded");
    }
  }

  private static void checkIntroducerCount(DevelopmentCase c) {
    List<String> introducers = c.development.introducerIds();
    if (!c.on(DEV_008)
        || (introducers.isEmpty() && !c.has(DevelopmentStep.INTRODUCER_ASSIGNMENT))) {
      return;
    }
    int count = new HashSet<>(introducers).size();
    if (count != c.introducers()) {
      c.report(
          DEV_008,
          "development.introducerIds",
          count,
          "problem",
          "记录了" + count + "名不同的介绍人，应为" + c.introducers() + "名",
          "problemEn",
          count + " distinct introducer(s) recorded, " + c.introducers() + " are required");
    }
  }

  private static void checkReview(DevelopmentCase c) {
    LocalDate admission = c.date(DevelopmentStep.ADMISSION_MEETING);
    if (admission == null || !c.on(DEV_009)) {
      return;
    }
    PoliticalReview review = c.development.politicalReview().orElse(null);
    if (review != null && !review.passed()) {
      c.report(
          DEV_009,
          "development.politicalReview.passed",
          false,
          "problem",
          "审查结论为不合格，却于 " + admission + " 接收为预备党员",
          "problemEn",
          "the review was not passed, yet the person was admitted on " + admission);
      return;
    }
    LocalDate concluded =
        review != null ? review.concludedOn() : c.date(DevelopmentStep.POLITICAL_REVIEW);
    if (concluded != null && concluded.isAfter(admission)) {
      c.explain(DevelopmentStep.POLITICAL_REVIEW);
      c.report(
          DEV_009,
          review != null
              ? "development.politicalReview.concludedOn"
              : c.field(DevelopmentStep.POLITICAL_REVIEW),
          concluded,
          "problem",
          "审查于 " + concluded + " 才作出结论，晚于支部大会接收（" + admission + "）",
          "problemEn",
          "the review concluded on " + concluded + ", after the admission meeting of " + admission);
    }
  }

  private static void checkTraining(DevelopmentCase c) {
    Training training = c.development.training().orElse(null);
    if (training == null || !c.on(DEV_010)) {
      return;
    }
    DevelopmentEdition e = c.edition;
    if (training.days() < e.trainingDays() && training.classHours() < e.trainingClassHours()) {
      c.report(
          DEV_010,
          "development.training",
          training.days() + "/" + training.classHours(),
          "days",
          training.days(),
          "hours",
          training.classHours(),
          "minimumDays",
          e.trainingDays(),
          "minimumHours",
          e.trainingClassHours());
    }
  }
}
