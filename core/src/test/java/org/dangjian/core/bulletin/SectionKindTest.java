package org.dangjian.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.Arrays;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Codes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionKindTest {

  @Test
  void canonicalOrder() {
    assertThat(SectionKind.values())
        .containsExactly(
            SectionKind.NATIONAL_NEWS,
            SectionKind.STATISTICS,
            SectionKind.GROUP_NEWS,
            SectionKind.GRASSROOTS_PARTY,
            SectionKind.GRASSROOTS_UNION,
            SectionKind.GRASSROOTS_LEAGUE,
            SectionKind.PRIORITIES,
            SectionKind.CUSTOM);
  }

  @Test
  void codesAndLabelsAreUnique() {
    assertThat(Arrays.stream(SectionKind.values()).map(CodedValue::code)).doesNotHaveDuplicates();
    assertThat(Arrays.stream(SectionKind.values()).map(CodedValue::label)).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @CsvSource({
    "党建要闻, NATIONAL_NEWS",
    "党建大数据, STATISTICS",
    "集团党群简讯, GROUP_NEWS",
    "基层党建动态, GRASSROOTS_PARTY",
    "基层工建动态, GRASSROOTS_UNION",
    "基层团建动态, GRASSROOTS_LEAGUE",
    "重点工作, PRIORITIES",
    "其他, CUSTOM",
    "04, GRASSROOTS_PARTY",
    "grassroots_union, GRASSROOTS_UNION",
  })
  void codesLookupAcceptsLabelCodeAndName(String text, SectionKind expected) {
    assertThat(Codes.lookup(SectionKind.class, text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "二月份重点工作, PRIORITIES",
    "3月份重点工作, PRIORITIES",
    "3月重点工作, PRIORITIES",
    "十二月份重点工作, PRIORITIES",
    "2024年3月份重点工作, PRIORITIES",
    "１２月重点工作, PRIORITIES",
    "重点工作, PRIORITIES",
    "基层党建动态, GRASSROOTS_PARTY",
    "【基层党建动态】, GRASSROOTS_PARTY",
    "【二月份重点工作】, PRIORITIES",
    "'  党建大数据\u3000', STATISTICS",
    "其他, CUSTOM",
  })
  void fromHeadingRecognizesPrintedHeadings(String heading, SectionKind expected) {
    assertThat(SectionKind.fromHeading(heading)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "学习园地",
        "十三月份重点工作",
        "13月重点工作",
        "0月重点工作",
        "二月份重点工作安排",
        "二月份",
        "04",
        "GRASSROOTS_PARTY",
        "【】",
        "【基层党建动态"
      })
  void fromHeadingLeavesOtherTextUnrecognized(String heading) {
    assertThat(SectionKind.fromHeading(heading)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void fromHeadingOfNothingIsEmpty(String heading) {
    assertThat(SectionKind.fromHeading(heading)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "二月份重点工作, FEBRUARY",
    "3月份重点工作, MARCH",
    "十一月重点工作, NOVEMBER",
    "十月份重点工作, OCTOBER",
    "【12月重点工作】, DECEMBER",
    "2025年一月份重点工作, JANUARY",
  })
  void prioritiesMonth(String heading, Month expected) {
    assertThat(SectionKind.prioritiesMonth(heading)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"重点工作", "基层党建动态", "十三月份重点工作", "二十月重点工作"})
  void prioritiesMonthNeedsAMonth(String heading) {
    assertThat(SectionKind.prioritiesMonth(heading)).isEmpty();
  }
}
