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

  /** Issue 12: numbers split by spaces or hyphens are found and masked, separators kept. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "320106 19541011 1207|32**** ******** ****",
        "3201 0619 5410 1112 07|32** **** **** **** **",
        "身份证 320106-19541011-1207。|身份证 32****-********-****。",
        "11010519491231002 X|11010519491231002 X",
        "110105 19491231 002x|11**** ******** ****",
        "189-3890-5777|189-****-5777",
        "189 3890 5777|189 **** 5777",
        "+86 189 3890 5777|+86 189 **** 5777",
        "tel: 2024 189 3890 5777 ok|tel: 2024 189 **** 5777 ok",
        "a 189 3890 5777|a 189 **** 5777",
        "18938905777 1234|189****5777 1234",
      })
  void masksNumbersWrittenInParts(String text, String expected) {
    assertThat(PersonalNumbers.scrub(text)).isEqualTo(expected);
    assertThat(PersonalNumbers.containsPersonalNumber(text)).isEqualTo(!expected.equals(text));
  }

  /** Parts that are not a valid ID (checksum, date) nor a mobile number stay as they are. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-31",
        "2024-01-31 12:00",
        "320106 19541011 1208",
        "320106 19541311 1207",
        "129-3890-5777",
        "189-3890-577",
        "1 8 9 3 8 9 0 5 7 7 7",
        "mem-000104-0001",
        "010-8888-8888",
        "+86 10 8888 8888",
      })
  void leavesOtherPartsAlone(String text) {
    assertThat(PersonalNumbers.scrub(text)).isSameAs(text);
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
