package org.dangjian.io.xls.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.roster.Imports;
import org.dangjian.io.xls.XlsHostileFiles;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;

/**
 * The reading limits on .xls files at their boundary, as for XLSX: a workbook exactly at a limit
 * reads, one over gives one IO-LIMIT naming the limit (with the sheet, row and cell when the breach
 * is in a sheet), and reading stops.
 */
class XlsLimitsTest {

  private static Imports read(byte[] file, ReadLimits limits) throws Exception {
    return Imports.read(
        file, DataFormat.XLS, ImportOptions.builder().asOf(Imports.AS_OF).limits(limits).build());
  }

  private static void assertLimit(
      Imports imports, String where, String limit, long max, String actual) {
    assertThat(imports.inputIssues()).containsExactly("IO-LIMIT@" + where);
    Issue issue = imports.report.issuesOf("IO-LIMIT").get(0);
    assertThat(issue.arguments())
        .containsAllEntriesOf(Map.of("limit", limit, "max", Long.toString(max), "actual", actual));
    assertThat(imports.report.input().orElseThrow().stoppedEarly()).isTrue();
  }

  @Test
  void sheetRows() throws Exception {
    byte[] file = XlsHostileFiles.valid();
    assertThat(read(file, ReadLimits.builder().maxSheetRows(3).build()).members).hasSize(2);
    Imports over = read(file, ReadLimits.builder().maxSheetRows(2).build());
    assertLimit(over, "党员花名册!3", "maxSheetRows", 2, "3");
    assertThat(over.members).as("rows wait for layout detection").isEmpty();
  }

  @Test
  void columns() throws Exception {
    byte[] file = XlsHostileFiles.valid();
    assertThat(read(file, ReadLimits.builder().maxColumns(7).build()).members).hasSize(2);
    assertLimit(
        read(file, ReadLimits.builder().maxColumns(6).build()), "党员花名册!G1", "maxColumns", 6, "7");
  }

  @Test
  void cellCharactersInTheSharedStringTable() throws Exception {
    byte[] file = XlsHostileFiles.valid();
    assertThat(read(file, ReadLimits.builder().maxCellCharacters(18).build()).members).hasSize(2);
    assertLimit(
        read(file, ReadLimits.builder().maxCellCharacters(17).build()),
        "",
        "maxCellCharacters",
        17,
        "18");
  }

  @Test
  void sharedStrings() throws Exception {
    byte[] file = XlsHostileFiles.valid();
    int strings = XlsHostileFiles.sharedStrings(XlsHostileFiles.workbookStream());
    assertThat(strings).isGreaterThan(10);
    assertThat(read(file, ReadLimits.builder().maxSharedStrings(strings).build()).members)
        .hasSize(2);
    assertLimit(
        read(file, ReadLimits.builder().maxSharedStrings(strings - 1).build()),
        "",
        "maxSharedStrings",
        strings - 1,
        Integer.toString(strings));
  }

  @Test
  void sharedStringCharacters() throws Exception {
    byte[] file = XlsHostileFiles.valid();
    Imports over = read(file, ReadLimits.builder().maxSharedStringCharacters(20).build());
    assertLimit(over, "", "maxSharedStringCharacters", 20, "> 20");
    assertThat(read(file, ReadLimits.builder().maxSharedStringCharacters(200).build()).members)
        .hasSize(2);
  }

  @Test
  void workbookStreamBytesAndContainerEntries() throws Exception {
    byte[] file = XlsHostileFiles.valid();
    long size;
    int entries;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
      size = ((DocumentEntry) fs.getRoot().getEntry("Workbook")).getSize();
      entries = fs.getRoot().getEntryCount();
    }
    assertThat(read(file, ReadLimits.builder().maxEntryBytes(size).build()).members).hasSize(2);
    assertLimit(
        read(file, ReadLimits.builder().maxEntryBytes(size - 1).build()),
        "",
        "maxEntryBytes",
        size - 1,
        Long.toString(size));
    assertThat(read(file, ReadLimits.builder().maxZipEntries(entries).build()).members).hasSize(2);
    assertLimit(
        read(file, ReadLimits.builder().maxZipEntries(entries - 1).build()),
        "",
        "maxZipEntries",
        entries - 1,
        Integer.toString(entries));
  }
}
