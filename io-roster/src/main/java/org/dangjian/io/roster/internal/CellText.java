package org.dangjian.io.roster.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of roster cells, shared by the CSV and XLSX readers and writers: dates in the accepted
 * spellings and Excel serial numbers, and the plain text of numeric cells. Formula neutralization
 * and detection have their one definition in {@link FormulaCells}.
 */
public final class CellText {

  /** The largest Excel serial number, 9999-12-31. */
  public static final long MAX_SERIAL = 2_958_465L;

  private static final LocalDate SERIAL_BEFORE_LEAP_BUG = LocalDate.of(1899, 12, 31);
  private static final LocalDate SERIAL_AFTER_LEAP_BUG = LocalDate.of(1899, 12, 30);
  private static final LocalDate SERIAL_1904 = LocalDate.of(1904, 1, 1);
  private static final int FICTITIOUS_29_FEB_1900 = 60;

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));

  private static final List<DateTimeFormatter> MONTHS =
      List.of(
          DateTimeFormatter.ofPattern("uuuu.M").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu-M").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu/M").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuu年M月").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("uuuuMM").withResolverStyle(ResolverStyle.STRICT));

  /** What offices write into a cell that holds nothing: 无, 空, dashes and slashes. */
  private static final Set<String> EMPTY_MARKERS =
      Set.of("无", "空", "暂无", "-", "--", "—", "——", "－", "/", "／", "\\", "、");

  /** Scientific notation, as Excel writes a long number into text or CSV: 3.20581E+17. */
  private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+");

  private CellText() {}

  /**
   * The date a cell names: one of the text spellings, or a whole Excel serial number (1900 date
   * system, where serial 60 is the fictitious 29 February 1900, or the 1904 system); empty when it
   * names none.
   */
  public static Optional<LocalDate> date(String text, boolean date1904) {
    text = text.strip();
    if (text.endsWith(".") || text.endsWith("号")) {
      text = text.substring(0, text.length() - 1) + (text.endsWith("号") ? "日" : "");
    }
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException e) {
        // try the next spelling
      }
    }
    return wholeNumber(text).flatMap(serial -> serialDate(serial, date1904));
  }

  /**
   * The month a month-precision cell names, as 出生年月 often is: {@code 1985.06}, {@code 1985.6},
   * {@code 1985-06}, {@code 1985/6}, {@code 1985年6月} or {@code 198506}; empty for anything else.
   */
  public static Optional<YearMonth> month(String text) {
    String stripped = text.strip();
    for (DateTimeFormatter format : MONTHS) {
      try {
        return Optional.of(YearMonth.parse(stripped, format));
      } catch (DateTimeParseException e) {
        // try the next spelling
      }
    }
    return Optional.empty();
  }

  /** True when {@code text} is what offices write into an empty cell: 无, 空, a dash, a slash. */
  public static boolean isEmptyMarker(String text) {
    return EMPTY_MARKERS.contains(text.strip());
  }

  /**
   * True when an ID-number cell's text shows that a spreadsheet stored the number as a number:
   * scientific notation ({@code 3.20581E+17}) or a decimal point ({@code 320581199001011000.0}).
   */
  public static boolean looksLikeStoredNumber(String text) {
    String stripped = text.strip();
    return SCIENTIFIC.matcher(stripped).matches() || stripped.matches("[0-9]{6,}\\.[0-9]+");
  }

  /** The date of an Excel serial number; empty outside 1..{@link #MAX_SERIAL} and for 60. */
  public static Optional<LocalDate> serialDate(long serial, boolean date1904) {
    if (serial > MAX_SERIAL || serial < (date1904 ? 0 : 1)) {
      return Optional.empty();
    }
    try {
      if (date1904) {
        return Optional.of(SERIAL_1904.plusDays(serial));
      }
      if (serial == FICTITIOUS_29_FEB_1900) {
        return Optional.empty();
      }
      return Optional.of(
          serial < FICTITIOUS_29_FEB_1900
              ? SERIAL_BEFORE_LEAP_BUG.plusDays(serial)
              : SERIAL_AFTER_LEAP_BUG.plusDays(serial));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The Excel serial number of {@code date} in the 1900 date system. */
  public static long serial(LocalDate date) {
    long days = date.toEpochDay() - SERIAL_AFTER_LEAP_BUG.toEpochDay();
    return days <= FICTITIOUS_29_FEB_1900 ? days - 1 : days;
  }

  /** The whole number {@code text} spells (such as {@code 45292} or {@code 45292.0}), if any. */
  public static Optional<Long> wholeNumber(String text) {
    if (text.isEmpty() || text.length() > 30) {
      return Optional.empty();
    }
    try {
      BigDecimal number = new BigDecimal(text).stripTrailingZeros();
      if (number.scale() > 0) {
        return Optional.empty();
      }
      return Optional.of(number.longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /**
   * The plain text of a numeric cell's stored value, such as {@code 1001} for {@code 1001.0} or
   * {@code 1.001E3}; the stored text itself when it is not a number.
   */
  public static String plainNumber(String stored) {
    if (stored.length() > 400) {
      return stored;
    }
    try {
      BigDecimal number = new BigDecimal(stored.strip()).stripTrailingZeros();
      if (number.scale() < -30) {
        return stored;
      }
      return number.toPlainString();
    } catch (NumberFormatException e) {
      return stored;
    }
  }

  /** Masks every run of 7 or more digits in exception text, which may quote a cell. */
  public static String safeDetail(String text) {
    if (text == null) {
      return "";
    }
    String masked = text.replaceAll("[0-9Xx]{7,}", "*******");
    return masked.length() > 200 ? masked.substring(0, 200) + "…" : masked;
  }
}
