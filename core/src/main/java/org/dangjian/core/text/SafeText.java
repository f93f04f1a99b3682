package org.dangjian.core.text;

/**
 * Escapes the characters of a text that would act on a terminal or a line-oriented output instead
 * of being shown, so that values read from input files can be printed among the program's own
 * lines. A member id made of {@code m1}, ESC, {@code [2J}, a line feed and {@code [INFO] all valid}
 * prints as <code>m1&#92;u001B[2J&#92;n[INFO] all valid</code>: one line, and no cleared screen.
 *
 * <p>Escaped, and nothing else:
 *
 * <ul>
 *   <li>line feed, carriage return and tab as {@code \n}, {@code \r} and {@code \t};
 *   <li>the other C0 controls (U+0000 to U+001F, including ESC), DEL (U+007F) and the C1 controls
 *       (U+0080 to U+009F, including the single-character CSI U+009B) as <code>&#92;uXXXX</code>
 *       with four upper-case hex digits, for example <code>&#92;u001B</code>;
 *   <li>the bidirectional formatting characters, which reorder the text around them without being
 *       visible: the marks U+200E, U+200F and U+061C, the embeddings and overrides U+202A to U+202E
 *       and the isolates U+2066 to U+2069, as <code>&#92;uXXXX</code>;
 *   <li>the line and paragraph separators U+2028 and U+2029, which some viewers break lines at, as
 *       <code>&#92;uXXXX</code>.
 * </ul>
 *
 * <p>Every other character, including Chinese text, other non-ASCII characters and supplementary
 * characters, is kept as it is. A backslash is kept as well and not doubled: the output is for
 * people, not meant to be parsed back, and so a value that already holds the six characters <code>
 * &#92;u001B</code> prints the same as one that holds ESC. Both are harmless; where the difference
 * matters, use a format with real escaping, such as the JSON report.
 */
public final class SafeText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SafeText() {}

  /**
   * {@code text} with every control, bidirectional formatting and line separator character escaped,
   * as the class describes; the text itself when it holds none.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public static String escape(CharSequence text) {
    int length = text.length();
    int first = 0;
    while (first < length && !isEscaped(text.charAt(first))) {
      first++;
    }
    if (first == length) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(length + 16);
    out.append(text, 0, first);
    for (int i = first; i < length; i++) {
      char c = text.charAt(i);
      if (!isEscaped(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append("\\u")
            .append(HEX[(c >> 12) & 0xF])
            .append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF])
            .append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /**
   * True for the characters that {@link #escape} escapes: C0 and C1 controls, DEL, the
   * bidirectional formatting characters and the line and paragraph separators.
   */
  public static boolean isEscaped(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
