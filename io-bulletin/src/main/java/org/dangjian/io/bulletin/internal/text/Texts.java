package org.dangjian.io.bulletin.internal.text;

/**
 * Character classes of bulletin text: white space including full-width, sentence ends, digits.
 * Public within the module so that the news-report reader uses the same white space, stripping,
 * line joining and report cut as the bulletin readers.
 */
public final class Texts {

  private static final String SENTENCE_END = "。！？!?…；;";
  private static final String CLOSING = "”’」』）)》〕】\"'";

  private Texts() {}

  /** White space as text converted from PDF has it: ASCII, full-width, no-break, BOM, form feed. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u3000'
        || c == '\u00A0'
        || c == '\uFEFF'
        || c == '\f';
  }

  /** The text without white space at either end. */
  public static String strip(String text) {
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

  /** The text without any white space, to compare lines whatever their spacing. */
  static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * True when the text ends a sentence: its last character, after closing quotes and brackets, is
   * one of {@code 。！？!?…；;}.
   */
  static boolean endsSentence(CharSequence text) {
    int i = text.length() - 1;
    while (i >= 0 && (CLOSING.indexOf(text.charAt(i)) >= 0 || isSpace(text.charAt(i)))) {
      i--;
    }
    return i >= 0 && SENTENCE_END.indexOf(text.charAt(i)) >= 0;
  }

  /**
   * What joins two parts of a line broken in the middle: a space between Latin letters, else none.
   */
  public static String joiner(CharSequence before, String after) {
    if (before.length() == 0 || after.isEmpty()) {
      return "";
    }
    return isLatinLetter(before.charAt(before.length() - 1)) && isLatinLetter(after.charAt(0))
        ? " "
        : "";
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * The text with full-width digits, dot and percent sign made ASCII and every kind of white space
   * a plain space, one character for one (so offsets stay valid).
   */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '０' && c <= '９') {
        out.append((char) (c - '０' + '0'));
      } else if (c == '．') {
        out.append('.');
      } else if (c == '％') {
        out.append('%');
      } else if (isSpace(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text cut to at most 200 characters for a report, marked with … when cut. */
  public static String shown(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }
}
