package org.dangjian.core.bulletin;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.code.CodedValue;
import org.dangjian.core.code.Spellings;

/**
 * The kind of a section of a bulletin. The order of the constants is the canonical order of the
 * sections in a 党群工作简报: national news first, then statistics, group news, the grassroots news of
 * party, union and youth league, and the priorities of the coming month; {@link #CUSTOM} stands for
 * any other section, whose printed heading is its title. The codes are stable project codes (no
 * national standard exists); {@link #fromHeading(String)} maps a heading as printed, including the
 * month-specific priorities heading such as {@code 二月份重点工作}, to its kind.
 */
public enum SectionKind implements CodedValue {
  /** National party news (党建要闻). */
  NATIONAL_NEWS("01", "党建要闻"),
  /** Party-building statistics (党建大数据), usually one statistics block as of a date. */
  STATISTICS("02", "党建大数据"),
  /** News of the group's party committee, union and youth league (集团党群简讯). */
  GROUP_NEWS("03", "集团党群简讯"),
  /** News of grassroots party organizations (基层党建动态). */
  GRASSROOTS_PARTY("04", "基层党建动态"),
  /** News of grassroots unions (基层工建动态). */
  GRASSROOTS_UNION("05", "基层工建动态"),
  /** News of grassroots youth league organizations (基层团建动态). */
  GRASSROOTS_LEAGUE("06", "基层团建动态"),
  /** The priorities of the coming month (重点工作), printed for example as {@code 二月份重点工作}. */
  PRIORITIES("07", "重点工作"),
  /** Any other section (其他); its heading is its title. */
  CUSTOM("99", "其他");

  private static final List<String> CHINESE_MONTHS =
      List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二");

  /**
   * A priorities heading naming a month: an optional year ({@code 2024年}), the month in Chinese or
   * Arabic numerals (half- or full-width), an optional {@code 份}, then {@code 重点工作}.
   */
  private static final Pattern MONTH_PRIORITIES =
      Pattern.compile("(?:[0-9０-９]{4}年)?([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})月份?重点工作");

  private final Spellings spellings;

  SectionKind(String code, String label) {
    this.spellings = Spellings.of(code, label);
  }

  @Override
  public Spellings spellings() {
    return spellings;
  }

  /**
   * Recognizes a section heading as printed. Surrounding white space (full-width included) and the
   * brackets {@code 【】}, {@code 〔〕} or {@code []} around the heading are ignored. A heading equal
   * to a label gives that kind; a priorities heading naming a month ({@code 二月份重点工作}, {@code
   * 3月重点工作}, {@code 2024年3月份重点工作}) gives {@link #PRIORITIES}. Codes and constant names are not
   * accepted here, since they never appear as printed headings: use {@link
   * org.dangjian.core.code.Codes#lookup} for those.
   *
   * @param heading the heading text; {@code null} gives an empty result
   * @return the kind, or empty when the heading is not one of the known headings
   */
  public static Optional<SectionKind> fromHeading(String heading) {
    String text = normalizeHeading(heading);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (SectionKind kind : values()) {
      if (kind.label().equals(text)) {
        return Optional.of(kind);
      }
    }
    return monthOfPriorities(text).map(month -> PRIORITIES);
  }

  /**
   * The month named by a priorities heading such as {@code 二月份重点工作} or {@code 3月重点工作}.
   *
   * @param heading the heading text, with or without brackets; {@code null} gives an empty result
   * @return the month, or empty when the heading is not a priorities heading naming a month from 1
   *     to 12
   */
  public static Optional<Month> prioritiesMonth(String heading) {
    return monthOfPriorities(normalizeHeading(heading));
  }

  private static Optional<Month> monthOfPriorities(String text) {
    Matcher matcher = MONTH_PRIORITIES.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int month = monthNumber(matcher.group(1));
    return month >= 1 && month <= 12 ? Optional.of(Month.of(month)) : Optional.empty();
  }

  private static int monthNumber(String text) {
    int chinese = CHINESE_MONTHS.indexOf(text);
    if (chinese >= 0) {
      return chinese + 1;
    }
    if (!Character.isDigit(text.charAt(0))) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      int digit = Character.digit(text.charAt(i), 10);
      if (digit < 0) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static String normalizeHeading(String heading) {
    if (heading == null) {
      return "";
    }
    String text = heading.strip();
    if (text.length() >= 2) {
      char first = text.charAt(0);
      char last = text.charAt(text.length() - 1);
      if ((first == '【' && last == '】')
          || (first == '〔' && last == '〕')
          || (first == '[' && last == ']')) {
        text = text.substring(1, text.length() - 1).strip();
      }
    }
    return text;
  }
}
