package org.dangjian.io.roster.real;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Test helper: a workbook as offices lay it out (sheets of rows of cells, merged ranges), written
 * as XLSX with fastexcel, as legacy XLS with POI's HSSF usermodel, or as the CSV that Excel or WPS
 * saves (GB18030 or UTF-8, with or without BOM, CRLF). Cells are text ({@link String}), numbers
 * ({@link Double}, written as Excel shows them in CSV: {@code 3.20581E+17}) or dates ({@link
 * LocalDate}, date cells in spreadsheets, {@code yyyy/M/d} in CSV as Excel saves them).
 */
final class RosterBook {

  /** One sheet: name, rows and merged ranges {row1, col1, row2, col2} (0-based). */
  static final class SheetSpec {
    final String name;
    final List<List<Object>> rows = new ArrayList<>();
    final List<int[]> merges = new ArrayList<>();

    SheetSpec(String name) {
      this.name = name;
    }

    SheetSpec row(Object... cells) {
      rows.add(new ArrayList<>(java.util.Arrays.asList(cells)));
      return this;
    }

    SheetSpec row(List<Object> cells) {
      rows.add(new ArrayList<>(cells));
      return this;
    }

    SheetSpec blank() {
      rows.add(new ArrayList<>());
      return this;
    }

    /** Merges the last row added from column {@code c1} to {@code c2}. */
    SheetSpec merge(int c1, int c2) {
      int r = rows.size() - 1;
      merges.add(new int[] {r, c1, r, c2});
      return this;
    }

    /** Merges rows {@code r1} to {@code r2} (0-based) of column {@code c}. */
    SheetSpec mergeDown(int r1, int r2, int c) {
      merges.add(new int[] {r1, c, r2, c});
      return this;
    }
  }

  final List<SheetSpec> sheets = new ArrayList<>();

  SheetSpec sheet(String name) {
    SheetSpec sheet = new SheetSpec(name);
    sheets.add(sheet);
    return sheet;
  }

  byte[] xlsx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook workbook = new Workbook(out, "WPS Spreadsheets", "1.0");
    for (SheetSpec sheet : sheets) {
      Worksheet ws = workbook.newWorksheet(sheet.name);
      for (int r = 0; r < sheet.rows.size(); r++) {
        List<Object> row = sheet.rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          Object value = row.get(c);
          if (value instanceof String text) {
            ws.value(r, c, text);
          } else if (value instanceof Double number) {
            ws.value(r, c, number);
          } else if (value instanceof LocalDate date) {
            ws.value(r, c, date);
            ws.style(r, c).format("yyyy-mm-dd").set();
          }
        }
      }
      for (int[] m : sheet.merges) {
        ws.range(m[0], m[1], m[2], m[3]).merge();
      }
      ws.finish();
    }
    workbook.finish();
    return out.toByteArray();
  }

  byte[] xls() throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      CreationHelper helper = workbook.getCreationHelper();
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
      for (SheetSpec spec : sheets) {
        org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(spec.name);
        for (int r = 0; r < spec.rows.size(); r++) {
          List<Object> row = spec.rows.get(r);
          if (row.isEmpty()) {
            continue;
          }
          org.apache.poi.ss.usermodel.Row target = sheet.createRow(r);
          for (int c = 0; c < row.size(); c++) {
            Object value = row.get(c);
            if (value instanceof String text) {
              target.createCell(c).setCellValue(text);
            } else if (value instanceof Double number) {
              target.createCell(c).setCellValue(number);
            } else if (value instanceof LocalDate date) {
              org.apache.poi.ss.usermodel.Cell cell = target.createCell(c);
              cell.setCellValue(date);
              cell.setCellStyle(dateStyle);
            }
          }
        }
        for (int[] m : spec.merges) {
          sheet.addMergedRegion(new CellRangeAddress(m[0], m[2], m[1], m[3]));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** The first sheet as CSV, as Excel or WPS saves it. */
  byte[] csv(Charset charset, boolean bom) {
    StringBuilder text = new StringBuilder();
    SheetSpec sheet = sheets.get(0);
    int width = sheet.rows.stream().mapToInt(List::size).max().orElse(0);
    for (List<Object> row : sheet.rows) {
      for (int c = 0; c < width; c++) {
        if (c > 0) {
          text.append(',');
        }
        text.append(quoted(c < row.size() ? csvText(row.get(c)) : ""));
      }
      text.append("\r\n");
    }
    byte[] body = text.toString().getBytes(charset);
    if (!bom) {
      return body;
    }
    byte[] mark = "\uFEFF".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, all, 0, mark.length);
    System.arraycopy(body, 0, all, mark.length, body.length);
    return all;
  }

  private static String csvText(Object value) {
    if (value == null) {
      return "";
    } else if (value instanceof Double number) {
      // Excel's General format: 11 significant characters, scientific for large numbers
      if (Math.abs(number) >= 1e11) {
        String mantissa =
            String.format(Locale.ROOT, "%.5E", number).replaceAll("0+E", "E").replace(".E", "E");
        return mantissa.replace("E+", "E+").replaceAll("E\\+?0*([0-9])", "E+$1");
      }
      return number == Math.rint(number)
          ? Long.toString(number.longValue())
          : Double.toString(number);
    } else if (value instanceof LocalDate date) {
      return date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
    }
    return value.toString();
  }

  private static String quoted(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
