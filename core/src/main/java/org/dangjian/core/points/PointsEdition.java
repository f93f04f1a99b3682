package org.dangjian.core.points;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.recognition.HonorLevel;
import org.immutables.value.Value;

/**
 * One edition of a points scheme, in force for entries dated from {@link #effectiveFrom()} until
 * the next edition: the points an attended activity earns by kind, the points an honor earns by the
 * level of the awarding body, the caps on the points a member may gain in a calendar month and a
 * calendar year (deductions are not capped), how many months points stay valid, and the names of
 * the scheme's own categories. Schemes differ between units, so every figure is the unit's choice.
 */
@Value.Immutable
public interface PointsEdition {

  /** The edition's name, e.g. {@code 2024版}. */
  String name();

  /** The first entry date the edition applies to. */
  LocalDate effectiveFrom();

  /** Points for attending an activity, by kind; a kind not listed earns none. */
  Map<ActivityKind, Integer> activityPoints();

  /** Points for an honor, by the level of the awarding body; a level not listed earns none. */
  Map<HonorLevel, Integer> honorPoints();

  /** Most points a member may gain in one calendar month, when capped. */
  OptionalInt monthlyCap();

  /** Most points a member may gain in one calendar year, when capped. */
  OptionalInt yearlyCap();

  /** Months an entry counts towards the balance from its date, when points expire. */
  OptionalInt validityMonths();

  /** The names of the scheme's own categories, for entries of {@link PointCategory#LOCAL}. */
  List<String> localCategories();

  /** Points for attending an activity of {@code kind}; 0 when the kind earns none. */
  default int pointsFor(ActivityKind kind) {
    return activityPoints().getOrDefault(kind, 0);
  }

  /** Points for an honor of {@code level}; 0 when the level earns none. */
  default int pointsFor(HonorLevel level) {
    return honorPoints().getOrDefault(level, 0);
  }

  /** Rejects negative caps and validity periods. */
  @Value.Check
  default void check() {
    if (monthlyCap().orElse(0) < 0 || yearlyCap().orElse(0) < 0 || validityMonths().orElse(1) < 1) {
      throw new IllegalStateException("caps must not be negative, validity at least one month");
    }
  }

  /** Starts a builder. */
  static ImmutablePointsEdition.Builder builder() {
    return ImmutablePointsEdition.builder();
  }
}
