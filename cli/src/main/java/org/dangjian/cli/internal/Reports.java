package org.dangjian.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.RuleTally;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;

/** Printing reports on stdout and the counts of a report in the summary line. */
final class Reports {

  private Reports() {}

  /**
   * Writes {@code report} to {@code out} in {@code format}, ending with a line break. {@code out}
   * stays open: the JSON report's generator closes its target when it is done, so it gets a view of
   * {@code out} whose {@code close()} only flushes.
   */
  static void print(ValidationReport report, ReportFormat format, Lang lang, PrintWriter out)
      throws IOException {
    Writer unclosable =
        new FilterWriter(out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        };
    report.write(format, lang.locale(), unclosable);
    if (format == ReportFormat.JSON) {
      out.println();
    }
    out.flush();
  }

  /** The counts of {@code report} for the summary line: records, then issues by severity. */
  static String counts(ValidationReport report, Lang lang) {
    InputSummary input = report.input().orElse(new InputSummary(0, 0, 0, false));
    String stopped = input.stoppedEarly() ? lang.pick("，提前停止", ", stopped early") : "";
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    long infos = report.count(Severity.INFO);
    if (lang == Lang.ZH) {
      return String.format(
              Locale.ROOT,
              "读取 %,d 条记录（接受 %,d，拒收 %,d%s）；错误 %,d，警告 %,d，提示 %,d",
              input.read(),
              input.accepted(),
              input.rejected(),
              stopped,
              errors,
              warnings,
              infos)
          + unreadableNote(report, lang);
    }
    return String.format(
            Locale.ROOT,
            "%s read (%,d accepted, %,d rejected%s); %s, %s, %s",
            plural(input.read(), "record"),
            input.accepted(),
            input.rejected(),
            stopped,
            plural(errors, "error"),
            plural(warnings, "warning"),
            plural(infos, "info"))
        + unreadableNote(report, lang);
  }

  /** {@code n} and {@code noun}, with an s unless {@code n} is 1: {@code 1 warning, 2 warnings}. */
  static String plural(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  /**
   * The input problems that mean an input could not be read as its format at all: bytes that are
   * not text in a known encoding, broken syntax (a malformed JSON document or line, a file that is
   * not a workbook) and an exceeded reading limit, after which the reader gives up on the file.
   */
  static final Set<String> UNREADABLE =
      Set.of(InputProblem.ENCODING.code(), InputProblem.SYNTAX.code(), InputProblem.LIMIT.code());

  /** The codes of the unreadable-input errors in {@code report}, in tally order; often empty. */
  static List<String> unreadable(ValidationReport report) {
    return report.tallies().stream()
        .filter(t -> t.severity() == Severity.ERROR && UNREADABLE.contains(t.code()))
        .map(RuleTally::code)
        .toList();
  }

  /**
   * 2 when an input could not be read ({@link #UNREADABLE}), else 1 when {@code report} has an
   * ERROR, else 0.
   */
  static int exitCode(ValidationReport report) {
    if (!unreadable(report).isEmpty()) {
      return ExitCodes.USAGE;
    }
    return report.isSuccessful() ? ExitCodes.OK : ExitCodes.ERRORS;
  }

  /** The summary's note on an unreadable input, or empty. */
  static String unreadableNote(ValidationReport report, Lang lang) {
    List<String> codes = unreadable(report);
    if (codes.isEmpty()) {
      return "";
    }
    return lang.pick(
        "；输入无法按其格式读取（" + String.join("、", codes) + "）",
        "; the input could not be read as its format (" + String.join(", ", codes) + ")");
  }
}
