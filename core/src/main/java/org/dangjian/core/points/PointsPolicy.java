package org.dangjian.core.points;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.activity.ActivityKind;
import org.dangjian.core.recognition.HonorLevel;
import org.immutables.value.Value;

/**
 * A unit's points scheme (积分管理办法) as data: a name and its {@link PointsEdition editions}, each in
 * force for entries dated from its effective date until the next. {@link #none()} awards nothing
 * and caps nothing (the validator's default, so that the cap rule only speaks under a scheme);
 * {@link #sample()} is a scheme modelled on enterprise points banks, for tests and examples.
 */
@Value.Immutable
public interface PointsPolicy {

  /** The scheme's name, e.g. {@code 党员积分管理办法}. */
  String name();

  /** The editions, in any order. */
  List<PointsEdition> editions();

  /** The edition in force for an entry dated {@code date}: the latest that took effect by then. */
  default Optional<PointsEdition> editionOn(LocalDate date) {
    return editions().stream()
        .filter(e -> !e.effectiveFrom().isAfter(date))
        .max(Comparator.comparing(PointsEdition::effectiveFrom));
  }

  /** A scheme with no edition: nothing is awarded, capped or expired. */
  static PointsPolicy none() {
    return builder().name("无").build();
  }

  /**
   * A sample scheme in force from 2020: 2 points for a themed party day, a general meeting or an
   * organizational-life meeting, 3 for a party lecture or a study session, 1 for a group meeting, 2
   * for volunteer visits; honors 50 (national) down to 5 (enterprise); at most 20 points a month
   * and 120 a year; points valid for 24 months; local categories 安全生产 and 技能比武.
   */
  static PointsPolicy sample() {
    PointsEdition edition =
        PointsEdition.builder()
            .name("2020版")
            .effectiveFrom(LocalDate.of(2020, 1, 1))
            .putActivityPoints(ActivityKind.THEMED_PARTY_DAY, 2)
            .putActivityPoints(ActivityKind.GENERAL_MEETING, 2)
            .putActivityPoints(ActivityKind.ORGANIZATIONAL_LIFE_MEETING, 2)
            .putActivityPoints(ActivityKind.PARTY_LECTURE, 3)
            .putActivityPoints(ActivityKind.STUDY_SESSION, 3)
            .putActivityPoints(ActivityKind.GROUP_MEETING, 1)
            .putActivityPoints(ActivityKind.VISIT, 2)
            .putHonorPoints(HonorLevel.NATIONAL, 50)
            .putHonorPoints(HonorLevel.PROVINCIAL, 30)
            .putHonorPoints(HonorLevel.CITY, 20)
            .putHonorPoints(HonorLevel.COUNTY, 15)
            .putHonorPoints(HonorLevel.PARK_OR_TOWNSHIP, 10)
            .putHonorPoints(HonorLevel.ENTERPRISE, 5)
            .monthlyCap(20)
            .yearlyCap(120)
            .validityMonths(24)
            .addLocalCategories("安全生产", "技能比武")
            .build();
    return builder().name("党员积分管理办法（示例）").addEditions(edition).build();
  }

  /** Starts a builder. */
  static ImmutablePointsPolicy.Builder builder() {
    return ImmutablePointsPolicy.builder();
  }
}
