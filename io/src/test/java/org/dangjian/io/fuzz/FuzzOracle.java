package org.dangjian.io.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;

/**
 * The one oracle every fuzz target of the decoders (io, io-roster, io-bulletin, through this
 * module's test jar) applies to what an import returned for arbitrary bytes: the report counts its
 * input (every record read was accepted or rejected), as many records were handed on as were
 * accepted, a rejection is reported (IO-REJECTED) and, where the target declares reasons, explained
 * by one of them, only declared issue codes appear when the target declares them, and no text of
 * the report holds a full resident ID number or mobile number in clear. The fuzz input itself may
 * hold such a number; what is checked is that it never comes out in clear. An exception thrown by
 * the import is the other finding: the fuzz targets let it through to Jazzer.
 *
 * <p>Two modes, chosen with the system property {@code fuzz.oracle} (the campaign passes it on):
 * {@link Mode#FULL} (the default, and what regression mode runs in every build) renders the text
 * report in Chinese and the JSON report in English and scans both, then every issue's location,
 * value, message arguments and messages; {@link Mode#FAST} (for volume campaigns of millions of
 * executions) skips rendering the two reports and scans only what they are made of: each issue's
 * location, value and message arguments, which is where input text reaches a report.
 */
public final class FuzzOracle {

  /** How much of a report the oracle scans for personal numbers. */
  public enum Mode {
    /** Both rendered reports, then every issue's parts and messages. */
    FULL,
    /** Only every issue's location, value and message arguments; no report is rendered. */
    FAST;

    /**
     * The mode the system property {@code fuzz.oracle} names ({@code full} or {@code fast}); {@code
     * full} when it is not set.
     *
     * @return the mode of this JVM
     */
    public static Mode current() {
      String name = System.getProperty("fuzz.oracle", "full").strip();
      return name.isEmpty() ? FULL : valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  private static final Mode MODE = Mode.current();

  private FuzzOracle() {}

  /** The mode of this JVM ({@code -Dfuzz.oracle=full|fast}). */
  public static Mode mode() {
    return MODE;
  }

  /**
   * Checks {@code report} in this JVM's {@link #mode()} and returns its input summary.
   *
   * @param report the report an import returned
   * @return the report's input summary
   * @throws AssertionError when the report breaks the oracle
   */
  public static InputSummary check(ValidationReport report) {
    return check(report, MODE);
  }

  /**
   * Checks {@code report} in this JVM's {@link #mode()}, and that {@code handed} records were
   * handed on: as many as were accepted.
   *
   * @param report the report an import returned
   * @param handed how many records the import handed to the handler
   * @return the report's input summary
   * @throws AssertionError when the report breaks the oracle
   */
  public static InputSummary check(ValidationReport report, long handed) {
    InputSummary input = check(report, MODE);
    if (handed != input.accepted()) {
      throw new AssertionError("accepted " + input.accepted() + " records but handed on " + handed);
    }
    return input;
  }

  /**
   * Checks {@code report}: the accounting, the explained rejections, and no personal number in
   * clear in what {@code mode} scans.
   *
   * @param report the report an import returned
   * @param mode how much to scan
   * @return the report's input summary
   * @throws AssertionError when the report breaks the oracle
   */
  public static InputSummary check(ValidationReport report, Mode mode) {
    InputSummary input =
        report
            .input()
            .orElseThrow(() -> new AssertionError("the report of an import has no input summary"));
    if (input.read() != input.accepted() + input.rejected()) {
      throw new AssertionError(
          "read "
              + input.read()
              + " records but accepted "
              + input.accepted()
              + " and rejected "
              + input.rejected());
    }
    if (input.rejected() > 0) {
      explained(report);
    }
    if (mode == Mode.FULL) {
      noPersonalNumber("the text report", report.render(ReportFormat.TEXT, Locale.CHINESE));
      noPersonalNumber("the JSON report", report.render(ReportFormat.JSON, Locale.ENGLISH));
    }
    for (Issue issue : report.issues()) {
      noPersonalNumber(issue.code() + " location", issue.location().toString());
      if (issue.value().isPresent()) {
        noPersonalNumber(issue.code() + " value", issue.value().get());
      }
      for (Map.Entry<String, String> argument : issue.arguments().entrySet()) {
        noPersonalNumber(issue.code() + " argument " + argument.getKey(), argument.getValue());
      }
      if (mode == Mode.FULL) {
        noPersonalNumber(issue.code() + " message", issue.message(Locale.CHINESE));
        noPersonalNumber(issue.code() + " message", issue.message(Locale.ENGLISH));
      }
    }
    return input;
  }

  /**
   * Fails when an issue of {@code report} has a code outside {@code declared}.
   *
   * @param report the report to check
   * @param declared the codes the decoder may report
   */
  public static void onlyDeclaredCodes(ValidationReport report, Set<String> declared) {
    for (Issue issue : report.issues()) {
      if (!declared.contains(issue.code())) {
        throw new AssertionError(
            "undeclared issue code " + issue.code() + " (declared: " + declared + ")");
      }
    }
  }

  /** A report that rejected records says so with IO-REJECTED. */
  private static void explained(ValidationReport report) {
    if (report.issues().stream().noneMatch(issue -> issue.code().equals("IO-REJECTED"))) {
      throw new AssertionError(
          "records were rejected without IO-REJECTED: "
              + report.issues().stream().map(Issue::code).toList());
    }
  }

  /**
   * Fails when {@code report} rejected records but has no issue of a code among {@code reasons}
   * that says why, for decoders whose every rejection has an input reason (PDF, Word).
   *
   * @param report the report to check
   * @param reasons the codes that explain a rejection
   */
  public static void rejectionsExplainedBy(ValidationReport report, Set<String> reasons) {
    List<String> codes = report.issues().stream().map(Issue::code).toList();
    boolean rejected = report.input().map(input -> input.rejected() > 0).orElse(false);
    if (rejected && codes.stream().noneMatch(reasons::contains)) {
      throw new AssertionError(
          "records were rejected without a reason among " + reasons + ": " + codes);
    }
  }

  /**
   * Fails when {@code text} holds a resident ID or mobile number in clear. The failure names where
   * the number starts but does not print it.
   *
   * @param what what the text is, for the failure message
   * @param text the text to check
   */
  public static void noPersonalNumber(String what, String text) {
    if (!PersonalNumbers.containsPersonalNumber(text)) {
      return;
    }
    String masked = PersonalNumbers.scrub(text);
    int at = 0;
    while (at < text.length() && at < masked.length() && text.charAt(at) == masked.charAt(at)) {
      at++;
    }
    throw new AssertionError(
        what + " holds a personal number in clear at character " + at + ": " + excerpt(masked, at));
  }

  private static String excerpt(String masked, int at) {
    int from = Math.max(0, at - 40);
    int to = Math.min(masked.length(), at + 40);
    return "…" + masked.substring(from, to) + "… (shown masked)";
  }
}
