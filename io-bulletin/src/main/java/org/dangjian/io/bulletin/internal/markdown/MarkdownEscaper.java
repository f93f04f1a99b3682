package org.dangjian.io.bulletin.internal.markdown;

/**
 * Writes text so that a CommonMark parser gives back exactly the same characters. Every ASCII
 * character that can start markup anywhere in a line ({@code \ ` * _ [ ] < > | & ~ # !}) is
 * backslash-escaped; at the start of a line the first character is escaped when it is any ASCII
 * punctuation, and the {@code .} or {@code )} after leading digits, so that no line can open a
 * heading, list, quote, fence, thematic break, table row or HTML block. Control characters, and
 * white space at the edges of a value or a line (which CommonMark strips), are written as numeric
 * character references ({@code &#32;}). A line break becomes a hard line break ({@code \} at the
 * end of the line) inside a paragraph where it separates two non-empty lines, and {@code &#10;}
 * everywhere else.
 *
 * <p>commonmark-java's {@code MarkdownRenderer} was measured and not used: it leaves a line
 * starting with {@code +} or {@code ~~~} unescaped and loses trailing spaces, carriage returns and
 * empty lines.
 */
final class MarkdownEscaper {

  private static final String ANYWHERE = "\\`*_[]<>|&~#!";

  private MarkdownEscaper() {}

  /**
   * A paragraph of its own: {@code \n} becomes a hard line break where possible.
   *
   * @param text the text
   * @return the Markdown lines, without a final line break
   */
  static String paragraph(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < lines.length; i++) {
      segment(lines[i], lineStart, out);
      if (i + 1 < lines.length) {
        boolean hardBreak = !lines[i].isEmpty() && !lines[i + 1].isEmpty();
        if (hardBreak) {
          out.append("\\\n");
          lineStart = true;
        } else {
          out.append("&#10;");
          lineStart = false;
        }
      }
    }
    return out.toString();
  }

  /**
   * A value inside a line (after a label, in a heading or a table cell): {@code \n} becomes a
   * character reference.
   *
   * @param text the text
   * @return the Markdown text, one line
   */
  static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append("&#10;");
      }
      segment(lines[i], false, out);
    }
    return out.toString();
  }

  private static void segment(String line, boolean lineStart, StringBuilder out) {
    int start = 0;
    int end = line.length();
    while (start < end && edgeSpace(line.charAt(start))) {
      reference(line.charAt(start++), out);
    }
    int trailing = end;
    while (trailing > start && edgeSpace(line.charAt(trailing - 1))) {
      trailing--;
    }
    boolean first = lineStart && start == 0;
    int digitsEnd = -1;
    if (first) {
      int d = 0;
      while (d < trailing && line.charAt(d) >= '0' && line.charAt(d) <= '9') {
        d++;
      }
      if (d > 0 && d < trailing && (line.charAt(d) == '.' || line.charAt(d) == ')')) {
        digitsEnd = d;
      }
    }
    for (int i = start; i < trailing; i++) {
      char c = line.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        reference(c, out);
      } else if (ANYWHERE.indexOf(c) >= 0
          || (first && i == start && isAsciiPunctuation(c))
          || i == digitsEnd) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    for (int i = trailing; i < end; i++) {
      reference(line.charAt(i), out);
    }
  }

  /**
   * White space that CommonMark strips or reads as indentation at the edge of a line. The
   * full-width space, with which Chinese paragraphs are indented, is kept as it is: CommonMark does
   * not strip it.
   */
  private static boolean edgeSpace(char c) {
    return c < 0x20 || (Character.isWhitespace(c) && c != '\u3000');
  }

  private static void reference(char c, StringBuilder out) {
    out.append("&#").append((int) c).append(';');
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}
