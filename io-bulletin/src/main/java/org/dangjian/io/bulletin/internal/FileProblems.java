package org.dangjian.io.bulletin.internal;

import java.util.Map;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.text.SafeText;
import org.dangjian.io.internal.SyntaxDetails;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * How the PDF and Word readers end a file they cannot read as a whole: one {@code IO-SYNTAX} or
 * {@code IO-LIMIT} issue at the start of the file, then {@code IO-REJECTED}, so that a broken,
 * encrypted, oversized or hostile file is one clear issue and never a stack trace. Details taken
 * from a library's message are escaped and their personal numbers masked.
 */
public final class FileProblems {

  private static final int MAX_DETAIL = 160;

  /** The Chinese wording of the details, {@code syntax-details-zh.tsv} beside this class. */
  private static final SyntaxDetails CHINESE =
      SyntaxDetails.read(FileProblems.class.getResourceAsStream("syntax-details-zh.tsv"));

  private FileProblems() {}

  /**
   * Reports that {@code source} is not a readable file of its format: {@code detail} says why in
   * English, and the Chinese report says it in its own words when the table knows the detail.
   */
  public static void syntax(ReadContext context, String source, String detail) {
    context.problem(InputProblem.SYNTAX, at(source), "", CHINESE.arguments(detail));
    end(context, source);
  }

  /** Reports that {@code source} goes beyond the limit named {@code limit}. */
  public static void limit(
      ReadContext context, String source, String limit, long max, String actual) {
    context.problem(
        InputProblem.LIMIT,
        at(source),
        "",
        Map.of("limit", limit, "max", Long.toString(max), "actual", actual));
    context.stoppedEarly();
    end(context, source);
  }

  /** A library's message made safe to print: escaped, personal numbers masked, shortened. */
  public static String safe(String message) {
    if (message == null || message.isBlank()) {
      return "";
    }
    String shown = message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) + "…" : message;
    return SafeText.escape(PersonalNumbers.scrub(shown));
  }

  private static void end(ReadContext context, String source) {
    context.reject(at(source), "");
  }

  private static Location at(String source) {
    return Location.builder().source(source).recordKind(RecordKind.BULLETIN).line(1).build();
  }
}
