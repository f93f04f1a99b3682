package org.dangjian.cli.internal;

import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.recognition.StarLevel;
import org.dangjian.core.statistics.RatingDistribution;
import org.dangjian.core.statistics.RecognitionStatistics;
import org.dangjian.core.statistics.TeamFigures;
import org.dangjian.core.vanguard.TeamKind;
import tools.jackson.databind.node.ObjectNode;

/**
 * The recognition block of {@code dangjian stats}: the star-rating distribution of the latest rated
 * year not after the reference date (晋星定级, {@code 1 标兵 / 5 五星 / 15 四星}) and the vanguard posts and
 * teams that exist on it, as text lines and as the {@code ratings} and {@code teams} members of the
 * JSON report.
 */
final class RecognitionFigures {

  private RecognitionFigures() {}

  /** The text lines, empty when nothing is rated and there are no posts or teams. */
  static String text(DatasetView view) {
    StringBuilder sb = new StringBuilder();
    OptionalInt year = RecognitionStatistics.latestRatedYear(view);
    if (year.isPresent()) {
      RatingDistribution ratings = RecognitionStatistics.ratings(view, year.getAsInt());
      sb.append("【晋星定级 Star ratings】")
          .append(ratings.year())
          .append("年度 year: ")
          .append(ratings.text())
          .append("（共 rated ")
          .append(ratings.rated())
          .append("）\n");
    }
    TeamFigures teams = RecognitionStatistics.teams(view);
    if (teams.total() > 0) {
      sb.append("【先锋岗队 Vanguard posts and teams】")
          .append(
              Stream.of(TeamKind.values())
                  .filter(k -> teams.byKind().get(k) > 0)
                  .map(k -> k.label() + " " + teams.byKind().get(k))
                  .collect(Collectors.joining("，")))
          .append("；人数 people ")
          .append(teams.people())
          .append("，其中党员 members ")
          .append(teams.partyMembers())
          .append("，积极分子 activists ")
          .append(teams.activists())
          .append('\n');
    }
    return sb.toString();
  }

  /** Adds {@code ratings} (when some year is rated) and {@code teams} to {@code root}. */
  static void json(ObjectNode root, DatasetView view) {
    OptionalInt year = RecognitionStatistics.latestRatedYear(view);
    if (year.isPresent()) {
      RatingDistribution ratings = RecognitionStatistics.ratings(view, year.getAsInt());
      ObjectNode r = root.putObject("ratings");
      r.put("year", ratings.year());
      r.put("rated", ratings.rated());
      ObjectNode byLevel = r.putObject("byLevel");
      for (StarLevel level : StarLevel.values()) {
        byLevel.put(level.code(), ratings.count(level));
      }
      r.put("text", ratings.text());
    }
    TeamFigures teams = RecognitionStatistics.teams(view);
    ObjectNode t = root.putObject("teams");
    ObjectNode byKind = t.putObject("byKind");
    for (TeamKind kind : TeamKind.values()) {
      byKind.put(kind.code(), teams.byKind().get(kind));
    }
    t.put("people", teams.people());
    t.put("partyMembers", teams.partyMembers());
    t.put("activists", teams.activists());
  }
}
