package org.dangjian.io.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dangjian.core.code.CodedValue;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Roster;
import org.dangjian.io.RosterLayout;
import org.dangjian.io.roster.internal.RosterHeaders;
import org.dangjian.io.roster.internal.xlsx.XlsxSheets;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An empty roster workbook for offices to fill in and import: the sheets 党组织名册 and 党员花名册 with their
 * Chinese headers (bold, frozen) and a drop-down list of the Chinese labels on every code column
 * (性别, 民族, 学历, 人员类别, 职业类别, 组织类别, 单位类型, 经济类型), which also rejects other entries. The lists live in a
 * hidden sheet named 代码表, which importers skip. With {@link #write(OutputStream, ExportOptions)} it
 * can also be had in the office layout (title row, 序号, 所在支部).
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("花名册模板.xlsx"))) {
 *   RosterTemplate.write(out);
 * }
 * }</pre>
 */
public final class RosterTemplate {

  private RosterTemplate() {}

  /** Writes the template workbook in the standard layout to {@code out}, which is not closed. */
  public static void write(OutputStream out) throws IOException {
    write(out, ExportOptions.defaults());
  }

  /**
   * Writes the template workbook in the layout of {@code options} ({@link ExportOptions#layout()})
   * to {@code out}, which is not closed. The office layout ({@link RosterLayout#OFFICE}) has a
   * title row ({@link ExportOptions#title()} on the member roster, 党员花名册 by default), a 序号 column
   * first and 所在支部 for the member's organization by name, as offices keep their rosters; the
   * importers detect it.
   */
  public static void write(OutputStream out, ExportOptions options) throws IOException {
    boolean office = options.layout() == RosterLayout.OFFICE;
    int top = office ? 2 : 1;
    int left = office ? 1 : 0;
    Workbook workbook = new Workbook(new Unclosed(out), "dangjian-sdk", "0.1");
    Worksheet organizations = workbook.newWorksheet(XlsxSheets.sheetName(Roster.ORGANIZATIONS));
    Worksheet members = workbook.newWorksheet(XlsxSheets.sheetName(Roster.MEMBERS));
    Worksheet lists = workbook.newWorksheet(XlsxSheets.LISTS_SHEET);
    lists.setVisibilityState(VisibilityState.VERY_HIDDEN);
    int list = 0;
    for (Worksheet sheet : List.of(organizations, members)) {
      Roster roster = sheet == members ? Roster.MEMBERS : Roster.ORGANIZATIONS;
      List<RosterColumn> columns = RosterHeaders.columns(roster);
      if (office) {
        XlsxSheets.officeHeader(
            sheet,
            roster == Roster.MEMBERS
                ? options.title().filter(t -> !t.isBlank()).orElse(roster.label())
                : roster.label(),
            columns);
      } else {
        XlsxSheets.header(sheet, columns);
      }
      for (int c = 0; c < columns.size(); c++) {
        RosterColumn column = columns.get(c);
        if (column.codeType().isEmpty()) {
          continue;
        }
        CodedValue[] codes = column.codeType().get().getEnumConstants();
        lists.inlineString(0, list, column.header());
        for (int i = 0; i < codes.length; i++) {
          lists.inlineString(i + 1, list, codes[i].label());
        }
        sheet
            .range(top, left + c, Worksheet.MAX_ROWS - 1, left + c)
            .validateWithList(lists.range(1, list, codes.length, list))
            .allowBlank(true)
            .showDropdown(true)
            .errorStyle(DataValidationErrorStyle.STOP)
            .showErrorMessage(true)
            .errorTitle(column.header())
            .error("请从下拉列表中选择");
        list++;
      }
    }
    workbook.finish();
    out.flush();
  }

  /** Keeps fastexcel from closing the caller's stream. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
