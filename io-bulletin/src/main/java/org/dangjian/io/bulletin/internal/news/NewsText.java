package org.dangjian.io.bulletin.internal.news;

/**
 * Character classes and clean-ups of news text: white space including full-width and no-break,
 * sentence ends, the joining of wrapped lines, full-width digits and punctuation made ASCII.
 */
final class NewsText {

  private static final String SENTENCE_END = "。！？!?…";
  private static final String CLOSING = "”’」』）)》〕】\"'";

  private NewsText() {}

  /** White space as converted text has it: ASCII, full-width, no-break, BOM, form feed. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u3000'
        || c == '\u00A0'
        || c == '\uFEFF'
        || c == '\f';
  }

  /** The text without white space at either end. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** The text with every run of white space made one plain space, stripped at both ends. */
  static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** True when the text ends a sentence ({@code 。！？…}, closing quotes and brackets skipped). */
  static boolean endsSentence(CharSequence text) {
    int i = text.length() - 1;
    while (i >= 0 && (CLOSING.indexOf(text.charAt(i)) >= 0 || isSpace(text.charAt(i)))) {
      i--;
    }
    return i >= 0 && SENTENCE_END.indexOf(text.charAt(i)) >= 0;
  }

  /** What joins a wrapped line to the next: a space between Latin letters or digits, else none. */
  static String joiner(CharSequence before, String after) {
    if (before.length() == 0 || after.isEmpty()) {
      return "";
    }
    return isLatin(before.charAt(before.length() - 1)) && isLatin(after.charAt(0)) ? " " : "";
  }

  private static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * The text with full-width digits, letters, colon, dot, percent sign, brackets and slash made
   * ASCII and every white space a plain space, one character for one so that offsets stay valid.
   */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '！'
          && c <= '～'
          && "０１２３４５６７８９：．％（）／－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ".indexOf(c)
              >= 0) {
        out.append((char) (c - '！' + '!'));
      } else if (isSpace(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the character is a Han ideograph. */
  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** The text cut to at most 200 characters for a report, marked with … when cut. */
  static String shown(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }
}
