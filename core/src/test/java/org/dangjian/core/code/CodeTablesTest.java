package org.dangjian.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodeTablesTest {

  static Stream<Class<? extends Enum<?>>> tables() {
    return Stream.of(
        Gender.class, Ethnicity.class, Education.class, EducationBand.class, Occupation.class);
  }

  @Test
  void lookupFindsEveryConstantByCodeNameAndLabel() {
    assertLookups(Gender.class);
    assertLookups(Ethnicity.class);
    assertLookups(Education.class);
    assertLookups(EducationBand.class);
    assertLookups(Occupation.class);
  }

  @ParameterizedTest
  @MethodSource("tables")
  void codesLabelsNamesAndAliasesAreUnambiguous(Class<? extends Enum<?>> table) {
    Map<String, CodedValue> seen = new HashMap<>();
    for (Enum<?> constant : table.getEnumConstants()) {
      CodedValue value = (CodedValue) constant;
      List<String> spellings = new ArrayList<>();
      spellings.add(value.code());
      spellings.add(value.label());
      spellings.add(value.name());
      if (value instanceof Aliased aliased) {
        spellings.addAll(aliased.aliases());
      }
      for (String spelling : new HashSet<>(spellings)) {
        CodedValue previous = seen.put(spelling, value);
        assertThat(previous).as("'%s' of %s", spelling, constant).isNull();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("tables")
  void aliasesAreFound(Class<? extends Enum<?>> table) {
    for (Enum<?> constant : table.getEnumConstants()) {
      if (constant instanceof Aliased aliased) {
        for (String alias : aliased.aliases()) {
          assertThat(lookup(table, alias)).as(alias).isSameAs(constant);
        }
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object lookup(Class<? extends Enum<?>> table, String text) {
    return Codes.lookup((Class) table, text).orElse(null);
  }

  private static <E extends Enum<E> & CodedValue> void assertLookups(Class<E> table) {
    for (E value : table.getEnumConstants()) {
      assertThat(Codes.lookup(table, value.code())).as(value.code()).contains(value);
      assertThat(Codes.lookup(table, value.name())).contains(value);
      assertThat(Codes.lookup(table, value.name().toLowerCase(Locale.ROOT))).contains(value);
      assertThat(Codes.lookup(table, value.label())).as(value.label()).contains(value);
      assertThat(Codes.lookup(table, "\u3000" + value.label() + " ")).contains(value);
      assertThat(Codes.require(table, value.code())).isSameAs(value);
    }
    assertThat(Codes.lookup(table, "no such value")).isEmpty();
  }

  @Test
  void genderFollowsGbt22611() {
    assertThat(Gender.values())
        .extracting(Gender::code, Gender::label)
        .containsExactly(
            tuple("0", "未知的性别"), tuple("1", "男"), tuple("2", "女"), tuple("9", "未说明的性别"));
    assertThat(Codes.lookup(Gender.class, "男性")).contains(Gender.MALE);
    assertThat(Codes.lookup(Gender.class, "女性")).contains(Gender.FEMALE);
    assertThat(Gender.MALE.isKnown()).isTrue();
    assertThat(Gender.UNSTATED.isKnown()).isFalse();
  }

  @Test
  void ethnicTableHas56StandardGroupsWithUniqueCodesLabelsAndAlphaCodes() {
    List<Ethnicity> standard = Stream.of(Ethnicity.values()).filter(Ethnicity::isStandard).toList();
    assertThat(standard).hasSize(56);
    assertThat(standard.stream().map(Ethnicity::code).distinct()).hasSize(56);
    assertThat(standard.stream().map(Ethnicity::label).distinct()).hasSize(56);
    assertThat(standard.stream().map(Ethnicity::alphaCode).distinct()).hasSize(56);
    for (int i = 0; i < standard.size(); i++) {
      Ethnicity group = standard.get(i);
      assertThat(group.code()).isEqualTo(String.format(Locale.ROOT, "%02d", i + 1));
      assertThat(group.alphaCode()).matches("[A-Z]{2}");
      assertThat(group.label()).endsWith("族");
    }
    assertThat(EnumSet.complementOf(EnumSet.copyOf(standard)))
        .containsExactlyInAnyOrder(Ethnicity.OTHER, Ethnicity.FOREIGN_ORIGIN);
  }

  @Test
  void ethnicTableMatchesRulesSpotChecks() {
    // Code, label, alpha code, as in RULES.md §5.5.
    String[][] rows = {
      {"01", "汉族", "HA"},
      {"04", "藏族", "ZA"},
      {"10", "朝鲜族", "CS"},
      {"15", "土家族", "TJ"},
      {"21", "佤族", "VA"},
      {"29", "柯尔克孜族", "KG"},
      {"38", "锡伯族", "XB"},
      {"44", "俄罗斯族", "RS"},
      {"49", "京族", "GI"},
      {"52", "鄂伦春族", "OR"},
      {"56", "基诺族", "JN"},
    };
    for (String[] row : rows) {
      Ethnicity group = Codes.require(Ethnicity.class, row[0]);
      assertThat(group.label()).isEqualTo(row[1]);
      assertThat(group.alphaCode()).isEqualTo(row[2]);
      assertThat(Codes.lookup(Ethnicity.class, row[2])).contains(group);
      assertThat(Codes.lookup(Ethnicity.class, row[1].substring(0, row[1].length() - 1)))
          .contains(group);
    }
    assertThat(Codes.lookup(Ethnicity.class, "汉")).contains(Ethnicity.HAN);
    assertThat(Codes.lookup(Ethnicity.class, "1")).contains(Ethnicity.HAN);
    assertThat(Codes.lookup(Ethnicity.class, "土")).contains(Ethnicity.TU);
    assertThat(Codes.lookup(Ethnicity.class, "土家")).contains(Ethnicity.TUJIA);
    assertThat(Codes.lookup(Ethnicity.class, "Zang")).contains(Ethnicity.ZANG);
  }

  @Test
  void minoritiesAreTheStandardGroupsExceptHan() {
    assertThat(Ethnicity.HAN.isMinority()).isFalse();
    assertThat(Ethnicity.OTHER.isMinority()).isFalse();
    assertThat(Ethnicity.FOREIGN_ORIGIN.isMinority()).isFalse();
    assertThat(Ethnicity.OTHER.isStandard()).isFalse();
    assertThat(Ethnicity.FOREIGN_ORIGIN.code()).isEqualTo("98");
    assertThat(Ethnicity.OTHER.alphaCode()).isEmpty();
    assertThat(Stream.of(Ethnicity.values()).filter(Ethnicity::isMinority)).hasSize(55);
  }

  @Test
  void educationHasEveryCodeOfGbt4658() {
    // RULES.md §5.7, every row.
    Map<String, String> table = new HashMap<>();
    String[] rows = {
      "10 研究生教育", "11 博士研究生毕业", "12 博士研究生结业", "13 博士研究生肄业", "14 硕士研究生毕业", "15 硕士研究生结业",
      "16 硕士研究生肄业", "17 研究生班毕业", "18 研究生班结业", "19 研究生班肄业", "20 大学本科教育", "21 大学本科毕业",
      "22 大学本科结业", "23 大学本科肄业", "28 大学普通班毕业", "30 专科教育", "31 大学专科毕业", "32 大学专科结业",
      "33 大学专科肄业", "40 中等职业教育", "41 中等专科毕业", "42 中等专科结业", "43 中等专科肄业", "44 职业高中毕业",
      "45 职业高中结业", "46 职业高中肄业", "47 技工学校毕业", "48 技工学校结业", "49 技工学校肄业", "60 普通高级中学教育",
      "61 普通高中毕业", "62 普通高中结业", "63 普通高中肄业", "70 初级中学教育", "71 初中毕业", "72 初中肄业",
      "80 小学教育", "81 小学毕业", "82 小学肄业", "90 其他",
    };
    for (String row : rows) {
      String[] parts = row.split(" ", 2);
      table.put(parts[0], parts[1]);
    }
    assertThat(Education.values()).hasSize(table.size());
    for (Education education : Education.values()) {
      assertThat(table).containsEntry(education.code(), education.label());
    }
  }

  @Test
  void educationBands() {
    for (Education education : Education.values()) {
      int code = Integer.parseInt(education.code());
      assertThat(education.isCollegeOrAbove()).as(education.code()).isEqualTo(code <= 33);
      EducationBand expected;
      if (code < 20) {
        expected = EducationBand.POSTGRADUATE;
      } else if (code < 30) {
        expected = EducationBand.UNDERGRADUATE;
      } else if (code < 40) {
        expected = EducationBand.JUNIOR_COLLEGE;
      } else if (code <= 43) {
        expected = EducationBand.SECONDARY_SPECIALIZED;
      } else if (code <= 63) {
        expected = EducationBand.HIGH_SCHOOL;
      } else {
        expected = EducationBand.JUNIOR_HIGH_OR_BELOW;
      }
      assertThat(education.band()).as(education.code()).isEqualTo(expected);
    }
    assertThat(Education.OTHER.band()).isEqualTo(EducationBand.JUNIOR_HIGH_OR_BELOW);
    assertThat(Education.SECONDARY_VOCATIONAL.band())
        .isEqualTo(EducationBand.SECONDARY_SPECIALIZED);
    assertThat(Education.TECHNICAL_SCHOOL_INCOMPLETE.band()).isEqualTo(EducationBand.HIGH_SCHOOL);
    assertThat(Codes.lookup(Education.class, "本科")).contains(Education.UNDERGRADUATE);
    assertThat(Codes.lookup(Education.class, "大专")).contains(Education.JUNIOR_COLLEGE);
    assertThat(Stream.of(EducationBand.values()).filter(EducationBand::isCollegeOrAbove))
        .containsExactly(
            EducationBand.POSTGRADUATE, EducationBand.UNDERGRADUATE, EducationBand.JUNIOR_COLLEGE);
    assertThat(EducationBand.HIGH_SCHOOL.label()).isEqualTo("高中、中技");
  }

  @Test
  void occupationsAreTheEightBulletinCategories() {
    assertThat(Occupation.values())
        .extracting(Occupation::code)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    assertThat(Occupation.values())
        .extracting(Occupation::label)
        .containsExactly(
            "工人（工勤技能人员）",
            "农牧渔民",
            "企事业单位、社会组织专业技术人员",
            "企事业单位、社会组织管理人员",
            "党政机关工作人员",
            "学生",
            "其他职业人员",
            "离退休人员");
    assertThat(Codes.lookup(Occupation.class, "企事业单位·社会组织管理人员")).contains(Occupation.MANAGER);
    Set<String> labels = new HashSet<>();
    for (Occupation occupation : Occupation.values()) {
      assertThat(labels.add(occupation.label())).isTrue();
    }
  }
}
