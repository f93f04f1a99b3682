package org.dangjian.io.bulletin.internal.text;

import java.util.List;
import java.util.Optional;
import org.dangjian.core.bulletin.SectionKind;

/**
 * Tells the kind of a section from its heading as real bulletins print it: first as {@link
 * SectionKind#fromHeading} does (the seven headings, month priorities headings such as {@code
 * 二月份重点工作}), then tolerating a prefix or suffix around the known name: {@code 协鑫集团党建大数据}, {@code
 * XX集团党建数据} and any heading ending in {@code 大数据} are statistics, a heading ending in {@code 重点工作}
 * is the priorities, and a heading containing {@code 党建要闻}, {@code 党群简讯}, {@code 基层党建动态}, {@code
 * 基层工建动态} or {@code 基层团建动态} is that section.
 */
final class Headings {

  private static final List<SectionKind> NEWS =
      List.of(
          SectionKind.NATIONAL_NEWS,
          SectionKind.GROUP_NEWS,
          SectionKind.GRASSROOTS_PARTY,
          SectionKind.GRASSROOTS_UNION,
          SectionKind.GRASSROOTS_LEAGUE);

  private Headings() {}

  /** The kind the heading names, or empty for a heading of no known kind (a custom section). */
  static Optional<SectionKind> kind(String heading) {
    Optional<SectionKind> exact = SectionKind.fromHeading(heading);
    if (exact.isPresent()) {
      return exact;
    }
    String text = Texts.squeeze(heading);
    if (text.startsWith("【") && text.endsWith("】") && text.length() > 2) {
      text = text.substring(1, text.length() - 1);
    }
    if (text.length() > 16) {
      return Optional.empty();
    }
    if (text.endsWith("大数据") || text.contains("党建数据") || text.endsWith("党建统计")) {
      return Optional.of(SectionKind.STATISTICS);
    }
    if (text.endsWith("重点工作") || text.endsWith("工作要点")) {
      return Optional.of(SectionKind.PRIORITIES);
    }
    for (SectionKind kind : NEWS) {
      String label = kind == SectionKind.GROUP_NEWS ? "党群简讯" : kind.label();
      if (text.contains(label)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
