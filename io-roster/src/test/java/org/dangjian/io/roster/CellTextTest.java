package org.dangjian.io.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.io.roster.internal.CellText;
import org.dangjian.io.roster.internal.FormulaCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cell text shared by the CSV and XLSX rosters: dates, serial numbers, neutralization. */
class CellTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-05",
        "2024-3-5",
        "2024/3/5",
        "2024/03/05",
        "2024.03.05",
        "2024年3月5日",
        "45356",
        "45356.0"
      })
  void everyDateSpellingReadsTheSameDay(String text) {
    assertThat(CellText.date(text, false)).contains(LocalDate.of(2024, 3, 5));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-30",
        "2024-13-01",
        "24-3-5",
        "2024-03-05 10:00",
        "45356.5",
        "0",
        "60",
        "2958466",
        "三月五日",
        "2024年3月5"
      })
  void impossibleOrUnknownSpellingsReadNoDate(String text) {
    assertThat(CellText.date(text, false)).isEmpty();
  }

  @Test
  void serialNumbersHonourThe1900LeapYearBug() {
    assertThat(CellText.serialDate(1, false)).contains(LocalDate.of(1900, 1, 1));
    assertThat(CellText.serialDate(59, false)).contains(LocalDate.of(1900, 2, 28));
    assertThat(CellText.serialDate(60, false)).isEmpty();
    assertThat(CellText.serialDate(61, false)).contains(LocalDate.of(1900, 3, 1));
    assertThat(CellText.serialDate(2_958_465, false)).contains(LocalDate.of(9999, 12, 31));
    assertThat(CellText.serialDate(0, true)).contains(LocalDate.of(1904, 1, 1));
    assertThat(CellText.serialDate(45356 - 1462, true)).contains(LocalDate.of(2024, 3, 5));
    assertThat(CellText.serial(LocalDate.of(1900, 2, 28))).isEqualTo(59);
    assertThat(CellText.serial(LocalDate.of(1900, 3, 1))).isEqualTo(61);
    assertThat(CellText.serial(LocalDate.of(2024, 3, 5))).isEqualTo(45356);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+1",
        "+86 138",
        "-5",
        "@SUM(A1)",
        "\tx",
        "\rx",
        "\nx",
        "\0x",
        "'x",
        "''",
        "plain",
        "",
        "a=b"
      })
  void neutralizedTextReadsBackUnchanged(String value) {
    String written = FormulaCells.neutralize(value);
    assertThat(FormulaCells.isFormula(written)).isFalse();
    assertThat(FormulaCells.unneutralize(written)).isEqualTo(value);
  }

  @Test
  void onlyUnprotectedFormulaCharactersLookLikeFormulas() {
    assertThat(FormulaCells.isFormula("=HYPERLINK(\"x\")")).isTrue();
    assertThat(FormulaCells.isFormula("  +1")).isTrue();
    assertThat(FormulaCells.isFormula("'=1")).isFalse();
    assertThat(FormulaCells.unneutralize("'=1")).isEqualTo("=1");
    assertThat(FormulaCells.unneutralize("'abc")).isEqualTo("'abc");
    assertThat(CellText.wholeNumber("1.5")).isEqualTo(Optional.empty());
    assertThat(CellText.plainNumber("1.001E3")).isEqualTo("1001");
  }
}
