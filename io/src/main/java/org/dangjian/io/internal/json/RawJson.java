package org.dangjian.io.internal.json;

import java.io.StringWriter;
import java.util.regex.Pattern;
import org.dangjian.io.internal.PersonalData;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The raw content of a rejected record as a report shows it: re-serialized compactly, the values of
 * {@code idNumber} and {@code phone} fields masked wherever they are, cut at about {@value #MAX}
 * characters. Text that is not (or not entirely) JSON is copied up to where it stops parsing and
 * marked with {@code …}; runs of seven or more digits in anything that cannot be parsed are masked,
 * since they may be identifiers.
 */
final class RawJson {

  /** The longest raw text shown, in characters. */
  static final int MAX = 500;

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();
  private static final Pattern DIGITS = Pattern.compile("[0-9]{7,}[0-9Xx]*");

  private RawJson() {}

  /** The masked, compact form of {@code length} characters of {@code text} from {@code offset}. */
  static String masked(char[] text, int offset, int length) {
    StringWriter out = new StringWriter();
    boolean complete = false;
    int copied = 0;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text, offset, length);
        JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      try {
        for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
          copy(p, g, token);
          copied++;
          g.flush();
          if (out.getBuffer().length() > MAX) {
            break;
          }
        }
        complete = p.currentToken() == null;
      } catch (JacksonException e) {
        // Not JSON from here on: show what was copied.
      }
      g.flush();
    }
    String shown = out.toString();
    if (copied == 0) {
      String raw = new String(text, offset, Math.min(length, MAX * 2)).strip();
      shown = DIGITS.matcher(raw).replaceAll(m -> PersonalData.maskIdText(m.group()));
      complete = length <= MAX * 2;
    }
    if (shown.length() > MAX) {
      return shown.substring(0, MAX) + "…";
    }
    return complete ? shown : shown + "…";
  }

  /** The masked, compact form of {@code text}. */
  static String masked(String text) {
    return masked(text.toCharArray(), 0, text.length());
  }

  private static void copy(JsonParser p, JsonGenerator g, JsonToken token) {
    if (token.isScalarValue()) {
      String field = p.streamReadContext().currentName();
      if ("idNumber".equals(field)) {
        g.writeString(PersonalData.maskIdText(p.getString()));
        return;
      } else if ("phone".equals(field)) {
        g.writeString(PersonalData.maskMobileText(p.getString()));
        return;
      }
    }
    g.copyCurrentEvent(p);
  }
}
