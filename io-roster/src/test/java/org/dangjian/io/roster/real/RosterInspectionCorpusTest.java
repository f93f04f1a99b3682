package org.dangjian.io.roster.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.Imports;
import org.dangjian.io.roster.MemberColumn;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.RosterInspection;
import org.dangjian.io.roster.RosterInspection.Sheet;
import org.dangjian.io.roster.RosterInspection.SkipReason;
import org.dangjian.io.roster.RosterInspector;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * {@link RosterInspector} on every file of the corpus of real-world rosters shows the layout the
 * import actually used: the header row of each sheet is where the reader's {@code IO-LAYOUT} issue
 * stands, a sheet the reader did not read is not a roster, the data rows are the records read (less
 * the placeholder organizations), the cell of every expected error at a cell lies in the column the
 * inspection maps to the field the error is about, and no full ID or mobile number appears in the
 * inspection.
 */
class RosterInspectionCorpusTest {

  private static final Map<String, RosterColumn> FIELD_OF_CODE =
      Map.of(
          "IO-ID-AS-NUMBER", MemberColumn.ID_NUMBER,
          "ID-CHECKSUM", MemberColumn.ID_NUMBER,
          "PHONE-FORMAT", MemberColumn.PHONE,
          "IO-ORG-AMBIGUOUS", MemberColumn.ORGANIZATION_ID,
          "ID-BIRTH", MemberColumn.BIRTH_DATE,
          "ID-GENDER", MemberColumn.GENDER);

  static List<org.junit.jupiter.params.provider.Arguments> corpus() throws Exception {
    return RealRosterCorpusTest.corpus().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void theInspectionShowsTheLayoutTheImportUsed(String file, JsonNode expected) throws Exception {
    Imports imports = RealRosterCorpusTest.read(file);
    RosterInspection inspection = inspect(file);

    assertThat(inspection.sheets()).isNotEmpty();
    for (Issue layout : imports.report.issuesOf("IO-LAYOUT")) {
      Sheet sheet = sheet(inspection, layout.location().sheet());
      int row = layout.location().row().orElse(layout.location().line().orElse(0));
      if (layout.arguments().get("detail").contains("未读取")) {
        assertThat(sheet.status()).isEqualTo(RosterInspection.Status.NOT_A_ROSTER);
      } else {
        assertThat(sheet.status()).isEqualTo(RosterInspection.Status.READ);
        assertThat(sheet.headerRows()).as("header rows").first().isEqualTo(row);
      }
    }
    long placeholders = imports.report.issuesOf("IO-PLACEHOLDER-ORG").size();
    assertThat(inspection.sheets().stream().mapToLong(Sheet::dataRows).sum())
        .as("data rows")
        .isEqualTo(imports.report.input().orElseThrow().read() - placeholders);
    for (JsonNode error : expected.get("errors")) {
      String[] at = error.asString().split("@");
      RosterColumn field = FIELD_OF_CODE.get(at[0]);
      if (field == null) {
        continue;
      }
      String letter;
      Optional<String> sheetName;
      if (at[1].contains("!")) {
        sheetName = Optional.of(at[1].substring(0, at[1].indexOf('!')));
        letter = at[1].substring(at[1].indexOf('!') + 1).replaceAll("[0-9]", "");
      } else {
        sheetName = Optional.empty();
        int column = Integer.parseInt(at[1].substring(at[1].indexOf(':') + 1));
        letter = CellReference.convertNumToColString(column - 1);
      }
      Sheet sheet = sheet(inspection, sheetName);
      assertThat(sheet.column(letter)).as(error.asString()).isPresent();
      assertThat(sheet.column(letter).get().field()).as(error.asString()).contains(field);
    }
    String json = inspection.toJson();
    assertThat(PersonalNumbers.containsPersonalNumber(json)).as(json).isFalse();
    assertThat(PersonalNumbers.containsPersonalNumber(inspection.toString())).isFalse();
    for (Sheet sheet : inspection.sheets()) {
      Optional<RosterInspection.Column> id = sheet.columnOf(MemberColumn.ID_NUMBER);
      if (id.isPresent() && !sheet.preview().isEmpty()) {
        int index = sheet.columns().indexOf(id.get());
        assertThat(sheet.preview())
            .as("the ID numbers of the preview are there, masked")
            .anySatisfy(row -> assertThat(row.cells().get(index)).contains("*").hasSize(18));
      }
    }
  }

  @Test
  void theOfficeRosterOf40ShowsItsTitleUnitFooterAndColumns() throws Exception {
    RosterInspection inspection = inspect("r01-office-40.xlsx");

    Sheet sheet = inspection.sheets().get(0);
    assertThat(sheet.name()).contains("花名册");
    assertThat(sheet.roster()).contains(Roster.MEMBERS);
    assertThat(sheet.headerRows()).containsExactly(3);
    assertThat(sheet.skippedRows())
        .filteredOn(r -> r.reason() != SkipReason.BLANK)
        .extracting(RosterInspection.SkippedRow::row, RosterInspection.SkippedRow::reason)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple(1, SkipReason.TITLE),
            org.assertj.core.groups.Tuple.tuple(2, SkipReason.UNIT));
    assertThat(sheet.skippedRows())
        .filteredOn(r -> r.reason() == SkipReason.FOOTER)
        .hasSize(2)
        .allMatch(r -> r.row() > 40);
    assertThat(sheet.column("A").orElseThrow().use()).isEqualTo(RosterInspection.Use.IGNORED);
    assertThat(sheet.column("A").orElseThrow().header()).isEqualTo("序号");
    assertThat(sheet.column("F").orElseThrow().field()).contains(MemberColumn.ID_NUMBER);
    assertThat(sheet.columns())
        .filteredOn(c -> c.use() == RosterInspection.Use.EXTRA)
        .extracting(RosterInspection.Column::header)
        .containsExactly("籍贯", "备注");
    assertThat(sheet.preview()).hasSize(5);
    assertThat(sheet.preview().get(0).row()).isEqualTo(4);
    assertThat(sheet.dataRows()).isEqualTo(40);
    assertThat(inspection.toJson())
        .contains("\"headerRows\" : [ 3 ]")
        .contains("\"field\" : \"idNumber\"")
        .contains("\"reason\" : \"footer\"");
  }

  @Test
  void aTwoRowHeaderShowsBothRows() throws Exception {
    RosterInspection inspection = inspect("r02-two-row-header.xlsx");

    Sheet sheet = inspection.sheets().get(0);
    assertThat(sheet.headerRows()).hasSize(2);
    assertThat(sheet.headerRows().get(1)).isEqualTo(sheet.headerRows().get(0) + 1);
    assertThat(sheet.columnOf(MemberColumn.ADMISSION_DATE)).isPresent();
  }

  private static Sheet sheet(RosterInspection inspection, Optional<String> name) {
    return inspection.sheets().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sheet " + name + " in " + inspection.sheets()));
  }

  private static RosterInspection inspect(String file) throws Exception {
    DataFormat format = DataFormat.forFileName(file).orElseThrow();
    try (InputStream in = RosterInspectionCorpusTest.class.getResourceAsStream("/real/" + file)) {
      byte[] bytes = in.readAllBytes();
      return RosterInspector.of(ImportOptions.of(Imports.AS_OF))
          .inspect(new ByteArrayInputStream(bytes), "test." + format.name(), format);
    }
  }
}
