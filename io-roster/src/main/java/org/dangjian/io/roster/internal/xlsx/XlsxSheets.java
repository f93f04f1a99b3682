package org.dangjian.io.roster.internal.xlsx;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.io.Roster;
import org.dangjian.io.roster.ColumnType;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.internal.FormulaCells;
import org.dhatim.fastexcel.Worksheet;

/**
 * The parts of a roster workbook that the XLSX writer and the template share: the sheet names, the
 * bold and frozen header row with column widths, and the cells of a row (text as inline strings, so
 * that no shared-string table grows in memory; dates as date cells formatted {@code yyyy-mm-dd};
 * whole numbers as numbers).
 */
public final class XlsxSheets {

  /** The name of the hidden sheet of code lists in the template; readers skip it. */
  public static final String LISTS_SHEET = "代码表";

  private static final String DATE_FORMAT = "yyyy-mm-dd";
  private static final String OFFICE_DATE_FORMAT = "yyyy.mm.dd";

  private XlsxSheets() {}

  /** The sheet name of {@code roster}: its Chinese label, 党员花名册 or 党组织名册. */
  public static String sheetName(Roster roster) {
    return roster.label();
  }

  /** Writes the header row of {@code columns}: bold, frozen, with widths fitting the content. */
  public static void header(Worksheet sheet, List<RosterColumn> columns) {
    for (int c = 0; c < columns.size(); c++) {
      RosterColumn column = columns.get(c);
      sheet.inlineString(0, c, column.header());
      sheet.style(0, c).bold().set();
      sheet.width(c, width(column));
    }
    sheet.freezePane(0, 1);
  }

  /**
   * Writes the title row (merged over the header, bold) and the office header row of {@code
   * columns} (序号 first, 所在支部 for the member's organization), frozen below both; for the template.
   */
  public static void officeHeader(Worksheet sheet, String title, List<RosterColumn> columns) {
    sheet.inlineString(0, 0, FormulaCells.neutralize(title));
    sheet.range(0, 0, 0, columns.size()).merge();
    sheet
        .range(0, 0, 0, columns.size())
        .style()
        .bold()
        .fontSize(16)
        .horizontalAlignment("center")
        .set();
    sheet.inlineString(1, 0, OfficeSheet.ROW_NUMBER);
    sheet.style(1, 0).bold().set();
    sheet.width(0, 6);
    for (int c = 0; c < columns.size(); c++) {
      RosterColumn column = columns.get(c);
      sheet.inlineString(
          1,
          c + 1,
          column == org.dangjian.io.roster.MemberColumn.ORGANIZATION_ID
              ? OfficeSheet.ORGANIZATION
              : column.header());
      sheet.style(1, c + 1).bold().set();
      sheet.width(c + 1, width(column));
    }
    sheet.freezePane(0, 2);
  }

  /** Writes the header cell of an extras column (bold, neutralized like any text cell). */
  public static void extraHeader(Worksheet sheet, int c, String label) {
    sheet.inlineString(0, c, FormulaCells.neutralize(label));
    sheet.style(0, c).bold().set();
    sheet.width(c, Math.max(10, Math.min(40, label.length() * 2.2 + 2)));
  }

  private static double width(RosterColumn column) {
    if (column.type() == ColumnType.RESIDENT_ID || column.type() == ColumnType.CREDIT_CODE) {
      return 22;
    }
    return column.type() == ColumnType.TEXT ? 18 : 14;
  }

  /** Writes the cells of row {@code r} (0-based), neutralizing text that could be a formula. */
  public static void row(Worksheet sheet, int r, List<Object> cells) {
    row(sheet, r, cells, true);
  }

  /**
   * Writes the cells of row {@code r} (0-based) whose text is already neutralized (as {@link
   * SpilledRows} keeps it).
   */
  static void encodedRow(Worksheet sheet, int r, List<Object> cells) {
    row(sheet, r, cells, false);
  }

  private static void row(Worksheet sheet, int r, List<Object> cells, boolean neutralize) {
    for (int c = 0; c < cells.size(); c++) {
      Object cell = cells.get(c);
      if (cell instanceof LocalDate date) {
        sheet.value(r, c, date);
        sheet.style(r, c).format(DATE_FORMAT).set();
      } else if (cell instanceof Integer number) {
        sheet.value(r, c, number);
      } else if (cell != null) {
        String text = cell.toString();
        sheet.inlineString(r, c, neutralize ? FormulaCells.neutralize(text) : text);
      }
    }
  }

  /**
   * Writes {@code office} into {@code sheet} in the office layout: the title merged over the width
   * of the header, bold; the header, bold, frozen with the title; the rows with dates as {@code
   * yyyy.mm.dd}; then finishes the sheet.
   */
  static void office(Worksheet sheet, OfficeSheet office, OfficeSheet.Names names)
      throws IOException {
    List<Object> header = office.header();
    sheet.inlineString(0, 0, office.title());
    sheet.range(0, 0, 0, header.size() - 1).merge();
    sheet
        .range(0, 0, 0, header.size() - 1)
        .style()
        .bold()
        .fontSize(16)
        .horizontalAlignment("center")
        .set();
    for (int c = 0; c < header.size(); c++) {
      sheet.inlineString(1, c, header.get(c).toString());
      sheet.style(1, c).bold().set();
      sheet.width(c, c == 0 ? 6 : 16);
    }
    sheet.freezePane(0, 2);
    int[] row = {2};
    office.replay(
        names,
        cells -> {
          int r = row[0]++;
          for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof LocalDate date) {
              sheet.value(r, c, date);
              sheet.style(r, c).format(OFFICE_DATE_FORMAT).set();
            } else if (cell instanceof Integer number) {
              sheet.value(r, c, number);
            } else if (cell != null) {
              sheet.inlineString(r, c, cell.toString());
            }
          }
          if (r % 1_000 == 0) {
            sheet.flush();
          }
        });
    sheet.finish();
  }
}
