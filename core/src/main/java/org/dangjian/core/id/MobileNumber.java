package org.dangjian.core.id;

/**
 * A mobile phone number of mainland China: 11 digits starting with {@code 1} and a second digit
 * from 3 to 9. {@link #parse(String)} normalizes the common ways people write it: spaces and
 * hyphens are dropped and a leading {@code +86}, {@code 0086} or {@code 86} country code is
 * removed. Only this lenient rule decides validity; the operators' prefix lists change every few
 * years and belong in data, not here. The number is personal information: {@link #toString()} shows
 * the {@link #masked()} form {@code 138****8000}, and {@link #value()} is the only way to get the
 * full number.
 */
public final class MobileNumber {

  /** The number of digits of a mobile number. */
  public static final int LENGTH = 11;

  private static final String KIND = "mobile number";

  private final String value;

  private MobileNumber(String value) {
    this.value = value;
  }

  /**
   * Parses a mobile number. The text is first normalized: white space (also full-width) and hyphens
   * are removed anywhere, then a leading {@code +86} or {@code 0086} is removed, and a leading
   * {@code 86} when 13 digits remain. The checks, in order, and their problems: nothing left
   * ({@link IdentifierProblem#EMPTY}); a {@code +} not followed by 86 ({@link
   * IdentifierProblem#INVALID_PREFIX}); anything but ASCII digits ({@link
   * IdentifierProblem#INVALID_CHARACTER}); not 11 digits ({@link IdentifierProblem#WRONG_LENGTH});
   * not {@code 1} followed by 3 to 9 ({@link IdentifierProblem#INVALID_PREFIX}).
   *
   * @param text the number as written
   * @return the number, or the first problem found
   */
  public static ParseResult<MobileNumber> parse(String text) {
    String number = normalize(text);
    if (number.isEmpty()) {
      return ParseResult.invalid(KIND, IdentifierProblem.EMPTY, "", null);
    }
    String masked = Masking.maskInvalid(number, 3, 4);
    if (number.charAt(0) == '+') {
      return ParseResult.invalid(
          KIND, IdentifierProblem.INVALID_PREFIX, masked, "country code other than +86");
    }
    for (int i = 0; i < number.length(); i++) {
      if (!Masking.isAsciiDigit(number.charAt(i))) {
        return ParseResult.invalid(
            KIND, IdentifierProblem.INVALID_CHARACTER, masked, "character " + (i + 1));
      }
    }
    if (number.length() != LENGTH) {
      return ParseResult.invalid(
          KIND,
          IdentifierProblem.WRONG_LENGTH,
          masked,
          number.length() + " digits, expected " + LENGTH);
    }
    if (number.charAt(0) != '1' || number.charAt(1) < '3') {
      return ParseResult.invalid(KIND, IdentifierProblem.INVALID_PREFIX, masked, null);
    }
    return ParseResult.valid(new MobileNumber(number));
  }

  /**
   * A fast check: whether {@link #parse(String)} would accept the text.
   *
   * @param text the text to check; {@code null} gives {@code false}
   * @return whether the text is a mobile number
   */
  public static boolean isWellFormed(String text) {
    return parse(text).isValid();
  }

  private static String normalize(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        kept.append(c);
      }
    }
    String number = kept.toString();
    if (number.startsWith("+86")) {
      return number.substring(3);
    }
    if (number.startsWith("0086")) {
      return number.substring(4);
    }
    if (number.length() == LENGTH + 2 && number.startsWith("86")) {
      return number.substring(2);
    }
    return number;
  }

  /** The 11 digits; handle them as personal information. */
  public String value() {
    return value;
  }

  /** The first three and last four digits with the middle four hidden, like {@code 138****8000}. */
  public String masked() {
    return value.substring(0, 3) + "****" + value.substring(7);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MobileNumber that && value.equals(that.value);
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
