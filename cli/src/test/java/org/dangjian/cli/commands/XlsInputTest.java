package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate}, {@code convert} and {@code stats} read a legacy Excel 97-2003 roster workbook
 * ({@code .xls}), which the test makes from an exported XLSX workbook cell by cell as text, as an
 * office saving it in the old format would have it.
 */
class XlsInputTest {

  @TempDir Path dir;

  /** {@code group} as an .xls workbook with both rosters. */
  private Path xls(Dataset group) throws IOException {
    Path xlsx = Files4Tests.write(group, dir.resolve("group.xlsx"));
    Path xls = dir.resolve("党员花名册.xls");
    try (ReadableWorkbook in = new ReadableWorkbook(xlsx.toFile());
        HSSFWorkbook out = new HSSFWorkbook()) {
      for (org.dhatim.fastexcel.reader.Sheet sheet : in.getSheets().toList()) {
        Sheet copy = out.createSheet(sheet.getName());
        for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
          Row target = copy.createRow(row.getRowNum() - 1);
          for (Cell cell : row) {
            if (cell != null && cell.getRawValue() != null) {
              target.createCell(cell.getColumnIndex()).setCellValue(cell.getText());
            }
          }
        }
      }
      try (OutputStream file = Files.newOutputStream(xls)) {
        out.write(file);
      }
    }
    return xls;
  }

  @Test
  void validateReadsAnXlsWorkbook() throws IOException {
    Dataset group = Files4Tests.group(5, 60);
    Path xls = xls(group);
    Result result = CliRunner.run("validate", xls.toString(), "--as-of", Files4Tests.DATE);
    assertThat(result.exitCode()).as(result.out()).isZero();
    assertThat(result.out()).startsWith(xls + "（截至 " + Files4Tests.DATE);
    assertThat(result.errLines()).hasSize(1);
  }

  @Test
  void convertWritesTheRecordsOfAnXlsWorkbook() throws IOException {
    Dataset group = Files4Tests.group(5, 60);
    Path out = dir.resolve("out.jsonl");
    Result result =
        CliRunner.run("convert", xls(group).toString(), out.toString(), "--privacy", "full");
    assertThat(result.exitCode()).as(result.err()).isZero();
    DangjianImporter importer = DangjianImporter.of(ImportOptions.of(Files4Tests.AS_OF));
    ImportResult back = importer.read(out);
    ImportResult workbook = importer.read(dir.resolve("group.xlsx"));
    assertThat(back.dataset().members()).hasSize(60).isEqualTo(workbook.dataset().members());
    assertThat(back.dataset().organizations()).isEqualTo(workbook.dataset().organizations());
  }

  @Test
  void statsCountsTheMembersOfAnXlsWorkbook() throws IOException {
    Dataset group = Files4Tests.group(5, 60);
    Result result =
        CliRunner.run("stats", xls(group).toString(), "--as-of", Files4Tests.DATE, "--lang", "en");
    assertThat(result.exitCode()).as(result.out()).isZero();
    assertThat(result.out()).contains("党员总数 Members: 60");
  }

  @Test
  void aBrokenXlsIsUnreadableInputWithoutAStackTrace() throws IOException {
    Path broken =
        Files.write(dir.resolve("broken.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11});
    Result result = CliRunner.run("validate", broken.toString(), "--lang", "en");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).contains("IO-SYNTAX");
    assertThat(result.err()).doesNotContain("Exception");
    assertThat(result.errLines()).hasSize(1);
  }
}
