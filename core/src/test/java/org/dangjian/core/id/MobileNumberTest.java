package org.dangjian.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

  /** The valid examples of docs/regulations.md (mobile numbers) and other ways of writing them. */
  @ParameterizedTest
  @CsvSource({
    "13800138000, 13800138000",
    "19912345678, 19912345678",
    "+8613800138000, 13800138000",
    "8613800138000, 13800138000",
    "+86 138 0013 8000, 13800138000",
    "138-0013-8000, 13800138000",
    "0086 13800138000, 13800138000",
    "'\u3000138 0013 8000 ', 13800138000",
  })
  void validNumbers(String text, String normalized) {
    ParseResult<MobileNumber> result = MobileNumber.parse(text);
    assertThat(result.isValid()).as(text).isTrue();
    MobileNumber number = result.orElseThrow();
    assertThat(number.value()).isEqualTo(normalized);
    assertThat(MobileNumber.isWellFormed(text)).isTrue();
  }

  /** The invalid examples of docs/regulations.md (mobile numbers) and other failures. */
  @ParameterizedTest
  @CsvSource({
    "12345678901, INVALID_PREFIX",
    "1380013800, WRONG_LENGTH",
    "138001380001, WRONG_LENGTH",
    "23800138000, INVALID_PREFIX",
    "10800138000, INVALID_PREFIX",
    "+1 202 555 0123, INVALID_PREFIX",
    "1380013800O, INVALID_CHARACTER",
    "138.0013.8000, INVALID_CHARACTER",
    "+86 1380013800, WRONG_LENGTH",
  })
  void invalidNumbers(String text, IdentifierProblem expected) {
    ParseResult<MobileNumber> result = MobileNumber.parse(text);
    assertThat(result.problem()).as(text).contains(expected);
    assertThat(MobileNumber.isWellFormed(text)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "-", " - "})
  void emptyInput(String text) {
    assertThat(MobileNumber.parse(text).problem()).contains(IdentifierProblem.EMPTY);
  }

  @Test
  void everyAllowedSecondDigit() {
    for (char second = '3'; second <= '9'; second++) {
      assertThat(MobileNumber.isWellFormed("1" + second + "012345678")).isTrue();
    }
  }

  @Test
  void maskedFormIsThreePlusFour() {
    MobileNumber number = MobileNumber.parse("+86 138 0013 8000").orElseThrow();
    assertThat(number.masked()).isEqualTo("138****8000");
    assertThat(number.toString()).isEqualTo("138****8000").doesNotContain("13800138000");
    assertThat(MobileNumber.parse("13800138000").toString()).doesNotContain("13800138000");
    assertThat(number).isEqualTo(MobileNumber.parse("138-0013-8000").orElseThrow());
    assertThat(number).hasSameHashCodeAs(MobileNumber.parse("13800138000").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678901", "1380013800", "138001380001", "1380013800O"})
  void exceptionMessagesNeverContainTheNumber(String text) {
    ParseResult<MobileNumber> result = MobileNumber.parse(text);
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .contains("mobile number")
        .doesNotContain(text)
        .doesNotContain(text.substring(3, 10));
    assertThat(result.toString()).doesNotContain(text);
  }
}
