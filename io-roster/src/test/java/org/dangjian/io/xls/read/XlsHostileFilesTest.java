package org.dangjian.io.xls.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.dangjian.io.DataFormat;
import org.dangjian.io.roster.Imports;
import org.dangjian.io.xls.XlsHostileFiles;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken .xls files (built by {@link XlsHostileFiles}, also committed under {@code
 * bad/xls}): each ends in exactly one IO-SYNTAX or IO-LIMIT naming what is wrong, reading stops,
 * and no record is read. The huge shared-string table declares 2,147,483,647 strings in a few
 * bytes: POI would fill its table with that many empty strings, so this test, which runs in the
 * default test heap, proves that the guard stops it before POI parses the table.
 */
class XlsHostileFilesTest {

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("truncated-biff.xls", "IO-SYNTAX", "the workbook stream ends inside"),
        Arguments.of("huge-sst.xls", "IO-LIMIT", "maxSharedStrings"),
        Arguments.of(
            "sst-count-lie.xls",
            "IO-SYNTAX",
            "the shared-string table declares 1000000 strings but holds only"),
        Arguments.of("record-length-lie.xls", "IO-SYNTAX", "a record length that lies"),
        Arguments.of(
            "sst-index-beyond-table.xls",
            "IO-SYNTAX",
            "shared-string index beyond the shared-string table"),
        Arguments.of("no-workbook-stream.xls", "IO-SYNTAX", "without a Workbook stream"),
        Arguments.of("excel-95.xls", "IO-SYNTAX", "Excel 5.0/95"),
        Arguments.of("not-ole2.xls", "IO-SYNTAX", "not an Excel 97-2003 (.xls) workbook"),
        Arguments.of("broken-fat.xls", "IO-SYNTAX", ""),
        Arguments.of("nested-substreams.xls", "IO-SYNTAX", "nested deeper than 4"),
        Arguments.of("encrypted.xls", "IO-SYNTAX", "encrypted"));
  }

  @Test
  void everyHostileFileIsCovered() throws Exception {
    assertThat(XlsHostileFiles.all().keySet())
        .containsExactlyInAnyOrderElementsOf(files().map(a -> (String) a.get()[0]).toList());
  }

  @ParameterizedTest
  @MethodSource("files")
  void eachEndsInOneClearIssue(String file, String code, String detail) throws Exception {
    byte[] bytes = XlsHostileFiles.all().get(file);
    Imports imports = Imports.read(bytes, DataFormat.XLS);
    assertThat(imports.report.issues()).extracting(Issue::code).containsExactly(code);
    Issue issue = imports.report.issues().get(0);
    Map<String, String> arguments = issue.arguments();
    String shown = code.equals("IO-LIMIT") ? arguments.get("limit") : arguments.get("detail");
    assertThat(shown).contains(detail).doesNotContain("\n");
    InputSummary input = imports.report.input().orElseThrow();
    assertThat(input.stoppedEarly()).isTrue();
    assertThat(input.read()).isZero();
  }

  @Test
  void theValidRosterTheyAreBuiltFromReads() throws Exception {
    Imports imports = Imports.read(XlsHostileFiles.valid(), DataFormat.XLS);
    assertThat(imports.inputIssues()).isEmpty();
    assertThat(imports.members).hasSize(2);
  }

  @Test
  void aSharedStringCellPastTheTableIsReportedAtItsCell() throws Exception {
    Imports imports =
        Imports.read(XlsHostileFiles.all().get("sst-index-beyond-table.xls"), DataFormat.XLS);
    assertThat(imports.inputIssues()).containsExactly("IO-SYNTAX@党员花名册!A1");
  }
}
