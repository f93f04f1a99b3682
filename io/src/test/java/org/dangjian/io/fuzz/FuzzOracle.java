package org.dangjian.io.fuzz;

import java.util.Locale;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;

/**
 * The oracle every fuzz target of the decoders applies to the report an import returned for
 * arbitrary bytes: the report counts its input (every record read was accepted or rejected), and
 * neither the text report, nor the JSON report, nor any issue's raw value or location holds a full
 * resident ID number or mobile number. The fuzz input itself may hold such a number; what is
 * checked is that it never comes out in clear. An exception thrown by the import is the other
 * finding: the fuzz targets let it through to Jazzer. Shared by the fuzz tests of io, io-roster and
 * io-bulletin through this module's test jar.
 */
public final class FuzzOracle {

  private FuzzOracle() {}

  /**
   * Checks {@code report} and returns its input summary for further checks by the caller.
   *
   * @param report the report an import returned
   * @return the report's input summary
   * @throws AssertionError when the report breaks the oracle
   */
  public static InputSummary check(ValidationReport report) {
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
    noPersonalNumber("the text report", report.render(ReportFormat.TEXT, Locale.CHINESE));
    noPersonalNumber("the JSON report", report.render(ReportFormat.JSON, Locale.ENGLISH));
    for (Issue issue : report.issues()) {
      noPersonalNumber(issue.code() + " location", issue.location().toString());
      if (issue.value().isPresent()) {
        noPersonalNumber(issue.code() + " value", issue.value().get());
      }
    }
    return input;
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
