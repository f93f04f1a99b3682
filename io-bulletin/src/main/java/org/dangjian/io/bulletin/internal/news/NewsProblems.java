package org.dangjian.io.bulletin.internal.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.io.bulletin.internal.text.Texts;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.ValidationRun;

/**
 * The problems found in one news page, each at its line, reported into a {@link ValidationRun} in
 * the order found. Values from the page are cut to 200 characters and have resident ID and mobile
 * numbers masked before they are kept.
 */
final class NewsProblems {

  private record Problem(
      InputProblem problem,
      int line,
      int article,
      String fieldPath,
      String value,
      Map<String, String> arguments) {}

  private final List<Problem> problems = new ArrayList<>();

  /** A line that belongs to no report: {@code IO-UNPLACED}. */
  void unplaced(int line, String text, String detail, String detailEn) {
    problems.add(
        new Problem(
            InputProblem.UNPLACED,
            line,
            -1,
            null,
            shown(text),
            Map.of("detail", detail, "detailEn", detailEn)));
  }

  /** A part of report {@code article} that is absent: {@code IO-MISSING-FIELD}. */
  void missing(int line, int article, String field) {
    problems.add(
        new Problem(InputProblem.MISSING_FIELD, line, article, field, "", Map.of("field", field)));
  }

  /** Report {@code article} not kept, for the problems before: {@code IO-REJECTED}. */
  void rejected(int line, int article, String headline) {
    problems.add(
        new Problem(InputProblem.REJECTED, line, article, null, shown(headline), Map.of()));
  }

  /** A reading limit exceeded: {@code IO-LIMIT}. */
  void limit(int line, String limit, long max) {
    problems.add(
        new Problem(
            InputProblem.LIMIT,
            line,
            -1,
            null,
            "",
            Map.of("limit", limit, "max", Long.toString(max), "actual", "> " + max)));
  }

  /** Bytes that are not text in a known encoding: {@code IO-ENCODING}. */
  void encoding(int line, String detail) {
    problems.add(new Problem(InputProblem.ENCODING, line, -1, null, "", Map.of("detail", detail)));
  }

  /** The number of problems of a kind. */
  long count(InputProblem kind) {
    return problems.stream().filter(p -> p.problem() == kind).count();
  }

  /** Reports every problem into {@code run}, at locations naming {@code source}. */
  void report(ValidationRun run, String source) {
    for (Problem p : problems) {
      ImmutableLocation.Builder at = Location.builder().source(source).line(Math.max(1, p.line()));
      if (p.article() >= 0) {
        at.recordIndex(p.article());
      }
      if (p.fieldPath() != null) {
        at.fieldPath(p.fieldPath());
      }
      run.input(p.problem(), at.build(), p.value(), p.arguments());
    }
  }

  private static String shown(String text) {
    return PersonalNumbers.scrub(Texts.shown(text));
  }
}
