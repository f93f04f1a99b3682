package org.dangjian.core.id;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.dangjian.core.code.Gender;

/**
 * A citizen's resident ID number (公民身份号码) as defined by GB 11643-1999: a 6-digit address code (GB/T
 * 2260 county at issue time), the 8-digit birth date {@code YYYYMMDD}, a 3-digit sequence whose
 * last digit is odd for men and even for women, and a check character computed with ISO 7064 MOD
 * 11-2 ({@code 0}–{@code 9} or {@code X}). Obtain one with {@link #parse(String)}, which checks
 * everything and also accepts and upgrades the 15-digit numbers issued before 1999, or build one
 * with {@link #of(String, LocalDate, int)}. The number is personal information: {@link #toString()}
 * and every error message show only the {@link #masked()} form, and {@link #value()} is the only
 * way to get the full number.
 *
 * <p>The mask keeps only the 2-digit province code ({@code 11****************}). A record that also
 * gives the birth date and the gender still leaves 4 address digits, 2 sequence digits and 5
 * possible gender digits hidden, that is 5,000,000 numbers that pass the checksum. The common 6+4
 * mask (address code and last four characters) would instead give the whole number back once the
 * birth date is known.
 */
public final class ResidentIdNumber {

  /** The length of a resident ID number. */
  public static final int LENGTH = 18;

  /** The length of the legacy numbers issued before GB 11643-1999. */
  public static final int LEGACY_LENGTH = 15;

  private static final String KIND = "resident ID number";
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1800, 1, 1);
  private static final int VISIBLE_PREFIX = 2;

  /**
   * The province codes of GB/T 2260 (11 Beijing … 65 Xinjiang, 71 Taiwan, 81 Hong Kong, 82 Macao)
   * and 83, used for Taiwan residents in residence permits.
   */
  private static final boolean[] PROVINCES = provinces();

  private final String value;
  private final LocalDate birthDate;

  private ResidentIdNumber(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  private static boolean[] provinces() {
    boolean[] known = new boolean[100];
    int[] codes = {
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51,
      52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83
    };
    for (int code : codes) {
      known[code] = true;
    }
    return known;
  }

  /**
   * Parses and fully validates a resident ID number, taking today's date in China for the
   * future-date check. See {@link #parse(String, LocalDate)}.
   *
   * @param text the number; surrounding white space is ignored
   * @return the number, or the first problem found
   */
  public static ParseResult<ResidentIdNumber> parse(String text) {
    return parse(text, Clock.system(CHINA));
  }

  /**
   * Parses and fully validates a resident ID number, taking today's date from {@code clock}. See
   * {@link #parse(String, LocalDate)}.
   *
   * @param text the number; surrounding white space is ignored
   * @param clock the clock that gives today's date, in its own time zone
   * @return the number, or the first problem found
   */
  public static ParseResult<ResidentIdNumber> parse(String text, Clock clock) {
    return parse(text, LocalDate.now(clock));
  }

  /**
   * Parses and fully validates a resident ID number. The checks, in order, and their problems:
   * nothing but white space ({@link IdentifierProblem#EMPTY}); neither 18 nor 15 characters ({@link
   * IdentifierProblem#WRONG_LENGTH}); anything but ASCII digits, except an {@code X} or {@code x}
   * as the 18th character ({@link IdentifierProblem#INVALID_CHARACTER}); the first two digits are
   * not a GB/T 2260 province code, including 81, 82 and 83 for Hong Kong, Macao and Taiwan
   * residence permits ({@link IdentifierProblem#INVALID_REGION}); the birth date is not a calendar
   * date or lies before 1800 ({@link IdentifierProblem#INVALID_DATE}); it lies after {@code today}
   * ({@link IdentifierProblem#FUTURE_DATE}); the check character does not match ({@link
   * IdentifierProblem#CHECKSUM_MISMATCH}). The full county code is deliberately not checked against
   * a current list, since a number keeps the code of its issue time; numbers starting with 9
   * (foreigners' permanent residence cards) are rejected until their check algorithm is confirmed.
   * A 15-digit legacy number (6 address digits, {@code YYMMDD}, 3 sequence digits) is upgraded to
   * 18 digits as {@link #upgrade(String)} does, after the same checks.
   *
   * @param text the number; surrounding white space is ignored and a lower-case {@code x} becomes
   *     {@code X}
   * @param today the date against which a birth date counts as in the future
   * @return the number, or the first problem found
   */
  public static ParseResult<ResidentIdNumber> parse(String text, LocalDate today) {
    Objects.requireNonNull(today, "today");
    String stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty()) {
      return ParseResult.invalid(KIND, IdentifierProblem.EMPTY, "", null);
    }
    String masked = Masking.maskInvalid(stripped, VISIBLE_PREFIX, 0);
    int length = stripped.length();
    if (length != LENGTH && length != LEGACY_LENGTH) {
      return ParseResult.invalid(
          KIND,
          IdentifierProblem.WRONG_LENGTH,
          masked,
          length + " characters, expected 18 (or 15 for a legacy number)");
    }
    int bad = firstInvalidCharacter(stripped);
    if (bad >= 0) {
      return ParseResult.invalid(
          KIND, IdentifierProblem.INVALID_CHARACTER, masked, "character " + (bad + 1));
    }
    boolean legacy = length == LEGACY_LENGTH;
    String first17 =
        legacy
            ? stripped.substring(0, 6) + "19" + stripped.substring(6)
            : stripped.substring(0, LENGTH - 1);
    if (!isProvince(first17)) {
      return ParseResult.invalid(
          KIND, IdentifierProblem.INVALID_REGION, masked, "unknown province code");
    }
    LocalDate birthDate = birthDate(first17);
    if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
      return ParseResult.invalid(KIND, IdentifierProblem.INVALID_DATE, masked, null);
    }
    if (birthDate.isAfter(today)) {
      return ParseResult.invalid(KIND, IdentifierProblem.FUTURE_DATE, masked, null);
    }
    char check = checkCharacter(first17);
    if (!legacy && Character.toUpperCase(stripped.charAt(LENGTH - 1)) != check) {
      return ParseResult.invalid(KIND, IdentifierProblem.CHECKSUM_MISMATCH, masked, null);
    }
    return ParseResult.valid(new ResidentIdNumber(first17 + check, birthDate));
  }

  /**
   * A fast check of the form only: 18 characters {@code \d{17}[\dXx]} or 15 digits, ignoring
   * surrounding white space. Use it to route a value before {@link #parse(String)}; it checks
   * neither the date, the province nor the check character.
   *
   * @param text the text to check; {@code null} gives {@code false}
   * @return whether the text has the form of a resident ID number
   */
  public static boolean isWellFormed(String text) {
    if (text == null) {
      return false;
    }
    String stripped = text.strip();
    int length = stripped.length();
    return (length == LENGTH || length == LEGACY_LENGTH) && firstInvalidCharacter(stripped) < 0;
  }

  /**
   * Builds a number from its parts and computes the check character, for example for test data. The
   * birth date is not compared with today.
   *
   * @param regionCode the 6-digit GB/T 2260 address code; its first two digits must be a province
   * @param birthDate the birth date, from 1800 to 9999
   * @param sequence the sequence number from 0 to 999; odd for men, even for women
   * @return the number
   * @throws IllegalArgumentException when a part is out of range
   */
  public static ResidentIdNumber of(String regionCode, LocalDate birthDate, int sequence) {
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(birthDate, "birthDate");
    if (regionCode.length() != 6 || !allDigits(regionCode) || !isProvince(regionCode)) {
      throw new IllegalArgumentException(
          "region code must be 6 digits starting with a province code");
    }
    if (birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.getYear() > 9999) {
      throw new IllegalArgumentException("birth date must lie between 1800 and 9999");
    }
    if (sequence < 0 || sequence > 999) {
      throw new IllegalArgumentException("sequence must lie between 0 and 999");
    }
    String first17 =
        regionCode
            + String.format(
                Locale.ROOT,
                "%04d%02d%02d%03d",
                birthDate.getYear(),
                birthDate.getMonthValue(),
                birthDate.getDayOfMonth(),
                sequence);
    return new ResidentIdNumber(first17 + checkCharacter(first17), birthDate);
  }

  /**
   * Converts a 15-digit legacy number to 18 digits: inserts the century {@code 19} before the
   * 2-digit birth year and appends the check character. Only the form is checked; use {@link
   * #parse(String)} for a full validation, which also accepts 15-digit numbers.
   *
   * @param fifteenDigits 15 ASCII digits: address code, {@code YYMMDD}, sequence
   * @return the 18-character number
   * @throws IllegalArgumentException when the text is not 15 digits; the message does not contain
   *     the text
   */
  public static String upgrade(String fifteenDigits) {
    if (fifteenDigits == null
        || fifteenDigits.length() != LEGACY_LENGTH
        || !allDigits(fifteenDigits)) {
      throw new IllegalArgumentException("a legacy resident ID number has exactly 15 digits");
    }
    String first17 = fifteenDigits.substring(0, 6) + "19" + fifteenDigits.substring(6);
    return first17 + checkCharacter(first17);
  }

  /**
   * Computes the ISO 7064 MOD 11-2 check character of GB 11643: {@code "10X98765432"[S mod 11]}
   * where {@code S} is the sum of the digits weighted by {@code 2^(17-i) mod 11}.
   *
   * @param first17 the first 17 digits of a number
   * @return the check character, {@code 0}–{@code 9} or {@code X}
   * @throws IllegalArgumentException when the text is not 17 ASCII digits; the message does not
   *     contain the text
   */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() != LENGTH - 1 || !allDigits(first17)) {
      throw new IllegalArgumentException("the check character needs exactly 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  private static int firstInvalidCharacter(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean checkX = length == LENGTH && i == LENGTH - 1 && (c == 'X' || c == 'x');
      if (!Masking.isAsciiDigit(c) && !checkX) {
        return i;
      }
    }
    return -1;
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Masking.isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isProvince(String digits) {
    return PROVINCES[(digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0')];
  }

  private static LocalDate birthDate(String first17) {
    int year = Integer.parseInt(first17.substring(6, 10));
    int month = Integer.parseInt(first17.substring(10, 12));
    int day = Integer.parseInt(first17.substring(12, 14));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException notADate) {
      return null;
    }
  }

  /** The full 18-character number, upper-case {@code X}; handle it as personal information. */
  public String value() {
    return value;
  }

  /**
   * The number with everything but the 2-digit province code hidden, for example {@code
   * 11****************}. Together with the birth date and the gender it still leaves 5,000,000
   * candidate numbers.
   */
  public String masked() {
    return value.substring(0, VISIBLE_PREFIX) + "*".repeat(LENGTH - VISIBLE_PREFIX);
  }

  /** The 6-digit address code (GB/T 2260) of the place of first registration. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /** The 2-digit province code, the first two digits of {@link #regionCode()}. */
  public String provinceCode() {
    return value.substring(0, 2);
  }

  /** The birth date. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** {@link Gender#MALE} when the 17th digit is odd, {@link Gender#FEMALE} when it is even. */
  public Gender gender() {
    return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResidentIdNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The {@link #masked()} number; never the full number. */
  @Override
  public String toString() {
    return masked();
  }
}
