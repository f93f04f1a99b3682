package org.dangjian.io.internal.json;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads the one spelling of dates and months that our files write, {@code 2024-03-05} and {@code
 * 2024-03}, straight from the parser's characters: four digits of a year from 1 to 9999, two of a
 * month, two of a day that exists. Anything else gives null, and the caller hands the text to
 * Jackson's own date deserializers, whose answer (a date or an error) stays the reference; the
 * quick path only spares the common case a {@code DateTimeFormatter} parse.
 */
final class IsoDates {

  private IsoDates() {}

  /** The date written as {@code yyyy-MM-dd} in {@code text[offset, offset+length)}, or null. */
  static LocalDate date(char[] text, int offset, int length) {
    if (length != 10 || text[offset + 7] != '-') {
      return null;
    }
    int year = yearMonth(text, offset);
    int day = twoDigits(text, offset + 8);
    if (year < 0 || day < 1) {
      return null;
    }
    int month = year % 100;
    year /= 100;
    if (day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The month written as {@code yyyy-MM} in {@code text[offset, offset+length)}, or null. */
  static YearMonth month(char[] text, int offset, int length) {
    if (length != 7) {
      return null;
    }
    int year = yearMonth(text, offset);
    return year < 0 ? null : YearMonth.of(year / 100, year % 100);
  }

  /** {@code year * 100 + month} of the first seven characters, or -1 when they are not a month. */
  private static int yearMonth(char[] text, int offset) {
    int high = twoDigits(text, offset);
    int low = twoDigits(text, offset + 2);
    int month = twoDigits(text, offset + 5);
    if (high < 0 || low < 0 || text[offset + 4] != '-' || month < 1 || month > 12) {
      return -1;
    }
    int year = high * 100 + low;
    return year < 1 ? -1 : year * 100 + month;
  }

  /** The value of two ASCII digits, or -1. */
  private static int twoDigits(char[] text, int offset) {
    char tens = text[offset];
    char ones = text[offset + 1];
    if (tens < '0' || tens > '9' || ones < '0' || ones > '9') {
      return -1;
    }
    return (tens - '0') * 10 + (ones - '0');
  }
}
