package org.dangjian.core.id;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds resident ID numbers and mobile numbers inside free text (a message, a raw input line, a
 * JSON pointer, a header, a cell) and masks them as {@link ResidentIdNumber#masked()} and {@link
 * MobileNumber#masked()} do, so that a number that turned up in the wrong place is still not
 * printed in full. Whatever field, key or message a number sits in, it is personal data.
 *
 * <p>What counts, looking only at runs of ASCII digits (a letter or any other character ends a run,
 * so {@code ID320106195410111207} holds a run of 18):
 *
 * <ul>
 *   <li>a run of 17 digits followed by a digit or {@code X}/{@code x}, not followed by another
 *       digit, whose check character matches (GB 11643) or whose birth date (digits 7–14) is a
 *       calendar date of the years 1800 to 2199: masked to its first two digits and 16 {@code *};
 *   <li>a longer run of digits holding 18 consecutive digits that pass the checksum and have such a
 *       birth date: the whole run is masked the same way;
 *   <li>a run of exactly 15 digits starting with a province code and holding a {@code YYMMDD} date
 *       in digits 7–12 (a legacy number): masked to its first two digits and 13 {@code *};
 *   <li>a run of exactly 11 digits starting with {@code 13}–{@code 19} (a mobile number), or 13
 *       digits starting with {@code 8613}–{@code 8619} (the same with the country code): the first
 *       three and last four digits of the mobile number stay, as in {@code 138****8000};
 *   <li>a number written in parts, runs of at least two digits joined by one space, no-break space
 *       or hyphen each ({@code 320106 19541011 1207}, {@code 3201 0619 5410 1112 07}, {@code
 *       189-3890-5777}, {@code +86 189 3890 5777}): masked digit by digit as above, the separators
 *       kept ({@code 189-****-5777}), but only when the parts together are a resident ID number
 *       whose check character matches and whose birth date is such a date, or a mobile number (with
 *       or without {@code 86}), so that dates such as {@code 2024-01-31} and ids stay.
 * </ul>
 *
 * <p>Every other character is kept, so ids such as {@code mem-000104}, dates and amounts are
 * unchanged, and a text without such a number is returned as the same string.
 */
public final class PersonalNumbers {

  private static final int ID_LENGTH = ResidentIdNumber.LENGTH;
  private static final int LEGACY_LENGTH = ResidentIdNumber.LEGACY_LENGTH;
  private static final int MOBILE_LENGTH = 11;
  private static final int ID_VISIBLE = 2;
  private static final int MAX_GROUPS = 6;

  private PersonalNumbers() {}

  /**
   * Masks every resident ID number and mobile number found in {@code text}.
   *
   * @param text any text; {@code null} gives {@code null}
   * @return the text with the numbers masked; the same string (for a {@code String} argument) when
   *     nothing was masked
   */
  public static String scrub(CharSequence text) {
    if (text == null) {
      return null;
    }
    int length = text.length();
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < length) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      List<Group> groups = chain(text, i);
      int k = 0;
      while (k < groups.size()) {
        Group first = groups.get(k);
        int last = splitNumberEnd(text, groups, k);
        int start = first.start;
        int end;
        String masked;
        if (last > k) {
          end = groups.get(last).endWithCheck;
          masked = maskSplit(text, start, end);
          k = last + 1;
        } else {
          end = first.end;
          // a check character X right after 17 digits belongs to the run
          if (first.end - first.start == ID_LENGTH - 1 && first.endWithCheck > first.end) {
            end = first.endWithCheck;
          }
          masked = maskRun(text, start, end);
          k++;
        }
        if (masked != null) {
          if (out == null) {
            out = new StringBuilder(length);
          }
          out.append(text, copied, start).append(masked);
          copied = end;
        }
      }
      i = Math.max(copied, groups.get(groups.size() - 1).end);
    }
    if (out == null) {
      return text.toString();
    }
    return out.append(text, copied, length).toString();
  }

  /**
   * True when {@link #scrub(CharSequence)} would mask something in {@code text}.
   *
   * @param text any text; {@code null} gives {@code false}
   * @return whether the text holds a resident ID or mobile number
   */
  public static boolean containsPersonalNumber(CharSequence text) {
    return text != null && !scrub(text).contentEquals(text);
  }

  private static String maskRun(CharSequence text, int start, int end) {
    int n = end - start;
    if (n == ID_LENGTH) {
      String run = text.subSequence(start, end).toString();
      if (checksumMatches(run, 0) || plausibleDate(run, 6)) {
        return maskId(run);
      }
      return null;
    }
    if (n > ID_LENGTH) {
      String run = text.subSequence(start, end).toString();
      for (int from = 0; from + ID_LENGTH <= n; from++) {
        if (checksumMatches(run, from) && plausibleDate(run, from + 6)) {
          return maskId(run);
        }
      }
      return null;
    }
    if (n == LEGACY_LENGTH) {
      String run = text.subSequence(start, end).toString();
      if (isProvince(run) && plausibleDate("19" + run.substring(6, 12), 0)) {
        return maskId(run);
      }
      return null;
    }
    if (n == MOBILE_LENGTH && isMobileStart(text, start)) {
      return maskMobile(text.subSequence(start, end).toString());
    }
    if (n == MOBILE_LENGTH + 2
        && text.charAt(start) == '8'
        && text.charAt(start + 1) == '6'
        && isMobileStart(text, start + 2)) {
      return "86" + maskMobile(text.subSequence(start + 2, end).toString());
    }
    return null;
  }

  /**
   * A run of ASCII digits at {@code [start, end)}, with {@code endWithCheck} one further when a
   * check character {@code X} follows it.
   */
  private record Group(int start, int end, int endWithCheck) {

    int digits() {
      return end - start;
    }
  }

  /**
   * The runs of digits from {@code at} on that are joined by one separator each (a space, a
   * no-break space or a hyphen), as in {@code 189 3890 5777}; a check character {@code X} ends the
   * chain. At most {@value #MAX_GROUPS} runs.
   */
  private static List<Group> chain(CharSequence text, int at) {
    List<Group> groups = new ArrayList<>(4);
    int length = text.length();
    int i = at;
    while (true) {
      int start = i;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
      }
      int end = i;
      boolean check = end < length && isCheckX(text.charAt(end));
      groups.add(new Group(start, end, check ? end + 1 : end));
      if (check
          || groups.size() == MAX_GROUPS
          || end + 1 >= length
          || !isSeparator(text.charAt(end))
          || !isDigit(text.charAt(end + 1))) {
        return groups;
      }
      i = end + 1;
    }
  }

  /**
   * The index of the last group of a number written in parts that starts with group {@code k}, or
   * -1: a resident ID number (18 characters that pass the checksum and hold a birth date), a mobile
   * number (11 digits starting with {@code 13}–{@code 19}) or one with the country code {@code 86}.
   * Each part has at least two digits; the longest such number wins.
   */
  private static int splitNumberEnd(CharSequence text, List<Group> groups, int k) {
    for (int last = Math.min(groups.size() - 1, k + MAX_GROUPS - 1); last > k; last--) {
      StringBuilder digits = new StringBuilder(ID_LENGTH);
      boolean parts = true;
      for (int g = k; g <= last; g++) {
        Group group = groups.get(g);
        parts &= group.digits() >= 2;
        digits.append(text, group.start, group.end);
      }
      if (!parts) {
        continue;
      }
      Group end = groups.get(last);
      int n = digits.length();
      if (n == ID_LENGTH - 1 && end.endWithCheck > end.end) {
        digits.append('X');
        n++;
      } else if (end.endWithCheck > end.end) {
        continue;
      }
      String run = digits.toString();
      if (n == ID_LENGTH && checksumMatches(run, 0) && plausibleDate(run, 6)) {
        return last;
      }
      if (n == MOBILE_LENGTH && isMobileStart(run, 0)) {
        return last;
      }
      if (n == MOBILE_LENGTH + 2 && run.startsWith("86") && isMobileStart(run, 2)) {
        return last;
      }
    }
    return -1;
  }

  /**
   * Masks a number written in parts at {@code [start, end)}, keeping its separators: an ID number
   * keeps its first two digits, a mobile number its first three and last four.
   */
  private static String maskSplit(CharSequence text, int start, int end) {
    StringBuilder digits = new StringBuilder(ID_LENGTH);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isDigit(c) || isCheckX(c)) {
        digits.append(c);
      }
    }
    int n = digits.length();
    int offset = n == MOBILE_LENGTH + 2 ? 2 : 0;
    StringBuilder out = new StringBuilder(end - start);
    int index = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!isDigit(c) && !isCheckX(c)) {
        out.append(c);
        continue;
      }
      boolean visible =
          n == ID_LENGTH
              ? index < ID_VISIBLE
              : index < offset + 3 || index >= offset + MOBILE_LENGTH - 4;
      out.append(visible ? c : '*');
      index++;
    }
    return out.toString();
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '\u00A0';
  }

  private static boolean isMobileStart(CharSequence text, int at) {
    char second = text.charAt(at + 1);
    return text.charAt(at) == '1' && second >= '3' && second <= '9';
  }

  private static String maskId(String run) {
    int length = Math.min(run.length(), ID_LENGTH);
    return run.substring(0, ID_VISIBLE) + "*".repeat(length - ID_VISIBLE);
  }

  private static String maskMobile(String mobile) {
    return mobile.substring(0, 3) + "****" + mobile.substring(7);
  }

  private static boolean checksumMatches(String run, int from) {
    String first17 = run.substring(from, from + ID_LENGTH - 1);
    for (int i = 0; i < first17.length(); i++) {
      if (!isDigit(first17.charAt(i))) {
        return false;
      }
    }
    char check = Character.toUpperCase(run.charAt(from + ID_LENGTH - 1));
    return ResidentIdNumber.checkCharacter(first17) == check;
  }

  /** True when the 8 characters at {@code from} are a date {@code YYYYMMDD} of 1800 to 2199. */
  private static boolean plausibleDate(String text, int from) {
    if (from + 8 > text.length()) {
      return false;
    }
    for (int i = from; i < from + 8; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    int year = Integer.parseInt(text.substring(from, from + 4));
    int month = Integer.parseInt(text.substring(from + 4, from + 6));
    int day = Integer.parseInt(text.substring(from + 6, from + 8));
    if (year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  private static boolean isProvince(String digits) {
    int code = (digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0');
    return code >= 11 && code <= 83;
  }

  private static boolean isCheckX(char c) {
    return c == 'X' || c == 'x';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
