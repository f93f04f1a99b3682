package org.dangjian.core.id;

/**
 * Masks texts that failed to parse, so that a report or an exception message can show what was
 * wrong without repeating the text. At most a short prefix and suffix stay visible, never more than
 * a third (prefix) or half (both) of the text, only ASCII letters and digits are ever shown, and
 * long texts are cut.
 */
final class Masking {

  private static final int MAX_STARS = 24;

  private Masking() {}

  static String maskInvalid(String text, int keepStart, int keepEnd) {
    int length = text.length();
    int start = keepStart;
    int end = keepEnd;
    if (start + end > length / 2) {
      end = 0;
    }
    if (start > length / 3) {
      start = 0;
    }
    int hidden = length - start - end;
    StringBuilder masked = new StringBuilder(start + end + MAX_STARS + 1);
    appendVisible(masked, text, 0, start);
    masked.append("*".repeat(Math.min(hidden, MAX_STARS)));
    if (hidden > MAX_STARS) {
      masked.append('…');
    }
    appendVisible(masked, text, length - end, length);
    return masked.toString();
  }

  private static void appendVisible(StringBuilder out, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean plain = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      out.append(plain ? c : '*');
    }
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
