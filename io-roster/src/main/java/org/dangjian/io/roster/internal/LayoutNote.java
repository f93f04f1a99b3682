package org.dangjian.io.roster.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.dangjian.io.roster.RosterColumn;

/**
 * The text of a sheet's {@code IO-LAYOUT} issue, in Chinese ({@code detail}) and English ({@code
 * detailEn}): which roster the sheet was read as, where its header was (or that a mapping read it
 * without one), the field of each column, what was kept as extras or ignored, and which rows above
 * the header and below the data were skipped. {@link RosterSheet} decides the layout; this class
 * only words it.
 */
final class LayoutNote {

  private final RosterHeaders.Layout layout;
  private final String where;
  private final String whereEn;
  private final List<String> mapped = new ArrayList<>();
  private final List<String> mappedEn = new ArrayList<>();
  private final List<String> extras = new ArrayList<>();
  private final List<String> ignored = new ArrayList<>();

  /**
   * @param sheet the sheet's name, or null for a CSV file
   * @param byLetter true to name columns by their letters (a sheet without header row)
   */
  LayoutNote(String sheet, RosterHeaders.Layout layout, boolean byLetter) {
    this.layout = layout;
    this.where = sheet == null ? "" : "工作表“" + sheet + "”，";
    this.whereEn = sheet == null ? "" : "sheet \"" + sheet + "\", ";
    for (int i = 0; i < layout.headers().size(); i++) {
      String text = byLetter ? CellReference.convertNumToColString(i) : layout.headers().get(i);
      RosterColumn column = layout.column(i);
      if (column != null) {
        mapped.add(text + "→" + column.header());
        mappedEn.add(text + "→" + column.englishHeader());
      } else if (layout.extra(i) != null) {
        extras.add(byLetter ? layout.extra(i) : text);
      } else if (!text.isEmpty() && !byLetter) {
        ignored.add(text);
      }
    }
  }

  /**
   * The note of a sheet with a header.
   *
   * @param first the header's first row, 1-based; {@code last} its last
   * @param above the rows skipped above the header, {@code titleFirst}–{@code titleLast}
   * @param footerRows the footer rows skipped from row {@code footerFrom}
   * @param byMapping true when a mapping profile gave the layout
   */
  Map<String, String> withHeader(
      int first,
      int last,
      int above,
      int titleFirst,
      int titleLast,
      int footerRows,
      int footerFrom,
      boolean byMapping) {
    String rowsZh = first == last ? "第 " + first + " 行" : "第 " + first + "–" + last + " 行";
    String rowsEn = first == last ? "row " + first : "rows " + first + "–" + last;
    String titleZh =
        above == 0 ? "" : "；跳过表头上方 " + above + " 行（第 " + titleFirst + "–" + titleLast + " 行）";
    String titleEn =
        above == 0
            ? ""
            : "; skipped "
                + above
                + " row(s) above the header (rows "
                + titleFirst
                + "–"
                + titleLast
                + ")";
    String footerZh = footerRows == 0 ? "" : "；跳过表尾 " + footerRows + " 行（自第 " + footerFrom + " 行起）";
    String footerEn =
        footerRows == 0 ? "" : "; skipped " + footerRows + " footer row(s) from row " + footerFrom;
    String detail =
        where
            + layout.roster().label()
            + (byMapping ? "（按映射）" : "")
            + "，表头"
            + rowsZh
            + fieldsZh()
            + (ignored.isEmpty() ? "" : "；忽略：" + String.join("、", ignored))
            + (layout.stageDerived() ? "；无“人员类别”列：有转正时间的为正式党员，否则为预备党员" : "")
            + titleZh
            + footerZh;
    String detailEn =
        whereEn
            + layout.roster().code()
            + (byMapping ? " (by the mapping)" : "")
            + ", header "
            + rowsEn
            + fieldsEn()
            + (ignored.isEmpty() ? "" : "; ignored: " + String.join(", ", ignored))
            + (layout.stageDerived()
                ? "; no stage column: full member with a date of full membership, else probationary"
                : "")
            + titleEn
            + footerEn;
    return Map.of("detail", detail, "detailEn", detailEn);
  }

  /** The note of a sheet a mapping read without header row, its data from row {@code dataRow}. */
  Map<String, String> withoutHeader(int dataRow) {
    String detail =
        where + layout.roster().label() + "（按映射），无表头，数据自第 " + dataRow + " 行起" + fieldsZh();
    String detailEn =
        whereEn
            + layout.roster().code()
            + " (by the mapping), no header row, data from row "
            + dataRow
            + fieldsEn();
    return Map.of("detail", detail, "detailEn", detailEn);
  }

  private String fieldsZh() {
    return "；字段："
        + String.join("、", mapped)
        + (extras.isEmpty() ? "" : "；作为附加属性保留：" + String.join("、", extras));
  }

  private String fieldsEn() {
    return "; fields: "
        + String.join(", ", mappedEn)
        + (extras.isEmpty() ? "" : "; kept as extras: " + String.join(", ", extras));
  }
}
