package org.dangjian.io.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.dangjian.io.Roster;
import org.junit.jupiter.api.Test;

/**
 * {@link RosterMapping}: the JSON form names fields by constant, header or English header, and a
 * mapping that cannot be used is refused with every problem at its JSON pointer, in one pass.
 */
class RosterMappingTest {

  @Test
  void theJsonFormReadsEveryPart() {
    RosterMapping mapping =
        RosterMapping.parse(
            """
            {"roster": "党员花名册", "sheet": "名册", "headerRow": 3, "dataRow": 5,
             "columns": {"AB": "GENDER", "生日": "出生日期", "D": "idNumber"},
             "values": {"性别": {" 1 ": "男"}},
             "defaults": {"STAGE": "正式党员"},
             "datePatterns": ["dd/MM/yyyy"]}
            """,
            "m.json");

    assertThat(mapping.roster()).contains(Roster.MEMBERS);
    assertThat(mapping.sheet()).contains("名册");
    assertThat(mapping.headerRow()).isEqualTo(3);
    assertThat(mapping.dataRow()).isEqualTo(5);
    assertThat(mapping.columnsByLetter())
        .containsEntry(27, MemberColumn.GENDER)
        .containsEntry(3, MemberColumn.ID_NUMBER);
    assertThat(mapping.columnsByHeader()).containsEntry("生日", MemberColumn.BIRTH_DATE);
    assertThat(mapping.mapValue(MemberColumn.GENDER, "1")).isEqualTo("男");
    assertThat(mapping.mapValue(MemberColumn.GENDER, "2")).isEqualTo("2");
    assertThat(mapping.defaults()).containsEntry(MemberColumn.STAGE, "正式党员");
    assertThat(mapping.date("05/06/1985")).contains(LocalDate.of(1985, 6, 5));
    assertThat(mapping.appliesTo("名册")).isTrue();
    assertThat(mapping.appliesTo("说明")).isFalse();
  }

  @Test
  void everyProblemOfAMappingIsNamedAtItsPointer() {
    RosterMapping.InvalidMappingException e =
        catchThrowableOfType(
            RosterMapping.InvalidMappingException.class,
            () ->
                RosterMapping.parse(
                    """
                    {"header": 1, "headerRow": -2,
                     "columns": {"B": "爱好", "C/D": 7},
                     "values": {"性别": {"M": "男性公民"}},
                     "defaults": {"出生日期": "明天"},
                     "datePatterns": ["yyyy-bb"]}
                    """,
                    "bad.json"));

    assertThat(e.problems())
        .hasSize(7)
        .allMatch(p -> p.startsWith("bad.json: /"))
        .anyMatch(p -> p.startsWith("bad.json: /header: unknown key"))
        .anyMatch(p -> p.startsWith("bad.json: /headerRow: must be a row number"))
        .anyMatch(p -> p.startsWith("bad.json: /columns/B: unknown field \"爱好\""))
        .anyMatch(p -> p.startsWith("bad.json: /columns/C~1D: must name a field"))
        .anyMatch(p -> p.startsWith("bad.json: /values/性别/M: \"男性公民\" is not a value of gender"))
        .anyMatch(p -> p.startsWith("bad.json: /defaults/出生日期: \"明天\" is not a value"))
        .anyMatch(p -> p.startsWith("bad.json: /datePatterns/0: not a date pattern"));
    assertThat(e.getMessage()).contains("/columns/B").contains("/defaults/出生日期");
  }

  @Test
  void textThatIsNotJsonIsNamedByLineAndColumn() {
    assertThatThrownBy(() -> RosterMapping.parse("{\n  \"headerRow\": 2,\n  oops }", "x.json"))
        .isInstanceOf(RosterMapping.InvalidMappingException.class)
        .hasMessageStartingWith("x.json: line 3 column")
        .hasMessageContaining("not JSON");
  }

  @Test
  void columnLettersAreOneToThreeCapitals() {
    assertThat(RosterMapping.letterIndex("A")).isZero();
    assertThat(RosterMapping.letterIndex("AB")).isEqualTo(27);
    assertThat(RosterMapping.letterIndex("性别")).isEqualTo(-1);
    assertThat(RosterMapping.letterIndex("Name")).isEqualTo(-1);
  }
}
