package org.dangjian.io.internal.json;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.validation.InputProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reports what Jackson's parser throws as issues: a stream constraint as {@code IO-LIMIT} naming
 * the {@link ReadLimits} accessor with the limit and the size found, malformed JSON as {@code
 * IO-SYNTAX} with Jackson's description in English and a Chinese one ({@link SyntaxTexts}) for the
 * Chinese report (long digit runs masked, since a bare number in the wrong place may be an ID
 * number), each at the place the parser had reached.
 */
final class StreamFailures {

  private static final Pattern FIRST_NUMBER = Pattern.compile("\\((\\d+)\\)");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{7,}[0-9Xx]*");

  private StreamFailures() {}

  /** Reports {@code e} as {@code IO-LIMIT} in {@code session} at the parser's position. */
  static void limit(
      RecordSession session,
      StreamConstraintsException e,
      JsonParser p,
      ReadLimits limits,
      int lineOffset) {
    String limit;
    long max;
    long actual;
    if (e instanceof LimitException ours) {
      limit = ours.limit;
      max = ours.max;
      actual = ours.actual;
    } else {
      String message = e.getOriginalMessage();
      if (message.startsWith("Document nesting depth")) {
        limit = "maxNestingDepth";
        max = limits.maxNestingDepth();
      } else if (message.startsWith("String value length")) {
        limit = "maxStringLength";
        max = limits.maxStringLength();
      } else if (message.startsWith("Number value length")) {
        limit = "maxNumberLength";
        max = limits.maxNumberLength();
      } else if (message.startsWith("Name length")) {
        limit = "maxNameLength";
        max = limits.maxNameLength();
      } else {
        limit = message;
        max = 0;
      }
      Matcher number = FIRST_NUMBER.matcher(message);
      actual = number.find() ? Long.parseLong(number.group(1)) : max + 1;
    }
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    session.report(
        InputProblem.LIMIT,
        at.getLineNr() + lineOffset,
        at.getColumnNr(),
        JsonPaths.pointer(p),
        null,
        Map.of("limit", limit, "max", Long.toString(max), "actual", Long.toString(actual)));
  }

  /** Reports {@code e} as {@code IO-SYNTAX} in {@code session}. */
  static void syntax(RecordSession session, StreamReadException e, JsonParser p, int lineOffset) {
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    session.report(
        InputProblem.SYNTAX,
        at.getLineNr() + lineOffset,
        at.getColumnNr(),
        JsonPaths.pointer(p),
        null,
        Map.of(
            "detail", detail(e.getOriginalMessage()), "detailZh", detail(SyntaxTexts.chinese(e))));
  }

  /** Jackson's description of malformed input, with long digit runs masked and line ends joined. */
  static String detail(String message) {
    String oneLine = message.replace('\n', ' ').replace('\r', ' ');
    return DIGITS.matcher(oneLine).replaceAll(m -> PersonalData.maskIdText(m.group()));
  }
}
