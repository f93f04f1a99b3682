package org.dangjian.validation.internal.rules;

import static org.dangjian.core.record.RecordKind.MEMBER;
import static org.dangjian.core.record.RecordKind.POINT_ENTRY;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.dangjian.core.points.PointsEdition;
import org.dangjian.core.points.PointsPolicy;
import org.dangjian.validation.internal.Catalogue;
import org.dangjian.validation.internal.RuleCodes;
import org.dangjian.validation.internal.RunContext;
import org.dangjian.validation.rule.Rule;

/**
 * POINT-CAP for {@link PointRules}: walks the entries of each member in date order (then record
 * order) and adds up the points gained (deductions aside) per calendar month and per calendar year;
 * the first entry with which a sum passes the cap of the edition in force on its date is reported,
 * once per member and month or year.
 */
final class PointCaps {

  static final Rule POINT_CAP = Catalogue.rule(RuleCodes.POINT_CAP);

  private final RunContext run;
  private final IntList entryIndexes;
  private final IntList days;
  private final IntList points;
  private final int[] memberOf;

  PointCaps(RunContext run, IntList entryIndexes, IntList days, IntList points, int[] memberOf) {
    this.run = run;
    this.entryIndexes = entryIndexes;
    this.days = days;
    this.points = points;
    this.memberOf = memberOf;
  }

  void check() {
    PointsPolicy policy = run.settings().pointsPolicy();
    if (policy.editions().isEmpty() || !run.isEnabled(POINT_CAP)) {
      return;
    }
    Integer[] order = new Integer[memberOf.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(k -> memberOf[k])
            .thenComparingInt(days::get)
            .thenComparingInt(entryIndexes::get));
    int member = -2;
    String month = "";
    int year = 0;
    int monthSum = 0;
    int yearSum = 0;
    boolean monthReported = false;
    boolean yearReported = false;
    for (Integer k : order) {
      if (memberOf[k] < 0) {
        continue;
      }
      LocalDate date = LocalDate.ofEpochDay(days.get(k));
      String thisMonth = YearMonth.from(date).toString();
      if (memberOf[k] != member || date.getYear() != year) {
        yearSum = 0;
        yearReported = false;
        monthSum = 0;
        month = "";
      }
      if (!thisMonth.equals(month)) {
        monthSum = 0;
        monthReported = false;
      }
      member = memberOf[k];
      year = date.getYear();
      month = thisMonth;
      int gained = Math.max(0, points.get(k));
      monthSum += gained;
      yearSum += gained;
      Optional<PointsEdition> edition = policy.editionOn(date);
      if (edition.isEmpty() || gained == 0) {
        continue;
      }
      if (!monthReported && over(monthSum, edition, PointsEdition::monthlyCap)) {
        monthReported = true;
        report(k, thisMonth, monthSum, edition.get().monthlyCap().getAsInt());
      }
      if (!yearReported && over(yearSum, edition, PointsEdition::yearlyCap)) {
        yearReported = true;
        report(k, String.valueOf(year), yearSum, edition.get().yearlyCap().getAsInt());
      }
    }
  }

  private static boolean over(
      int sum, Optional<PointsEdition> edition, Function<PointsEdition, OptionalInt> cap) {
    OptionalInt limit = cap.apply(edition.get());
    return limit.isPresent() && sum > limit.getAsInt();
  }

  private void report(int k, String period, int total, int cap) {
    String memberId = run.recordId(MEMBER, memberOf[k]);
    run.reportAt(
        POINT_ENTRY,
        entryIndexes.get(k),
        POINT_CAP,
        "points",
        String.valueOf(points.get(k)),
        "member",
        memberId,
        "period",
        period,
        "total",
        total,
        "cap",
        cap);
  }
}
