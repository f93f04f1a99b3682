package org.dangjian.io.bulletin.internal.markdown;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The machine data of one Markdown block that has no visible form (ids, resolved dates, section
 * kind codes), written as one HTML comment of {@code key=value} pairs separated by spaces, for
 * example {@code <!-- id=ORG-GCL-010 -->}. Values are percent-encoded as in a URL query ({@link
 * URLEncoder}, UTF-8), so a value can hold spaces, {@code =}, {@code >} or any other character and
 * the comment can never end early; the usual ids stay readable as they are. CommonMark renderers
 * show nothing of the comment.
 */
final class MachineData {

  private static final String OPEN = "<!--";
  private static final String CLOSE = "-->";

  private MachineData() {}

  /** The comment for {@code pairs} in order, or an empty string when there are none. */
  static String comment(Map<String, String> pairs) {
    if (pairs.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(OPEN);
    pairs.forEach(
        (key, value) ->
            out.append(' ')
                .append(key)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return out.append(' ').append(CLOSE).toString();
  }

  /** True when {@code html} (an inline or block HTML literal) is one comment. */
  static boolean isComment(String html) {
    String text = html.strip();
    return text.startsWith(OPEN) && text.endsWith(CLOSE) && text.length() >= 7;
  }

  /**
   * The pairs of a comment, in order.
   *
   * @param html the comment, {@code <!-- ... -->}
   * @return the pairs, or empty when a token is not {@code key=value}, a key repeats or a value is
   *     not valid percent-encoding
   */
  static Optional<Map<String, String>> parse(String html) {
    String text = html.strip();
    String body = text.substring(OPEN.length(), text.length() - CLOSE.length()).strip();
    Map<String, String> pairs = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return Optional.of(pairs);
    }
    for (String token : body.split("\\s+")) {
      int eq = token.indexOf('=');
      if (eq <= 0) {
        return Optional.empty();
      }
      String value;
      try {
        value = URLDecoder.decode(token.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      if (pairs.putIfAbsent(token.substring(0, eq), value) != null) {
        return Optional.empty();
      }
    }
    return Optional.of(pairs);
  }
}
