package org.dangjian.core.statistics;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.recognition.Rating;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.core.vanguard.PersonStatus;
import org.dangjian.core.vanguard.Team;
import org.dangjian.core.vanguard.TeamKind;

/**
 * Statistics of recognition as pure functions over a {@link DatasetView}: the distribution of star
 * ratings for a year (晋星定级, {@code 1 标兵 / 5 五星 / 15 四星}) and the figures of the vanguard posts and
 * teams that exist on the view's date.
 *
 * <pre>{@code
 * DatasetView view = dataset.asOf(LocalDate.of(2024, 1, 31));
 * RecognitionStatistics.latestRatedYear(view)
 *     .ifPresent(year -> System.out.println(RecognitionStatistics.ratings(view, year).text()));
 * }</pre>
 */
public final class RecognitionStatistics {

  private RecognitionStatistics() {}

  /**
   * The levels given for {@code year} to the organizations of the view's dataset, each organization
   * counted once (its first rating of the year), whether or not it still exists on the view's date.
   */
  public static RatingDistribution ratings(DatasetView view, int year) {
    Map<StarLevel, Integer> byLevel = new EnumMap<>(StarLevel.class);
    Set<String> counted = new HashSet<>();
    for (Organization o : view.dataset().organizations()) {
      for (Rating r : o.ratings()) {
        if (r.year() == year && counted.add(o.id())) {
          byLevel.merge(r.level(), 1, Integer::sum);
        }
      }
    }
    return new RatingDistribution(year, byLevel);
  }

  /** The latest year, not after the view's year, for which some organization is rated. */
  public static OptionalInt latestRatedYear(DatasetView view) {
    int last = view.date().getYear();
    return view.dataset().organizations().stream()
        .flatMap(o -> o.ratings().stream())
        .mapToInt(Rating::year)
        .filter(y -> y <= last)
        .max();
  }

  /** The figures of the posts and teams that exist on the view's date. */
  public static TeamFigures teams(DatasetView view) {
    Map<TeamKind, Integer> byKind = new EnumMap<>(TeamKind.class);
    int people = 0;
    int partyMembers = 0;
    int activists = 0;
    for (Team t : view.dataset().teams()) {
      if (!t.existsOn(view.date())) {
        continue;
      }
      byKind.merge(t.kind(), 1, Integer::sum);
      people += t.statedSize().orElse(t.people().size());
      partyMembers += t.statedPartyMembers().orElse((int) t.listed(PersonStatus.PARTY_MEMBER));
      activists += t.statedActivists().orElse((int) t.listed(PersonStatus.ACTIVIST));
    }
    return new TeamFigures(byKind, people, partyMembers, activists);
  }
}
