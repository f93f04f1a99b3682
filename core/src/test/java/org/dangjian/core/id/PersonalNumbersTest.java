package org.dangjian.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalNumbersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "320106195410111207|32****************",
        "Unrecognized token 'ID320106195410111207': was expecting|Unrecognized token 'ID32****************': was expecting",
        "/idNumber320106195410111207,|/idNumber32****************,",
        "[\"320106195410111207\"]|[\"32****************\"]",
        "{\"p\":\"18938905777\"}|{\"p\":\"189****5777\"}",
        "tel 8618938905777.|tel 86189****5777.",
        "11010519491231002x|11****************",
        // wrong check character but a birth date: still masked
        "320106195410111208|32****************",
        // legacy 15-digit number
        "110105491231002|11*************",
        // an ID inside a longer digit run
        "9320106195410111207|93****************",
        "a18938905777b|a189****5777b",
      })
  void masksNumbersAnywhere(String text, String expected) {
    assertThat(PersonalNumbers.scrub(text)).isEqualTo(expected);
    assertThat(PersonalNumbers.containsPersonalNumber(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mem-000104",
        "2024-01-31",
        "12345678901",
        "189389057771",
        "1893890577",
        "amount 1234.56",
        "123456789012345678",
        "org-00000000000000000001",
        "",
      })
  void leavesOtherTextAlone(String text) {
    assertThat(PersonalNumbers.scrub(text)).isSameAs(text);
    assertThat(PersonalNumbers.containsPersonalNumber(text)).isFalse();
  }

  @Test
  void nullStaysNull() {
    assertThat(PersonalNumbers.scrub(null)).isNull();
    assertThat(PersonalNumbers.containsPersonalNumber(null)).isFalse();
  }

  @Test
  void maskEqualsTheFieldMask() {
    ResidentIdNumber id = ResidentIdNumber.parse("320106195410111207").orElseThrow();
    assertThat(PersonalNumbers.scrub(id.value())).isEqualTo(id.masked());
    MobileNumber phone = MobileNumber.parse("18938905777").orElseThrow();
    assertThat(PersonalNumbers.scrub(phone.value())).isEqualTo(phone.masked());
  }
}
