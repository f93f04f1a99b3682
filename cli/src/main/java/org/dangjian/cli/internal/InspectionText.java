package org.dangjian.cli.internal;

import org.dangjian.core.text.SafeText;
import org.dangjian.io.roster.RosterInspection;
import org.dangjian.io.roster.RosterInspection.Column;
import org.dangjian.io.roster.RosterInspection.PreviewRow;
import org.dangjian.io.roster.RosterInspection.Sheet;
import org.dangjian.io.roster.RosterInspection.SkippedRow;

/**
 * The text that {@code dangjian inspect} prints for one file, in Chinese or English: per sheet its
 * roster and header rows, a table of the columns, the skipped rows with their reason and the masked
 * preview. Every text taken from the file goes through {@link SafeText#escape}.
 */
final class InspectionText {

  private InspectionText() {}

  /** The text of {@code inspection} in {@code lang}. */
  static String of(RosterInspection inspection, Lang lang) {
    StringBuilder out = new StringBuilder();
    out.append(SafeText.escape(inspection.source()))
        .append(lang.pick("（", " ("))
        .append(inspection.format().name().toUpperCase(java.util.Locale.ROOT))
        .append(lang.pick("）", ")"))
        .append('\n');
    for (Sheet sheet : inspection.sheets()) {
      sheet(out, sheet, lang);
    }
    for (RosterInspection.Problem problem : inspection.problems()) {
      out.append(lang.pick("  问题：", "  problem: "))
          .append(problem.code())
          .append(lang.pick(" 位于 ", " at "))
          .append(SafeText.escape(problem.where()));
      if (!problem.value().isEmpty()) {
        out.append(lang.pick("：", ": ")).append(SafeText.escape(problem.value()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void sheet(StringBuilder out, Sheet sheet, Lang lang) {
    out.append("  ");
    if (sheet.name().isPresent()) {
      String name = SafeText.escape(sheet.name().get());
      out.append(lang.pick("工作表“" + name + "”：", "sheet \"" + name + "\": "));
    }
    switch (sheet.status()) {
      case EMPTY -> out.append(lang.pick("空表，未读取", "empty, not read"));
      case NOT_A_ROSTER -> out.append(lang.pick("前若干行中没有名册表头，未读取", "no roster header, not read"));
      case HEADER_UNUSABLE ->
          out.append(
              lang.pick(
                  "表头" + rows(sheet, lang) + "无法使用（列重复或缺少必填列，见下方问题），数据行未读取",
                  "header "
                      + rows(sheet, lang)
                      + " cannot be followed (a duplicate or a missing required column, see the"
                      + " problems below), rows not read"));
      case READ ->
          out.append(
              lang.pick(
                  sheet.roster().orElseThrow().label()
                      + "，表头"
                      + rows(sheet, lang)
                      + "，数据 "
                      + sheet.dataRows()
                      + " 行",
                  sheet.roster().orElseThrow().code()
                      + " roster, header "
                      + rows(sheet, lang)
                      + ", "
                      + sheet.dataRows()
                      + " data row(s)"));
    }
    out.append('\n');
    if (!sheet.columns().isEmpty()) {
      out.append(lang.pick("    列：\n", "    columns:\n"));
      for (Column column : sheet.columns()) {
        out.append("      ")
            .append(column.letter())
            .append("  ")
            .append(SafeText.escape(column.header()))
            .append(" → ")
            .append(use(column, lang))
            .append('\n');
      }
    }
    if (!sheet.skippedRows().isEmpty()) {
      out.append(lang.pick("    跳过的行：\n", "    skipped rows:\n"));
      for (SkippedRow row : sheet.skippedRows()) {
        out.append("      ")
            .append(lang.pick("第 " + row.row() + " 行 ", "row " + row.row() + " "))
            .append(reason(row, lang));
        if (!row.text().isEmpty()) {
          out.append(lang.pick("：", ": ")).append(SafeText.escape(row.text()));
        }
        out.append('\n');
      }
    }
    if (!sheet.preview().isEmpty()) {
      out.append(
          lang.pick(
              "    前 " + sheet.preview().size() + " 行预览（身份证号、手机号已遮蔽）：\n",
              "    first " + sheet.preview().size() + " row(s) (ID and mobile numbers masked):\n"));
      for (PreviewRow row : sheet.preview()) {
        out.append("      ").append(lang.pick("第 " + row.row() + " 行：", "row " + row.row() + ": "));
        for (int i = 0; i < row.cells().size(); i++) {
          out.append(i == 0 ? "" : " | ").append(SafeText.escape(row.cells().get(i)));
        }
        out.append('\n');
      }
    }
  }

  private static String rows(Sheet sheet, Lang lang) {
    if (sheet.headerRows().isEmpty()) {
      return "";
    }
    int first = sheet.headerRows().get(0);
    int last = sheet.headerRows().get(sheet.headerRows().size() - 1);
    String span = first == last ? Integer.toString(first) : first + "–" + last;
    return lang.pick("第 " + span + " 行", (first == last ? "row " : "rows ") + span);
  }

  private static String use(Column column, Lang lang) {
    return switch (column.use()) {
      case FIELD ->
          lang.pick(column.field().orElseThrow().header(), "")
              + lang.pick("（", "")
              + column.field().orElseThrow().englishHeader()
              + lang.pick("）", "");
      case EXTRA ->
          lang.pick("作为附加属性保留", "kept as extra")
              + (column.extraLabel().orElseThrow().equals(column.header())
                  ? ""
                  : lang.pick(
                      "（" + SafeText.escape(column.extraLabel().get()) + "）",
                      " (" + SafeText.escape(column.extraLabel().get()) + ")"));
      case IGNORED -> lang.pick("忽略", "ignored");
    };
  }

  private static String reason(SkippedRow row, Lang lang) {
    return switch (row.reason()) {
      case TITLE -> lang.pick("标题", "title");
      case UNIT -> lang.pick("填报单位行", "unit and date");
      case BLANK -> lang.pick("空行", "blank");
      case FOOTER -> lang.pick("表尾", "footer");
    };
  }
}
