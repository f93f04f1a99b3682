package org.dangjian.io.bulletin.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * The problems found in one bulletin text, kept until the masthead has given the bulletin its
 * designation so that every issue names the bulletin, then reported in the order found.
 */
final class Problems {

  private record Problem(
      InputProblem problem,
      int line,
      int column,
      String fieldPath,
      String value,
      Map<String, String> arguments) {}

  private final List<Problem> problems = new ArrayList<>();

  /** A line that cannot be placed: {@code IO-UNPLACED} with why, in Chinese and English. */
  void unplaced(SourceLine line, String detail, String detailEn) {
    unplaced(line.number, line.column, line.text, detail, detailEn);
  }

  /** Text at a line and column that cannot be placed. */
  void unplaced(int line, int column, String text, String detail, String detailEn) {
    problems.add(
        new Problem(
            InputProblem.UNPLACED,
            line,
            column,
            null,
            Texts.shown(text),
            Map.of("detail", detail, "detailEn", detailEn)));
  }

  /** A value that does not read as its type: {@code IO-VALUE}. */
  void value(
      int line, int column, String fieldPath, String value, String expected, String expectedEn) {
    problems.add(
        new Problem(
            InputProblem.VALUE,
            line,
            column,
            fieldPath,
            Texts.shown(value),
            Map.of("field", fieldPath, "expected", expected, "expectedEn", expectedEn)));
  }

  /** A required part that is absent: {@code IO-MISSING-FIELD}. */
  void missing(int line, String fieldPath) {
    problems.add(
        new Problem(
            InputProblem.MISSING_FIELD, line, 0, fieldPath, "", Map.of("field", fieldPath)));
  }

  /** A reading limit exceeded: {@code IO-LIMIT}. */
  void limit(int line, String limit, long max, String actual) {
    problems.add(
        new Problem(
            InputProblem.LIMIT,
            line,
            0,
            null,
            "",
            Map.of("limit", limit, "max", Long.toString(max), "actual", actual)));
  }

  /** Bytes that are not text in a known encoding: {@code IO-ENCODING}. */
  void encoding(int line, String detail) {
    problems.add(new Problem(InputProblem.ENCODING, line, 0, null, "", Map.of("detail", detail)));
  }

  /**
   * Reports every problem in line order, each at a location naming the source and the bulletin. A
   * block of unplaced lines (one after the other, at most one line between, for the same reason) is
   * one issue at its first line, its value the first line's text followed by {@code …}.
   */
  void report(ReadContext context, String source, Optional<String> designation) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Problem::line));
    List<Problem> merged = new ArrayList<>();
    int last = -10;
    for (Problem p : sorted) {
      Problem previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (previous != null
          && p.problem() == InputProblem.UNPLACED
          && previous.problem() == InputProblem.UNPLACED
          && p.fieldPath() == null
          && previous.fieldPath() == null
          && p.line() > last
          && p.line() <= last + 2
          && p.arguments().equals(previous.arguments())) {
        if (!previous.value().endsWith("…")) {
          merged.set(
              merged.size() - 1,
              new Problem(
                  previous.problem(),
                  previous.line(),
                  previous.column(),
                  null,
                  previous.value() + " …",
                  previous.arguments()));
        }
        last = p.line();
        continue;
      }
      merged.add(p);
      last = p.line();
    }
    for (Problem p : merged) {
      context.problem(
          p.problem(),
          location(source, designation, p.line(), p.column(), p.fieldPath()),
          p.value(),
          p.arguments());
    }
  }

  /** The location of a line (and column and field, when positive and present) of the bulletin. */
  static Location location(
      String source, Optional<String> designation, int line, int column, String fieldPath) {
    ImmutableLocation.Builder at =
        Location.builder()
            .source(source)
            .recordKind(RecordKind.BULLETIN)
            .recordIndex(0)
            .recordId(designation)
            .line(Math.max(1, line));
    if (column > 0) {
      at.column(column);
    }
    if (fieldPath != null) {
      at.fieldPath(fieldPath);
    }
    return at.build();
  }
}
