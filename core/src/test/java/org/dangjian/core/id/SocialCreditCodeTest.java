package org.dangjian.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SocialCreditCodeTest {

  /** The valid test values of docs/regulations.md, GB 32100. */
  private static final String[] VALID = {
    "91350100M000100Y43",
    "914403001922038216",
    "91330100716105852F",
    "9144030071526726XG",
    "91110000802100433B",
    "91110108MA01ABCD5T",
    "913101151234567880",
    "91440300D2143569X7",
  };

  private static IdentifierProblem problemOf(String text) {
    ParseResult<SocialCreditCode> result = SocialCreditCode.parse(text);
    assertThat(result.isValid()).as("valid").isFalse();
    return result.problem().orElseThrow();
  }

  @Test
  void rulesTableValidRows() {
    for (String text : VALID) {
      ParseResult<SocialCreditCode> result = SocialCreditCode.parse(text);
      assertThat(result.isValid()).as(text).isTrue();
      SocialCreditCode code = result.orElseThrow();
      assertThat(code.value()).isEqualTo(text);
      assertThat(code.toString()).isEqualTo(text);
      assertThat(code.hasValidOrganizationCode()).as(text).isTrue();
      assertThat(SocialCreditCode.isWellFormed(text)).isTrue();
      assertThat(SocialCreditCode.checkCharacter(text.substring(0, 17))).isEqualTo(text.charAt(17));
    }
  }

  /** The invalid test values of docs/regulations.md, GB 32100. */
  @ParameterizedTest
  @CsvSource({
    "91350100M000100Y44, CHECKSUM_MISMATCH",
    "91350100M0O0100Y43, INVALID_CHARACTER",
  })
  void rulesTableInvalidRows(String text, IdentifierProblem expected) {
    assertThat(problemOf(text)).isEqualTo(expected);
  }

  @Test
  void workedExample() {
    SocialCreditCode code = SocialCreditCode.parse("91350100M000100Y43").orElseThrow();
    assertThat(code.registrationAuthority()).isEqualTo('9');
    assertThat(code.category()).isEqualTo('1');
    assertThat(code.regionCode()).isEqualTo("350100");
    assertThat(code.organizationCode()).isEqualTo("M000100Y4");
    assertThat(SocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    assertThat(SocialCreditCode.organizationCodeCheckCharacter("M000100Y")).isEqualTo('4');
    assertThat(SocialCreditCode.organizationCodeCheckCharacter("19220382")).isEqualTo('1');
    assertThat(SocialCreditCode.organizationCodeCheckCharacter("D2143569")).isEqualTo('X');
  }

  @Test
  void everySingleCharacterSubstitutionIsRejected() {
    int rejected = 0;
    for (String code : VALID) {
      for (int position = 0; position < SocialCreditCode.LENGTH; position++) {
        for (int k = 0; k < SocialCreditCode.ALPHABET.length(); k++) {
          char replacement = SocialCreditCode.ALPHABET.charAt(k);
          if (replacement == code.charAt(position)) {
            continue;
          }
          String changed = code.substring(0, position) + replacement + code.substring(position + 1);
          assertThat(SocialCreditCode.parse(changed).isValid())
              .as("%s at position %d of %s", replacement, position + 1, code)
              .isFalse();
          rejected++;
        }
      }
    }
    assertThat(rejected).isEqualTo(VALID.length * SocialCreditCode.LENGTH * 30);
  }

  @Test
  void lowerCaseIsNormalized() {
    SocialCreditCode code = SocialCreditCode.parse(" 91350100m000100y43\t").orElseThrow();
    assertThat(code.value()).isEqualTo("91350100M000100Y43");
    assertThat(code).isEqualTo(SocialCreditCode.parse("91350100M000100Y43").orElseThrow());
    assertThat(code.hashCode()).isEqualTo("91350100M000100Y43".hashCode());
    assertThat(SocialCreditCode.isWellFormed("91350100m000100y43")).isTrue();
  }

  @Test
  void organizationCodeFailureIsOnlyAWarning() {
    String first17 = "91350100M000100Y5";
    String text = first17 + SocialCreditCode.checkCharacter(first17);
    SocialCreditCode code = SocialCreditCode.parse(text).orElseThrow();
    assertThat(code.hasValidOrganizationCode()).isFalse();
  }

  @Test
  void regionCodeMustBeDigits() {
    String first17 = "91A50100M000100Y4";
    String text = first17 + SocialCreditCode.checkCharacter(first17);
    assertThat(problemOf(text)).isEqualTo(IdentifierProblem.INVALID_REGION);
    assertThat(SocialCreditCode.isWellFormed(text)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\u3000"})
  void emptyInput(String text) {
    assertThat(problemOf(text)).isEqualTo(IdentifierProblem.EMPTY);
    assertThat(SocialCreditCode.isWellFormed(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "91350100M000100Y4, WRONG_LENGTH",
    "91350100M000100Y433, WRONG_LENGTH",
    "91350100M000100I43, INVALID_CHARACTER",
    "91350100M000100Z43, INVALID_CHARACTER",
    "91350100M000100S43, INVALID_CHARACTER",
    "91350100M000100V43, INVALID_CHARACTER",
    "91350100M000-00Y43, INVALID_CHARACTER",
  })
  void malformedInput(String text, IdentifierProblem expected) {
    assertThat(problemOf(text)).isEqualTo(expected);
    assertThat(SocialCreditCode.isWellFormed(text)).isFalse();
  }

  @Test
  void checkCharacterRejectsBadInput() {
    assertThatThrownBy(() -> SocialCreditCode.checkCharacter("91350100M000100Y"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SocialCreditCode.checkCharacter("91350100M000100O4"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SocialCreditCode.organizationCodeCheckCharacter("m000100Y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"91350100M000100Y44", "91350100M0O0100Y43", "11010519491231002X", "9135010"})
  void exceptionMessagesNeverContainTheInput(String text) {
    ParseResult<SocialCreditCode> result = SocialCreditCode.parse(text);
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .contains("unified social credit code")
        .doesNotContain(text)
        .doesNotContain(text.substring(2));
    assertThat(result.toString()).doesNotContain(text);
  }
}
