package org.dangjian.io.roster.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.core.code.Ethnicity;
import org.dangjian.core.code.Gender;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImmutableImportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.roster.Imports;
import org.dangjian.io.roster.MemberColumn;
import org.dangjian.io.roster.RosterInspection;
import org.dangjian.io.roster.RosterInspector;
import org.dangjian.io.roster.RosterMapping;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rosters of the corpus that layout detection cannot read ({@code real/m*}, written by {@link
 * MappedRosters}) read whole through their mapping profile ({@code real/*.mapping.json}), with each
 * planted defect at its own cell: a birth date that disagrees with the ID number as {@code
 * ID-BIRTH} at the birth date's cell (CSV line and column, XLSX and XLS cell), a code the mapping
 * does not map as {@code IO-VALUE} at its cell. Without the mapping they give no member; with a
 * wrong mapping every cell of the wrongly mapped columns is reported; the inspection with the
 * mapping shows the layout the import used.
 */
class MappedRosterCorpusTest {

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of(
            "m01-unknown-dialect.xlsx",
            9,
            List.of("ID-BIRTH@名册!C6", "IO-VALUE@名册!B9", "IO-REJECTED@名册!9"),
            List.of("IO-LAYOUT", "IO-HEADER-UNKNOWN", "IO-PLACEHOLDER-ORG")),
        Arguments.of(
            "m01-unknown-dialect.xls",
            9,
            List.of("ID-BIRTH@名册!C6", "IO-VALUE@名册!B9", "IO-REJECTED@名册!9"),
            List.of("IO-LAYOUT", "IO-HEADER-UNKNOWN", "IO-PLACEHOLDER-ORG")),
        Arguments.of(
            "m02-no-header.xlsx",
            8,
            List.of("ID-BIRTH@Sheet1!C5"),
            List.of("IO-LAYOUT", "IO-PLACEHOLDER-ORG")),
        Arguments.of(
            "m02-no-header.csv",
            8,
            List.of("ID-BIRTH@5:3"),
            List.of("IO-LAYOUT", "IO-PLACEHOLDER-ORG")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachRosterReadsWholeThroughItsMapping(
      String file, int members, List<String> errors, List<String> infos) throws Exception {
    Imports imports = read(file, mapping(file));

    assertThat(imports.members).as("members").hasSize(members);
    assertThat(describe(imports, Severity.ERROR))
        .as("errors")
        .containsExactlyInAnyOrderElementsOf(errors);
    assertThat(
            imports.report.issues().stream()
                .filter(i -> i.severity() == Severity.INFO && i.code().startsWith("IO-"))
                .map(Issue::code)
                .distinct())
        .as("reader information")
        .containsExactlyInAnyOrderElementsOf(infos);
    assertThat(imports.members)
        .allMatch(m -> m.gender() == Gender.MALE || m.gender() == Gender.FEMALE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void withoutTheMappingTheDetectorReadsNoMember(String file) throws Exception {
    Imports imports = read(file, null);

    assertThat(imports.members).isEmpty();
    assertThat(imports.report.issues())
        .anyMatch(
            i ->
                i.code().equals("IO-HEADER-MISSING")
                    || (i.code().equals("IO-LAYOUT")
                        && i.arguments().get("detail").contains("未读取")));
  }

  @Test
  void theDefaultsValueMapsAndUnmappedColumnsOfARosterWithoutHeader() throws Exception {
    Imports imports = read("m02-no-header.csv", mapping("m02-no-header.csv"));

    assertThat(imports.members)
        .allMatch(m -> m.ethnicity().equals(java.util.Optional.of(Ethnicity.HAN)));
    assertThat(imports.members.get(2).extras()).containsEntry("列G", "转入");
    assertThat(imports.members.get(0).extras()).containsEntry("列G", "");
    RealRosters.Person first = RealRosters.person(1300, "第二党支部");
    assertThat(imports.members.get(0).birthDate()).isEqualTo(first.birth());
    assertThat(imports.members.get(0).name()).isEqualTo(first.name());
    assertThat(imports.report.issuesOf("IO-LAYOUT").get(0).arguments().get("detail"))
        .contains("按映射")
        .contains("无表头")
        .contains("C→出生日期");
  }

  @Test
  void aWrongMappingIsReportedAtEveryCellItMisreads() throws Exception {
    String swapped =
        new String(
                RealRosterCorpusTest.resource("m02-no-header.mapping.json"), StandardCharsets.UTF_8)
            .replace("\"B\": \"GENDER\"", "\"B\": \"BIRTH_DATE\"")
            .replace("\"C\": \"BIRTH_DATE\"", "\"C\": \"GENDER\"");
    Imports imports =
        read("m02-no-header.xlsx", RosterMapping.parse(swapped, "swapped.mapping.json"));

    assertThat(imports.members).isEmpty();
    assertThat(imports.report.issuesOf("IO-VALUE"))
        .extracting(i -> Imports.where(i.location()))
        .containsExactlyInAnyOrder(
            "Sheet1!B1",
            "Sheet1!C1",
            "Sheet1!B2",
            "Sheet1!C2",
            "Sheet1!B3",
            "Sheet1!C3",
            "Sheet1!B4",
            "Sheet1!C4",
            "Sheet1!B5",
            "Sheet1!C5",
            "Sheet1!B6",
            "Sheet1!C6",
            "Sheet1!B7",
            "Sheet1!C7",
            "Sheet1!B8",
            "Sheet1!C8");
    assertThat(imports.report.issuesOf("IO-REJECTED")).hasSize(8);
  }

  @Test
  void theInspectionWithTheMappingShowsTheLayoutTheImportUsed() throws Exception {
    for (String file : List.of("m01-unknown-dialect.xlsx", "m02-no-header.csv")) {
      RosterMapping mapping = mapping(file);
      Imports imports = read(file, mapping);
      DataFormat format = DataFormat.forFileName(file).orElseThrow();
      RosterInspection inspection =
          RosterInspector.of(
                  ImportOptions.builder().asOf(Imports.AS_OF).addReaderSettings(mapping).build())
              .inspect(new ByteArrayInputStream(RealRosterCorpusTest.resource(file)), file, format);

      RosterInspection.Sheet sheet = inspection.sheets().get(0);
      assertThat(sheet.status()).as(file).isEqualTo(RosterInspection.Status.READ);
      assertThat(sheet.dataRows())
          .as(file)
          .isEqualTo(imports.report.input().orElseThrow().read() - imports.organizations.size());
      assertThat(sheet.column("B").orElseThrow().field()).as(file).contains(MemberColumn.GENDER);
      assertThat(sheet.column("C").orElseThrow().field())
          .as(file)
          .contains(MemberColumn.BIRTH_DATE);
      assertThat(sheet.column("G").orElseThrow().use())
          .as(file)
          .isEqualTo(RosterInspection.Use.EXTRA);
      assertThat(sheet.headerRows())
          .as(file)
          .isEqualTo(mapping.headerRow() == 0 ? List.of() : List.of(2));
    }
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"r01-office-40.xlsx", "r02-two-row-header.xlsx", "r04-gb18030-title-footer.csv"})
  void theMappingAnInspectionEmitsReadsTheRosterAsDetectionDoes(String file) throws Exception {
    DataFormat format = DataFormat.forFileName(file).orElseThrow();
    RosterInspection inspection =
        RosterInspector.of(ImportOptions.of(Imports.AS_OF))
            .inspect(new ByteArrayInputStream(RealRosterCorpusTest.resource(file)), file, format);
    RosterMapping emitted = inspection.sheets().get(0).toMapping().orElseThrow();
    RosterMapping reread = RosterMapping.parse(emitted.toJson(), "emitted.json");

    Imports detected = read(file, null);
    Imports mapped = read(file, reread);

    assertThat(reread.headerRow()).isEqualTo(inspection.sheets().get(0).headerRows().get(0));
    assertThat(reread.columnsByLetter()).isEqualTo(emitted.columnsByLetter()).isNotEmpty();
    assertThat(mapped.members).isEqualTo(detected.members).isNotEmpty();
    assertThat(describe(mapped, Severity.ERROR))
        .containsExactlyInAnyOrderElementsOf(describe(detected, Severity.ERROR));
    assertThat(mapped.report.issuesOf("IO-LAYOUT").get(0).arguments().get("detail"))
        .contains("按映射");
  }

  private static RosterMapping mapping(String file) throws Exception {
    String name = file.substring(0, file.lastIndexOf('.')) + ".mapping.json";
    return RosterMapping.parse(
        new String(RealRosterCorpusTest.resource(name), StandardCharsets.UTF_8), name);
  }

  private static Imports read(String file, RosterMapping mapping) throws Exception {
    DataFormat format = DataFormat.forFileName(file).orElseThrow();
    ImmutableImportOptions.Builder options = ImportOptions.builder().asOf(Imports.AS_OF);
    if (mapping != null) {
      options.addReaderSettings(mapping);
    }
    return Imports.read(RealRosterCorpusTest.resource(file), format, options.build());
  }

  private static List<String> describe(Imports imports, Severity severity) {
    return imports.report.issues().stream()
        .filter(i -> i.severity() == severity)
        .map(Imports::describe)
        .toList();
  }
}
