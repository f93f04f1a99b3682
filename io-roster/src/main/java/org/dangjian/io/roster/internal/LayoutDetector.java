package org.dangjian.io.roster.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the header of a roster among its first rows, as offices lay rosters out: title rows ({@code
 * 中共XX委员会党员花名册}), a unit and date row ({@code 填报单位：… 填报日期：…}) and blank rows above the header; a
 * header of one row, or of two where a group ({@code 入党情况}, merged over several columns) stands
 * above the headers of its columns ({@code 入党时间 | 转正时间}). The header is the row among the first
 * {@value #SCAN} non-blank rows that names the most known columns (at least {@value #MIN_KNOWN};
 * the first such row on a tie); without one, the first non-blank row, as our own exports write it.
 * Also decides which rows are a footer ({@code 合计：40人}, {@code 填表人：}).
 */
public final class LayoutDetector {

  /** How many non-blank rows are searched for the header. */
  public static final int SCAN = 20;

  private static final int MIN_KNOWN = 2;

  private static final List<String> FOOTERS =
      List.of(
          "合计", "总计", "共计", "小计", "填表人", "制表人", "填报人", "审核人", "审批人", "负责人", "单位负责人", "联系人", "说明",
          "填表说明", "注：", "注:", "备注：", "备注:", "盖章", "（盖章）", "签字");

  private LayoutDetector() {}

  /**
   * The detected header.
   *
   * @param first the index in the scanned rows of the header's first row
   * @param found false when no row named enough known columns (the first row is taken)
   * @param rows 1 or 2
   * @param headers the header of each column: the lower row's text where it has one, else the upper
   *     row's (the group label of a two-row header is dropped where a column has its own)
   */
  public record Header(int first, int rows, List<String> headers, boolean found) {}

  /** The header of {@code scanned}, the first non-blank rows of a sheet (at least one). */
  public static Header detect(List<BufferedRow> scanned) {
    HeaderVocabulary vocabulary = HeaderVocabulary.defaults();
    int best = -1;
    int bestKnown = 0;
    for (int r = 0; r < scanned.size() && r < SCAN; r++) {
      int known = known(scanned.get(r), vocabulary);
      if (known > bestKnown) {
        best = r;
        bestKnown = known;
      }
    }
    if (best < 0 || bestKnown < MIN_KNOWN) {
      return new Header(0, 1, texts(scanned.get(0)), false);
    }
    BufferedRow upper = scanned.get(best);
    if (best + 1 < scanned.size()) {
      BufferedRow lower = scanned.get(best + 1);
      if (isSubHeader(upper, lower, vocabulary) && lower.number() == upper.number() + 1) {
        List<String> merged = new ArrayList<>();
        int width = Math.max(upper.size(), lower.size());
        for (int c = 0; c < width; c++) {
          String below = lower.trimmed(c);
          merged.add(below.isEmpty() ? upper.trimmed(c) : below);
        }
        return new Header(best, 2, merged, true);
      }
    }
    return new Header(best, 1, texts(upper), true);
  }

  /** True when {@code row} is a footer row: its first non-blank cell starts with a footer word. */
  public static boolean isFooter(RowCells row) {
    for (int c = 0; c < row.size(); c++) {
      String text = RosterHeaders.trim(row.text(c));
      if (!text.isEmpty()) {
        String folded = text.replace(" ", "").replace("\u3000", "").toLowerCase(Locale.ROOT);
        for (String footer : FOOTERS) {
          if (folded.startsWith(footer)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * True when {@code lower}, just below the header row {@code upper}, holds the second row of a
   * two-row header: no numbers, at least one known header, every text under a blank or unknown
   * upper cell (a group label merged over its columns; the columns without a group are merged down,
   * so blank below), and at most one unknown text more than known ones (a group may hold a column
   * the vocabulary does not know, such as 学位 under 学历学位).
   */
  private static boolean isSubHeader(
      BufferedRow upper, BufferedRow lower, HeaderVocabulary vocabulary) {
    int known = 0;
    int unknown = 0;
    for (int c = 0; c < lower.size(); c++) {
      String text = lower.trimmed(c);
      if (text.isEmpty()) {
        continue;
      }
      String above = upper.trimmed(c);
      if (lower.isNumber(c) || (!above.isEmpty() && vocabulary.isKnown(above))) {
        return false;
      }
      if (vocabulary.isKnown(text)) {
        known++;
      } else {
        unknown++;
      }
    }
    return known >= 1 && unknown <= known + 1;
  }

  private static int known(BufferedRow row, HeaderVocabulary vocabulary) {
    int known = 0;
    for (int c = 0; c < row.size(); c++) {
      String text = row.trimmed(c);
      if (!text.isEmpty() && !row.isNumber(c) && vocabulary.isKnown(text)) {
        known++;
      }
    }
    return known;
  }

  private static List<String> texts(BufferedRow row) {
    List<String> texts = new ArrayList<>(row.size());
    for (int c = 0; c < row.size(); c++) {
      texts.add(row.trimmed(c));
    }
    return texts;
  }
}
