package org.dangjian.io.xls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Test helper: builds small Excel 97-2003 workbooks with POI's HSSF user model (tests only; the
 * reader streams). A cell value is text, or {@code #n:12.5} for a number, {@code
 * #d:yyyy-mm-dd:2010-07-01} for a date cell with that number format, {@code #f:A1+1} for a formula,
 * {@code #b:true} for a boolean.
 */
public final class XlsFiles {

  private final HSSFWorkbook workbook = new HSSFWorkbook();

  private XlsFiles() {}

  /** A workbook with sheets named {@code sheets}. */
  public static XlsFiles workbook(String... sheets) {
    XlsFiles files = new XlsFiles();
    for (String sheet : sheets) {
      files.workbook.createSheet(sheet);
    }
    return files;
  }

  /** Sets the cells of row {@code row} (1-based) of sheet {@code sheet}, from column A. */
  public XlsFiles row(int sheet, int row, String... values) {
    Sheet s = workbook.getSheetAt(sheet);
    Row r = s.getRow(row - 1) == null ? s.createRow(row - 1) : s.getRow(row - 1);
    for (int i = 0; i < values.length; i++) {
      String value = values[i];
      if (value == null || value.isEmpty()) {
        continue;
      }
      Cell cell = r.createCell(i);
      if (value.startsWith("#n:")) {
        cell.setCellValue(Double.parseDouble(value.substring(3)));
      } else if (value.startsWith("#d:")) {
        int split = value.lastIndexOf(':');
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(value.substring(3, split)));
        cell.setCellStyle(style);
        cell.setCellValue(LocalDate.parse(value.substring(split + 1)));
      } else if (value.startsWith("#f:")) {
        cell.setCellFormula(value.substring(3));
      } else if (value.startsWith("#b:")) {
        cell.setCellValue(Boolean.parseBoolean(value.substring(3)));
      } else {
        cell.setCellValue(value);
      }
    }
    return this;
  }

  /** The workbook as XLS bytes. */
  public byte[] bytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    workbook.close();
    return out.toByteArray();
  }
}
