package org.dangjian.core.statistics;

import java.util.EnumMap;
import java.util.Map;
import org.dangjian.core.vanguard.TeamKind;

/**
 * Figures of the vanguard posts and teams that exist on a date (党员先锋岗、示范岗、突击队、志愿服务队、 青年文明号): how
 * many of each kind, and the people they count, as they state them or, where a team states no
 * count, as it lists them.
 *
 * @param byKind posts and teams per kind; every kind present, zero where there are none
 * @param people the people the teams count (a team without a stated size counts those it lists)
 * @param partyMembers the Party members among them (stated, else listed as such)
 * @param activists the activists among them (stated, else listed as such)
 */
public record TeamFigures(
    Map<TeamKind, Integer> byKind, int people, int partyMembers, int activists) {

  /** Copies the map, with every kind present, so that the figures cannot change. */
  public TeamFigures {
    Map<TeamKind, Integer> all = new EnumMap<>(TeamKind.class);
    for (TeamKind kind : TeamKind.values()) {
      all.put(kind, byKind.getOrDefault(kind, 0));
    }
    byKind = Map.copyOf(all);
  }

  /** The posts and teams of every kind. */
  public int total() {
    return byKind.values().stream().mapToInt(Integer::intValue).sum();
  }
}
