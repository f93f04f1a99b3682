package org.dangjian.io.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.dangjian.io.bulletin.internal.ChineseNumerals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({
    "一, 1",
    "十, 10",
    "十二, 12",
    "二十, 20",
    "六十二, 62",
    "一百, 100",
    "一百零五, 105",
    "一百三十四, 134",
    "两千零二十四, 2024",
    "二〇二四, 2024",
    "一万零一, 10001",
    "〇, 0"
  })
  void parsesPositionalAndDigitForms(String text, int value) {
    assertThat(ChineseNumerals.parse(text)).isEqualTo(OptionalInt.of(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "六二十", "十十", "百", "一百十", "62", "第六十二", "一二三四五六"})
  void rejectsWhatIsNotANumber(String text) {
    assertThat(ChineseNumerals.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"10, 十", "62, 六十二", "105, 一百零五", "1010, 一千零一十", "20000, 二万", "0, 〇"})
  void formatsPositionalForm(int value, String text) {
    assertThat(ChineseNumerals.format(value)).isEqualTo(text);
  }

  @Test
  void formatAndParseAgreeOnEveryIssueNumber() {
    for (int n = 0; n <= 99_999; n++) {
      assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).hasValue(n);
    }
  }
}
