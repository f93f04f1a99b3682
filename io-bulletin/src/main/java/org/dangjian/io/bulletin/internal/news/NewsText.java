package org.dangjian.io.bulletin.internal.news;

import org.dangjian.io.bulletin.internal.text.Texts;

/**
 * Character classes and clean-ups of news text: white space including full-width and no-break,
 * sentence ends, full-width digits and punctuation made ASCII.
 */
final class NewsText {

  private static final String SENTENCE_END = "。！？!?…";
  private static final String CLOSING = "”’」』）)》〕】\"'";

  private NewsText() {}

  /** The text with every run of white space made one plain space, stripped at both ends. */
  static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Texts.isSpace(c)) {
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
    while (i >= 0 && (CLOSING.indexOf(text.charAt(i)) >= 0 || Texts.isSpace(text.charAt(i)))) {
      i--;
    }
    return i >= 0 && SENTENCE_END.indexOf(text.charAt(i)) >= 0;
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
      } else if (Texts.isSpace(c)) {
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
}
