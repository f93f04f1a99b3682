package org.dangjian.io.bulletin.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as bulletins print them, {@code 1月13日} or {@code 2024年1月13日} (ASCII or full-width digits),
 * resolved against the period of the issue. A date without a year gets the latest year, among the
 * issue's year and the years before and after it, that puts it no later than the end of the month
 * after the issue's period: in the January 2024 issue {@code 1月13日} is 2024-01-13, {@code 2月5日} is
 * 2024-02-05 (reported early in the next month), {@code 12月28日} is 2023-12-28 and {@code 3月1日} is
 * 2023-03-01. A month and day that no year has, or a {@code 2月29日} that none of those years has, is
 * impossible.
 */
public final class IssueDates {

  private static final Pattern DATE =
      Pattern.compile("(?<![0-9０-９])(?:([0-9０-９]{4})年)?([0-9０-９]{1,2})月([0-9０-９]{1,2})日");

  private IssueDates() {}

  /**
   * A date found in a text.
   *
   * @param text the date as printed, for example {@code 1月13日}
   * @param start the offset of the date in the text
   * @param date the resolved date, empty when the date is impossible
   */
  public record Found(String text, int start, Optional<LocalDate> date) {}

  /**
   * The first date printed in {@code text}, resolved against {@code period}.
   *
   * @return the date, or empty when the text prints none
   */
  public static Optional<Found> first(String text, YearMonth period) {
    Matcher m = DATE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int month = number(m.group(2));
    int day = number(m.group(3));
    Optional<LocalDate> date =
        m.group(1) != null ? of(number(m.group(1)), month, day) : resolve(month, day, period);
    return Optional.of(new Found(m.group(), m.start(), date));
  }

  /**
   * Resolves a month and day printed without a year against the period of the issue, by the rule of
   * the class comment.
   *
   * @return the date, or empty when it is impossible
   */
  public static Optional<LocalDate> resolve(int month, int day, YearMonth period) {
    LocalDate latest = period.plusMonths(1).atEndOfMonth();
    for (int year = period.getYear() + 1; year >= period.getYear() - 1; year--) {
      Optional<LocalDate> date = of(year, month, day);
      if (date.isPresent() && !date.get().isAfter(latest)) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The date of a year, month and day, or empty when there is no such date. */
  public static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The value of a string of ASCII or full-width digits, at most nine of them. */
  public static int number(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      value = value * 10 + Character.digit(digits.charAt(i), 10);
    }
    return value;
  }
}
