package org.dangjian.core.id;

import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码) as defined by GB 32100-2015, the 18-character
 * registration number of every legal person and other organization in China: the registration
 * authority (1 character), the category of organization (1), the 6-digit GB/T 2260 region code of
 * the registering office, the 9-character GB 11714 organization code (主体标识码) and a check character.
 * All characters come from the 31-character alphabet {@value #ALPHABET} (no I, O, S, V, Z). Obtain
 * one with {@link #parse(String)}. A credit code identifies an organization, not a person, so
 * {@link #toString()} is the full code; the embedded organization code has its own check, reported
 * separately by {@link #hasValidOrganizationCode()} because some legacy codes fail it.
 */
public final class SocialCreditCode {

  /** The characters of a credit code; a character's value is its index (A = 10 … Y = 30). */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** The length of a credit code. */
  public static final int LENGTH = 18;

  private static final String KIND = "unified social credit code";
  private static final int MODULUS = 31;
  private static final int[] WEIGHTS = weights();
  private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final int VISIBLE_PREFIX = 2;

  private final String value;

  private SocialCreditCode(String value) {
    this.value = value;
  }

  /** The weights {@code 3^i mod 31} for i = 0..16. */
  private static int[] weights() {
    int[] weights = new int[LENGTH - 1];
    int weight = 1;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weight;
      weight = weight * 3 % MODULUS;
    }
    return weights;
  }

  /**
   * Parses and validates a credit code. The checks, in order, and their problems: nothing but white
   * space ({@link IdentifierProblem#EMPTY}); not 18 characters ({@link
   * IdentifierProblem#WRONG_LENGTH}); a character outside {@link #ALPHABET} ({@link
   * IdentifierProblem#INVALID_CHARACTER}); a non-digit in the region code, characters 3 to 8
   * ({@link IdentifierProblem#INVALID_REGION}); the check character does not match ({@link
   * IdentifierProblem#CHECKSUM_MISMATCH}). The embedded organization code's own check is not part
   * of validity; see {@link #hasValidOrganizationCode()}.
   *
   * @param text the code; surrounding white space is ignored and lower-case letters are upper-cased
   * @return the code, or the first problem found; an invalid result shows only the first two
   *     characters, in case the text is someone's ID number typed into the wrong field
   */
  public static ParseResult<SocialCreditCode> parse(String text) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty()) {
      return ParseResult.invalid(KIND, IdentifierProblem.EMPTY, "", null);
    }
    String code = asciiUpperCase(stripped);
    String masked = Masking.maskInvalid(code, VISIBLE_PREFIX, 0);
    if (code.length() != LENGTH) {
      return ParseResult.invalid(
          KIND,
          IdentifierProblem.WRONG_LENGTH,
          masked,
          code.length() + " characters, expected " + LENGTH);
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return ParseResult.invalid(
            KIND, IdentifierProblem.INVALID_CHARACTER, masked, "character " + (i + 1));
      }
    }
    for (int i = 2; i < 8; i++) {
      if (!Masking.isAsciiDigit(code.charAt(i))) {
        return ParseResult.invalid(
            KIND,
            IdentifierProblem.INVALID_REGION,
            masked,
            "character " + (i + 1) + " not a digit");
      }
    }
    if (checkCharacter(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
      return ParseResult.invalid(KIND, IdentifierProblem.CHECKSUM_MISMATCH, masked, null);
    }
    return ParseResult.valid(new SocialCreditCode(code));
  }

  /**
   * A fast check of the form only: 18 characters of {@link #ALPHABET} (either case), digits in
   * positions 3 to 8, ignoring surrounding white space. It does not check the check character.
   *
   * @param text the text to check; {@code null} gives {@code false}
   * @return whether the text has the form of a credit code
   */
  public static boolean isWellFormed(String text) {
    if (text == null) {
      return false;
    }
    String code = asciiUpperCase(text.strip());
    if (code.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = code.charAt(i);
      boolean ok = (i >= 2 && i < 8) ? Masking.isAsciiDigit(c) : ALPHABET.indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Computes the check character of GB 32100: {@code ALPHABET[(31 - S mod 31) mod 31]}, where
   * {@code S} is the sum of the character values weighted by {@code 3^i mod 31}.
   *
   * @param first17 the first 17 characters of a code, upper case, from {@link #ALPHABET}
   * @return the check character
   * @throws IllegalArgumentException when the text is not 17 characters of the alphabet
   */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("the check character needs exactly 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      int digit = ALPHABET.indexOf(first17.charAt(i));
      if (digit < 0) {
        throw new IllegalArgumentException(
            "character " + (i + 1) + " is not in the credit-code alphabet");
      }
      sum += digit * WEIGHTS[i];
    }
    return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
  }

  /**
   * Computes the check character of a GB 11714 organization code: with the values 0–9 for digits
   * and 10–35 for the letters A–Z and the weights {@code [3, 7, 9, 10, 5, 8, 4, 2]}, {@code r = 11
   * - S mod 11}; {@code r = 10} gives {@code X} and {@code r = 11} gives {@code 0}.
   *
   * @param first8 the first 8 characters of an organization code: digits and upper-case letters
   * @return the check character, {@code 0}–{@code 9} or {@code X}
   * @throws IllegalArgumentException when the text is not 8 digits or upper-case letters
   */
  public static char organizationCodeCheckCharacter(String first8) {
    if (first8 == null || first8.length() != ORGANIZATION_WEIGHTS.length) {
      throw new IllegalArgumentException("the organization check character needs 8 characters");
    }
    int sum = 0;
    for (int i = 0; i < ORGANIZATION_WEIGHTS.length; i++) {
      char c = first8.charAt(i);
      int digit;
      if (Masking.isAsciiDigit(c)) {
        digit = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        digit = c - 'A' + 10;
      } else {
        throw new IllegalArgumentException(
            "character " + (i + 1) + " of an organization code must be a digit or A-Z");
      }
      sum += digit * ORGANIZATION_WEIGHTS[i];
    }
    int r = 11 - sum % 11;
    if (r == 10) {
      return 'X';
    }
    return r == 11 ? '0' : (char) ('0' + r);
  }

  private static String asciiUpperCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - 'a' + 'A');
      }
    }
    return new String(chars);
  }

  /** The full 18-character code, upper case. */
  public String value() {
    return value;
  }

  /** The registration authority (登记管理部门码), the first character; {@code 9} for market regulation. */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /**
   * The category of organization (机构类别码), the second character; its meaning depends on the
   * registration authority, for example {@code 1} for an enterprise under authority {@code 9}.
   */
  public char category() {
    return value.charAt(1);
  }

  /** The 6-digit GB/T 2260 region code of the registering office (characters 3 to 8). */
  public String regionCode() {
    return value.substring(2, 8);
  }

  /** The 9-character GB 11714 organization code (主体标识码, characters 9 to 17), with its own check. */
  public String organizationCode() {
    return value.substring(8, 17);
  }

  /**
   * Whether the embedded organization code passes its own GB 11714 check (see {@link
   * #organizationCodeCheckCharacter(String)}). A failure is only a warning: the credit code is
   * valid without it, and some legacy codes do not comply.
   */
  public boolean hasValidOrganizationCode() {
    String organization = organizationCode();
    return organizationCodeCheckCharacter(organization.substring(0, 8)) == organization.charAt(8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SocialCreditCode that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  /** The full code: a credit code is not personal information. */
  @Override
  public String toString() {
    return value;
  }
}
