package org.dangjian.io.xlsx.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.roster.Imports;
import org.dangjian.io.xlsx.XlsxFiles;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XLSX limits at their boundary: a workbook exactly at a limit reads, one over gives one
 * IO-LIMIT naming the limit (with the sheet, row and cell when the breach is in a sheet), and
 * reading stops before fastexcel-reader sees the file.
 */
class XlsxLimitsTest {

  @TempDir Path dir;

  private static Imports read(byte[] file, ReadLimits limits) throws Exception {
    return Imports.read(
        file, DataFormat.XLSX, ImportOptions.builder().asOf(Imports.AS_OF).limits(limits).build());
  }

  private static void assertLimit(
      Imports imports, String where, String limit, long max, String actual) {
    assertThat(imports.inputIssues()).containsExactly("IO-LIMIT@" + where);
    Issue issue = imports.report.issuesOf("IO-LIMIT").get(0);
    assertThat(issue.arguments())
        .containsAllEntriesOf(Map.of("limit", limit, "max", Long.toString(max), "actual", actual));
    assertThat(imports.report.input().orElseThrow().stoppedEarly()).isTrue();
    assertThat(imports.report.input().orElseThrow().read()).isZero();
  }

  private static XlsxFiles twoMembers() {
    return XlsxReadTest.members()
        .row(0, 2, "M1", "张三", "男", "1990-01-01", "", "正式党员", "B1")
        .row(0, 3, "M2", "李四", "女", "1990-01-01", "", "正式党员", "B1");
  }

  @Test
  void zipEntries() throws Exception {
    byte[] file = twoMembers().bytes();
    int entries;
    Path path = Files.write(dir.resolve("e.xlsx"), file);
    try (ZipFile zip = new ZipFile(path.toFile())) {
      entries = zip.size();
    }
    assertThat(read(file, ReadLimits.builder().maxZipEntries(entries).build()).members).hasSize(2);
    assertLimit(
        read(file, ReadLimits.builder().maxZipEntries(entries - 1).build()),
        "",
        "maxZipEntries",
        entries - 1,
        Integer.toString(entries));
  }

  @Test
  void entryBytes() throws Exception {
    byte[] file = twoMembers().entry("docProps/big.bin", new byte[5000]).bytes();
    assertThat(read(file, ReadLimits.builder().maxEntryBytes(5000).build()).members).hasSize(2);
    assertLimit(
        read(file, ReadLimits.builder().maxEntryBytes(4999).build()),
        "",
        "maxEntryBytes",
        4999,
        "> 4999");
  }

  @Test
  void inflateRatioMeasuredWhileInflating() throws Exception {
    int size = 4 << 20;
    byte[] file = twoMembers().entry("docProps/zeros.bin", new byte[size]).bytes();
    long compressed;
    Path path = Files.write(dir.resolve("r.xlsx"), file);
    try (ZipFile zip = new ZipFile(path.toFile())) {
      ZipEntry entry = zip.getEntry("docProps/zeros.bin");
      compressed = entry.getCompressedSize();
    }
    long ratio = size / compressed;
    assertThat(ratio).isGreaterThan(100);
    assertThat(read(file, ReadLimits.builder().maxInflateRatio((int) ratio).build()).members)
        .hasSize(2);
    assertLimit(
        read(file, ReadLimits.builder().maxInflateRatio((int) ratio - 1).build()),
        "",
        "maxInflateRatio",
        ratio - 1,
        Long.toString(ratio));
  }

  @Test
  void sheetRows() throws Exception {
    byte[] file = twoMembers().bytes();
    assertThat(read(file, ReadLimits.builder().maxSheetRows(3).build()).members).hasSize(2);
    assertLimit(
        read(file, ReadLimits.builder().maxSheetRows(2).build()),
        "党员花名册!3",
        "maxSheetRows",
        2,
        "3");
  }

  @Test
  void cellCharacters() throws Exception {
    byte[] file =
        XlsxReadTest.members()
            .row(0, 2, "M1", "张".repeat(30), "男", "1990-01-01", "", "正式党员", "B1")
            .bytes();
    assertThat(read(file, ReadLimits.builder().maxCellCharacters(30).build()).members).hasSize(1);
    assertLimit(
        read(file, ReadLimits.builder().maxCellCharacters(29).build()),
        "党员花名册!B2",
        "maxCellCharacters",
        29,
        "> 29");
  }

  @Test
  void columns() throws Exception {
    byte[] file = twoMembers().bytes();
    assertThat(read(file, ReadLimits.builder().maxColumns(7).build()).members).hasSize(2);
    assertLimit(
        read(file, ReadLimits.builder().maxColumns(6).build()), "党员花名册!G1", "maxColumns", 6, "7");
  }

  private static XlsxFiles sharedStringMembers() {
    return XlsxFiles.workbook("党员花名册")
        .row(0, 1, "#s:0", "#s:1", "#s:2", "#s:3", "#s:4", "#s:5")
        .row(0, 2, "M1", "#s:6", "男", "1990-01-01", "正式党员", "B1")
        .sharedStrings("编号", "姓名", "性别", "出生日期", "人员类别", "所在党组织", "张三");
  }

  @Test
  void sharedStrings() throws Exception {
    byte[] file = sharedStringMembers().bytes();
    assertThat(read(file, ReadLimits.builder().maxSharedStrings(7).build()).members).hasSize(1);
    assertLimit(
        read(file, ReadLimits.builder().maxSharedStrings(6).build()),
        "",
        "maxSharedStrings",
        6,
        "> 6");
  }

  @Test
  void sharedStringCharacters() throws Exception {
    byte[] file = sharedStringMembers().bytes();
    int total = "编号姓名性别出生日期人员类别所在党组织张三".length();
    assertThat(read(file, ReadLimits.builder().maxSharedStringCharacters(total).build()).members)
        .hasSize(1);
    assertLimit(
        read(file, ReadLimits.builder().maxSharedStringCharacters(total - 1).build()),
        "",
        "maxSharedStringCharacters",
        total - 1,
        "> " + (total - 1));
  }

  @Test
  void aSharedStringIndexBeyondTheTableIsASyntaxErrorAtItsCell() throws Exception {
    byte[] file =
        XlsxFiles.workbook("党员花名册").row(0, 1, "#s:0", "#s:2147483647").sharedStrings("编号").bytes();
    Imports imports = read(file, ReadLimits.defaults());
    assertThat(imports.inputIssues()).containsExactly("IO-SYNTAX@党员花名册!B1");
  }

  @Test
  void inputStreamIsReadToTheEnd() throws Exception {
    ByteArrayInputStream in = new ByteArrayInputStream(twoMembers().bytes());
    Imports imports = new Imports();
    imports.report =
        org.dangjian.io.DangjianImporter.of(ImportOptions.of(Imports.AS_OF))
            .read(in, "x.xlsx", DataFormat.XLSX, imports);
    assertThat(in.available()).isZero();
    assertThat(imports.members).hasSize(2);
  }
}
