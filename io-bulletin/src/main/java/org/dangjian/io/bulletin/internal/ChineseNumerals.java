package org.dangjian.io.bulletin.internal;

import java.util.OptionalInt;

/**
 * Whole numbers written in Chinese numerals, as bulletins print issue numbers ({@code 总第六十二期}) and
 * months ({@code 二月份}): parsing of the positional form ({@code 六十二}, {@code 一百零五}, {@code 两千零二十四},
 * with {@code 〇} or {@code 零} for zero and {@code 两} for two) and of digit strings ({@code 二〇二四}),
 * and formatting in the positional form. Numbers up to 99,999 are covered, which is more than any
 * issue number needs.
 */
public final class ChineseNumerals {

  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseNumerals() {}

  /**
   * Parses a whole number written in Chinese numerals.
   *
   * @param text for example {@code 六十二}, {@code 十}, {@code 一百三十四} or {@code 二〇二四}
   * @return the value, or empty when the text is not a number in Chinese numerals below 100,000
   */
  public static OptionalInt parse(String text) {
    if (text == null || text.isEmpty()) {
      return OptionalInt.empty();
    }
    if (text.chars().allMatch(c -> digit((char) c) >= 0) && text.length() > 1) {
      return digitString(text);
    }
    int total = 0;
    int pending = -1;
    int lastUnit = 100_000;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digit(c);
      int unit = unit(c);
      if (d >= 0) {
        if (pending >= 0 && !(pending == 0 && d > 0)) {
          return OptionalInt.empty();
        }
        pending = d;
      } else if (unit > 0) {
        if (unit >= lastUnit) {
          return OptionalInt.empty();
        }
        int multiplier = pending < 0 ? (unit == 10 && i == 0 ? 1 : -1) : pending;
        if (multiplier <= 0) {
          return OptionalInt.empty();
        }
        total += multiplier * unit;
        pending = -1;
        lastUnit = unit;
      } else {
        return OptionalInt.empty();
      }
    }
    if (pending > 0) {
      total += pending;
    }
    return total == 0 && !"〇".equals(text) && !"零".equals(text)
        ? OptionalInt.empty()
        : OptionalInt.of(total);
  }

  /**
   * Writes a whole number in positional Chinese numerals, as a masthead prints it.
   *
   * @param value from 0 to 99,999
   * @return for example {@code 六十二} for 62, {@code 十} for 10, {@code 一百零五} for 105
   * @throws IllegalArgumentException when the value is out of range
   */
  public static String format(int value) {
    if (value < 0 || value > 99_999) {
      throw new IllegalArgumentException("out of range: " + value);
    }
    if (value == 0) {
      return "〇";
    }
    String[] units = {"万", "千", "百", "十", ""};
    int[] sizes = {10_000, 1_000, 100, 10, 1};
    StringBuilder out = new StringBuilder();
    boolean zeroPending = false;
    for (int i = 0; i < sizes.length; i++) {
      int d = value / sizes[i] % 10;
      if (d == 0) {
        zeroPending = out.length() > 0;
        continue;
      }
      if (zeroPending) {
        out.append('零');
        zeroPending = false;
      }
      boolean leadingTen = sizes[i] == 10 && d == 1 && out.length() == 0;
      if (!leadingTen) {
        out.append(DIGITS.charAt(d));
      }
      out.append(units[i]);
    }
    return out.toString();
  }

  private static OptionalInt digitString(String text) {
    if (text.length() > 5) {
      return OptionalInt.empty();
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      value = value * 10 + digit(text.charAt(i));
    }
    return OptionalInt.of(value);
  }

  private static int digit(char c) {
    if (c == '零' || c == '〇' || c == '○') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    int index = DIGITS.indexOf(c);
    return index > 0 ? index : -1;
  }

  private static int unit(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1_000;
      case '万' -> 10_000;
      default -> -1;
    };
  }
}
