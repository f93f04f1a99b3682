package org.dangjian.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ParseResultTest {

  @Test
  void validResult() {
    ParseResult<String> result = ParseResult.valid("value");
    assertThat(result.isValid()).isTrue();
    assertThat(result.value()).contains("value");
    assertThat(result.problem()).isEmpty();
    assertThat(result.detail()).isEmpty();
    assertThat(result.orElseThrow()).isEqualTo("value");
    assertThat(result).isEqualTo(ParseResult.valid("value"));
    assertThat(result).hasSameHashCodeAs(ParseResult.valid("value"));
  }

  @Test
  void invalidResult() {
    ParseResult<String> result =
        ParseResult.invalid("thing", IdentifierProblem.WRONG_LENGTH, "12***", "5 characters");
    assertThat(result.isValid()).isFalse();
    assertThat(result.value()).isEmpty();
    assertThat(result.problem()).contains(IdentifierProblem.WRONG_LENGTH);
    assertThat(result.detail()).contains("5 characters");
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid thing '12***': the number has the wrong length (5 characters)");
    assertThat(result)
        .isEqualTo(
            ParseResult.invalid("thing", IdentifierProblem.WRONG_LENGTH, "12***", "5 characters"))
        .isNotEqualTo(ParseResult.invalid("thing", IdentifierProblem.EMPTY, "12***", null));
  }

  @Test
  void emptyInputHasNoQuotedText() {
    assertThatThrownBy(ParseResult.invalid("thing", IdentifierProblem.EMPTY, "", null)::orElseThrow)
        .hasMessage("invalid thing: the number is empty");
  }

  @Test
  void everyProblemHasBothMessages() {
    for (IdentifierProblem problem : IdentifierProblem.values()) {
      assertThat(problem.zh()).isNotBlank().matches(".*\\p{IsHan}.*");
      assertThat(problem.en()).isNotBlank().matches("[a-z0-9 ()-]+");
      assertThat(problem.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(problem.zh());
      assertThat(problem.message(Locale.CHINESE)).isEqualTo(problem.zh());
      assertThat(problem.message(Locale.ENGLISH)).isEqualTo(problem.en());
      assertThat(problem.message(null)).isEqualTo(problem.en());
    }
  }

  @Test
  void maskingRevealsLittle() {
    assertThat(Masking.maskInvalid("110105194912310021", 2, 0)).isEqualTo("11****************");
    assertThat(Masking.maskInvalid("12345", 2, 0)).isEqualTo("*****");
    assertThat(Masking.maskInvalid("1380013800", 3, 4)).isEqualTo("138*******");
    assertThat(Masking.maskInvalid("1234567890123456", 3, 4)).isEqualTo("123*********3456");
    assertThat(Masking.maskInvalid("1+" + "9".repeat(40), 2, 0))
        .isEqualTo("1*" + "*".repeat(24) + "…");
  }
}
