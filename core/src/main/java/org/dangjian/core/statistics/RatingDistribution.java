package org.dangjian.core.statistics;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.core.recognition.StarLevel;

/**
 * How the organizations rated for one year are spread over the star levels (星级分布), highest level
 * first, as a bulletin prints it: {@code 1 标兵 / 5 五星 / 15 四星}.
 *
 * @param year the rated year
 * @param byLevel organizations per level; every level present, zero where there are none
 */
public record RatingDistribution(int year, Map<StarLevel, Integer> byLevel) {

  /** Copies the map, with every level present, so that the figures cannot change. */
  public RatingDistribution {
    Map<StarLevel, Integer> all = new EnumMap<>(StarLevel.class);
    for (StarLevel level : StarLevel.values()) {
      all.put(level, byLevel.getOrDefault(level, 0));
    }
    byLevel = Map.copyOf(all);
  }

  /** The organizations rated for the year. */
  public int rated() {
    return byLevel.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The organizations at {@code level}. */
  public int count(StarLevel level) {
    return byLevel.get(level);
  }

  /**
   * The levels that occur, highest first, as {@code 1 标兵 / 5 五星 / 15 四星}; empty when nothing is
   * rated.
   */
  public String text() {
    return Stream.of(StarLevel.values())
        .filter(level -> count(level) > 0)
        .map(level -> count(level) + " " + level.label())
        .collect(Collectors.joining(" / "));
  }
}
