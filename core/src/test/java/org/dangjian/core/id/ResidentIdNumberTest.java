package org.dangjian.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dangjian.core.code.Gender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

  private static final String[] VALID = {
    "11010519491231002X",
    "440524188001010014",
    "110101199003070011",
    "310115200002290021",
    "440303198511111233",
  };

  private static ResidentIdNumber valid(String text) {
    return ResidentIdNumber.parse(text, TODAY).orElseThrow();
  }

  private static IdentifierProblem problemOf(String text) {
    ParseResult<ResidentIdNumber> result = ResidentIdNumber.parse(text, TODAY);
    assertThat(result.isValid()).as("valid").isFalse();
    return result.problem().orElseThrow();
  }

  /** The valid test values of docs/regulations.md, GB 11643 check character. */
  @ParameterizedTest
  @CsvSource({
    "11010519491231002X, 11010519491231002X, FEMALE, 1949-12-31",
    "11010519491231002x, 11010519491231002X, FEMALE, 1949-12-31",
    "440524188001010014, 440524188001010014, MALE, 1880-01-01",
    "110101199003070011, 110101199003070011, MALE, 1990-03-07",
    "310115200002290021, 310115200002290021, FEMALE, 2000-02-29",
    "440303198511111233, 440303198511111233, MALE, 1985-11-11",
  })
  void rulesTableValidRows(String text, String normalized, Gender gender, LocalDate birthDate) {
    ParseResult<ResidentIdNumber> result = ResidentIdNumber.parse(text, TODAY);
    assertThat(result.isValid()).isTrue();
    assertThat(result.problem()).isEmpty();
    ResidentIdNumber id = result.orElseThrow();
    assertThat(id.value()).isEqualTo(normalized);
    assertThat(id.gender()).isEqualTo(gender);
    assertThat(id.birthDate()).isEqualTo(birthDate);
    assertThat(id.regionCode()).isEqualTo(normalized.substring(0, 6));
    assertThat(id.provinceCode()).isEqualTo(normalized.substring(0, 2));
    assertThat(ResidentIdNumber.isWellFormed(text)).isTrue();
  }

  /** The invalid test values of docs/regulations.md, GB 11643 check character. */
  @ParameterizedTest
  @CsvSource({
    "110105194912310021, CHECKSUM_MISMATCH",
    "11010519491231003X, CHECKSUM_MISMATCH",
    "110105194902300029, INVALID_DATE",
  })
  void rulesTableInvalidRows(String text, IdentifierProblem expected) {
    assertThat(problemOf(text)).isEqualTo(expected);
  }

  @Test
  void workedExamples() {
    assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(ResidentIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    ResidentIdNumber first = valid("11010519491231002X");
    assertThat(first.gender()).isEqualTo(Gender.FEMALE);
    assertThat(first.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    ResidentIdNumber second = valid("440524188001010014");
    assertThat(second.gender()).isEqualTo(Gender.MALE);
    assertThat(second.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
  }

  @Test
  void everySingleCharacterSubstitutionIsRejected() {
    String alphabet = "0123456789X";
    int rejected = 0;
    for (String number : VALID) {
      assertThat(ResidentIdNumber.parse(number, TODAY).isValid()).as(number).isTrue();
      for (int position = 0; position < ResidentIdNumber.LENGTH; position++) {
        for (int k = 0; k < alphabet.length(); k++) {
          char replacement = alphabet.charAt(k);
          if (replacement == number.charAt(position)) {
            continue;
          }
          String changed =
              number.substring(0, position) + replacement + number.substring(position + 1);
          assertThat(ResidentIdNumber.parse(changed, TODAY).isValid())
              .as("%s at position %d", replacement, position + 1)
              .isFalse();
          rejected++;
        }
      }
    }
    assertThat(rejected).isEqualTo(VALID.length * ResidentIdNumber.LENGTH * 10);
  }

  @Test
  void substitutionsOfTheCheckCharacterGiveChecksumMismatch() {
    String number = "440303198511111233";
    for (char c : "012456789X".toCharArray()) {
      assertThat(problemOf(number.substring(0, 17) + c))
          .isEqualTo(IdentifierProblem.CHECKSUM_MISMATCH);
    }
  }

  @Test
  void leapDays() {
    String leap2000 = "31011520000229002";
    assertThat(valid(leap2000 + ResidentIdNumber.checkCharacter(leap2000)).birthDate())
        .isEqualTo(LocalDate.of(2000, 2, 29));
    String notLeap1900 = "31011519000229002";
    assertThat(problemOf(notLeap1900 + ResidentIdNumber.checkCharacter(notLeap1900)))
        .isEqualTo(IdentifierProblem.INVALID_DATE);
    String notLeap2001 = "31011520010229002";
    assertThat(problemOf(notLeap2001 + ResidentIdNumber.checkCharacter(notLeap2001)))
        .isEqualTo(IdentifierProblem.INVALID_DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20001301", "20000001", "20000100", "20000431", "17991231"})
  void impossibleDatesAreRejected(String date) {
    String first17 = "110105" + date + "002";
    assertThat(problemOf(first17 + ResidentIdNumber.checkCharacter(first17)))
        .isEqualTo(IdentifierProblem.INVALID_DATE);
  }

  @Test
  void futureBirthDateIsRejectedWithAFixedClock() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    ResidentIdNumber today = ResidentIdNumber.of("110105", LocalDate.of(2026, 1, 15), 12);
    ResidentIdNumber tomorrow = ResidentIdNumber.of("110105", LocalDate.of(2026, 1, 16), 12);
    assertThat(ResidentIdNumber.parse(today.value(), clock).isValid()).isTrue();
    assertThat(ResidentIdNumber.parse(tomorrow.value(), clock).problem())
        .contains(IdentifierProblem.FUTURE_DATE);
    assertThat(ResidentIdNumber.parse(tomorrow.value(), LocalDate.of(2026, 1, 16)).isValid())
        .isTrue();
  }

  @Test
  void defaultParseUsesTheCurrentDate() {
    assertThat(ResidentIdNumber.parse("11010519491231002X").isValid()).isTrue();
    ResidentIdNumber farFuture = ResidentIdNumber.of("110105", LocalDate.of(9999, 1, 1), 1);
    assertThat(ResidentIdNumber.parse(farFuture.value()).problem())
        .contains(IdentifierProblem.FUTURE_DATE);
  }

  @Test
  void fifteenDigitLegacyNumbersAreUpgraded() {
    assertThat(ResidentIdNumber.upgrade("110105491231002")).isEqualTo("11010519491231002X");
    assertThat(ResidentIdNumber.upgrade("440524800101001"))
        .isEqualTo("44052419800101001" + ResidentIdNumber.checkCharacter("44052419800101001"));
    ResidentIdNumber upgraded = valid("110105491231002");
    assertThat(upgraded).isEqualTo(valid("11010519491231002X"));
    assertThat(upgraded.value()).isEqualTo("11010519491231002X");
    assertThat(upgraded.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(upgraded.gender()).isEqualTo(Gender.FEMALE);
    assertThat(ResidentIdNumber.isWellFormed("110105491231002")).isTrue();
    assertThat(problemOf("110105490230002")).isEqualTo(IdentifierProblem.INVALID_DATE);
    assertThat(problemOf("990105491231002")).isEqualTo(IdentifierProblem.INVALID_REGION);
    assertThat(problemOf("11010549123100X")).isEqualTo(IdentifierProblem.INVALID_CHARACTER);
    assertThatThrownBy(() -> ResidentIdNumber.upgrade("11010519491231002X"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("11010519491231002X");
    assertThatThrownBy(() -> ResidentIdNumber.upgrade("11010549123100a"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\u3000", "\t\n"})
  void emptyInput(String text) {
    assertThat(problemOf(text)).isEqualTo(IdentifierProblem.EMPTY);
    assertThat(ResidentIdNumber.isWellFormed(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "1101051949123100, WRONG_LENGTH",
    "11010519491231002X1, WRONG_LENGTH",
    "1, WRONG_LENGTH",
    "11010519491231002Y, INVALID_CHARACTER",
    "1101051949123100X2, INVALID_CHARACTER",
    "X10105194912310020, INVALID_CHARACTER",
    "11010519491231００2X, INVALID_CHARACTER",
    "110105-9491231002X, INVALID_CHARACTER",
  })
  void malformedInput(String text, IdentifierProblem expected) {
    assertThat(problemOf(text)).isEqualTo(expected);
    assertThat(ResidentIdNumber.isWellFormed(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"001234", "101234", "160000", "470000", "720000", "840000", "910000"})
  void unknownProvinceCodesAreRejected(String region) {
    String first17 = region + "19900307001";
    assertThat(problemOf(first17 + ResidentIdNumber.checkCharacter(first17)))
        .isEqualTo(IdentifierProblem.INVALID_REGION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"810000", "820000", "830000", "710000", "650102", "110105"})
  void residencePermitAndProvincePrefixesAreAccepted(String region) {
    assertThat(ResidentIdNumber.of(region, LocalDate.of(1990, 3, 7), 1).value()).startsWith(region);
    String first17 = region + "19900307001";
    assertThat(ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17), TODAY))
        .matches(ParseResult::isValid);
  }

  @Test
  void surroundingWhiteSpaceIsIgnored() {
    assertThat(valid(" 11010519491231002x\u3000").value()).isEqualTo("11010519491231002X");
  }

  @Test
  void factoryBuildsValidNumbers() {
    ResidentIdNumber built = ResidentIdNumber.of("110105", LocalDate.of(1949, 12, 31), 2);
    assertThat(built.value()).isEqualTo("11010519491231002X");
    assertThat(built).isEqualTo(valid("11010519491231002X"));
    assertThat(built.hashCode()).isEqualTo(valid("11010519491231002x").hashCode());
    assertThat(ResidentIdNumber.of("440524", LocalDate.of(1880, 1, 1), 1).value())
        .isEqualTo("440524188001010014");
    assertThat(ResidentIdNumber.of("310115", LocalDate.of(2000, 2, 29), 2).gender())
        .isEqualTo(Gender.FEMALE);
    assertThatThrownBy(() -> ResidentIdNumber.of("990105", LocalDate.of(1990, 1, 1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidentIdNumber.of("11010", LocalDate.of(1990, 1, 1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidentIdNumber.of("110105", LocalDate.of(1990, 1, 1), 1000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidentIdNumber.of("110105", LocalDate.of(1799, 1, 1), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkCharacterRejectsBadInputWithoutEchoingIt() {
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("1101051949123100");
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100A"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidentIdNumber.checkCharacter(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void maskedFormShowsOnlyTheProvince() {
    for (String number : VALID) {
      ResidentIdNumber id = valid(number);
      assertThat(id.masked()).isEqualTo(number.substring(0, 2) + "*".repeat(16));
      assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain(number);
      assertThat(ResidentIdNumber.parse(number, TODAY).toString()).doesNotContain(number);
    }
    assertThat(valid("11010519491231002X").toString()).isEqualTo("11****************");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "110105194912310021",
        "11010519491231003X",
        "110105194902300029",
        "990105194912310021",
        "11010519491231002Y",
        "1101051949123100",
        "11010519491231002X1234",
        "110105490230002",
        "this is not an ID number 11010519491231002X",
      })
  void exceptionMessagesNeverContainTheNumber(String text) {
    ParseResult<ResidentIdNumber> result = ResidentIdNumber.parse(text, TODAY);
    assertThat(result.isValid()).isFalse();
    String digits = text.replaceAll("[^0-9Xx]", "");
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(
            e -> {
              assertThat(e.getMessage()).doesNotContain(text).contains("resident ID number");
              assertThat(e.getMessage().replaceAll("[^0-9Xx]", ""))
                  .doesNotContain(digits.substring(2, Math.min(digits.length(), 10)));
            });
    assertThat(result.toString()).doesNotContain(text);
    assertThat(result.detail().orElse("")).doesNotContain(text);
  }

  @Test
  void invalidResultCarriesTheMaskedInput() {
    ParseResult<ResidentIdNumber> result = ResidentIdNumber.parse("110105194912310021", TODAY);
    if (!(result instanceof ParseResult.Invalid<ResidentIdNumber> invalid)) {
      throw new AssertionError("expected an invalid result");
    }
    assertThat(invalid.maskedInput()).isEqualTo("11****************");
    assertThat(invalid.reason()).isEqualTo(IdentifierProblem.CHECKSUM_MISMATCH);
    assertThatThrownBy(result::orElseThrow)
        .hasMessage(
            "invalid resident ID number '11****************': the check character does not match");
  }
}
