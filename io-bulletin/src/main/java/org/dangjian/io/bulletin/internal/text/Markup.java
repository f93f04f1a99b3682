package org.dangjian.io.bulletin.internal.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the light markup that PDF-to-Markdown converters and hand-written Markdown put around
 * bulletin text, so that the layout engine sees the text as printed: heading marks ({@code ### ➤
 * …}, remembered as the line's heading level), list markers ({@code - ◇ …}), quote marks, bold and
 * italic marks ({@code **3096**}), backslash escapes, links and images (their text kept), inline
 * HTML and comments, table pipes (cells joined by white space, alignment rows dropped) and a
 * trailing hard line break. A line that is only a rule ({@code ---}, {@code ***}) or a page number
 * such as {@code - 3 -} is left alone for {@link Furniture}. Bold marks that open on one line and
 * close on a later one join those lines into one ({@link #joinBold}), since a converter wraps a
 * long bold headline that way.
 */
final class Markup {

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})(?:\\s+|$)");
  private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");
  private static final Pattern LIST = Pattern.compile("^(?:[-*+•]|[0-9]{1,3}[.)])\\s+(?=\\D)");
  private static final Pattern QUOTE = Pattern.compile("^(?:>\\s?)+");
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern HTML =
      Pattern.compile("<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
  private static final Pattern TABLE_RULE =
      Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?");
  private static final Pattern ONLY_MARKS = Pattern.compile("[-*_=\\s]+");
  private static final String BOLD = "**";

  private Markup() {}

  /** A line without its markup, and the level of the Markdown heading it was (0 for none). */
  record Clean(String text, int heading, int skipped) {}

  /**
   * The text of {@code line} without markup; {@code skipped} counts the characters removed before
   * the text, so that columns can still point into the line.
   */
  static Clean clean(String line) {
    String text = line;
    int lead = 0;
    while (lead < text.length() && Texts.isSpace(text.charAt(lead))) {
      lead++;
    }
    text = text.substring(lead);
    if (text.isEmpty() || ONLY_MARKS.matcher(text).matches() || isPageNumber(text)) {
      return new Clean(text, 0, lead);
    }
    if (TABLE_RULE.matcher(text).matches() && text.indexOf('|') >= 0) {
      return new Clean("", 0, lead);
    }
    int heading = 0;
    int before = text.length();
    Matcher quote = QUOTE.matcher(text);
    if (quote.lookingAt()) {
      text = text.substring(quote.end());
    }
    Matcher h = HEADING.matcher(text);
    if (h.lookingAt()) {
      heading = h.group(1).length();
      text = CLOSING_HASHES.matcher(text.substring(h.end())).replaceFirst("");
    }
    Matcher list = LIST.matcher(text);
    if (list.lookingAt()) {
      text = text.substring(list.end());
    }
    int skipped = lead + before - text.length();
    if (text.startsWith("|") && text.length() > 1) {
      text = text.substring(1).replaceAll("\\s*\\|\\s*$", "").replaceAll("\\s*\\|\\s*", "　");
    }
    text = IMAGE.matcher(text).replaceAll("$1");
    text = LINK.matcher(text).replaceAll("$1");
    text = HTML.matcher(text).replaceAll("");
    text = text.replace(BOLD, "").replace("__", "");
    text = ESCAPE.matcher(text).replaceAll("$1");
    if (text.endsWith("\\")) {
      text = text.substring(0, text.length() - 1);
    }
    return new Clean(text, heading, skipped);
  }

  private static boolean isPageNumber(String text) {
    return Furniture.isPageNumber(text);
  }

  /**
   * Joins lines whose bold marks open on one line and close on a later one (at most {@code 3} lines
   * on): the later lines' text is appended to the first and they become blank, keeping their
   * numbers.
   */
  static void joinBold(List<String> raw, List<SourceLine> lines) {
    for (int i = 0; i < raw.size(); i++) {
      if (count(raw.get(i)) % 2 == 0) {
        continue;
      }
      for (int j = i + 1; j < raw.size() && j <= i + 3; j++) {
        if (raw.get(j).isBlank()) {
          break;
        }
        if (count(raw.get(j)) % 2 == 1) {
          StringBuilder joined = new StringBuilder(lines.get(i).text);
          for (int k = i + 1; k <= j; k++) {
            joined.append(Texts.joiner(joined, lines.get(k).text)).append(lines.get(k).text);
            lines.get(k).kind = SourceLine.Kind.JOINED;
          }
          lines.set(i, lines.get(i).withText(joined.toString()));
          i = j;
          break;
        }
      }
    }
  }

  private static int count(String line) {
    int n = 0;
    for (int at = line.indexOf(BOLD); at >= 0; at = line.indexOf(BOLD, at + 2)) {
      n++;
    }
    return n;
  }
}
