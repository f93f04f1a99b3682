package org.dangjian.io.bulletin.internal.markdown;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed words of the Markdown bulletin layout, shared by the writer and the reader: the labels
 * of the field lists ({@code - 期别：2024.1}), the item and priority markers, the statistics table's
 * columns and row labels, the keys of the machine-data comments, and how visible dates are spelled.
 * docs/bulletin-markdown.md describes the layout these words make up.
 */
final class MarkdownLayout {

  private MarkdownLayout() {}

  /** The marker that opens an item heading ({@code ### ➤ headline}). */
  static final String ITEM_MARKER = "➤";

  /** The marker that opens a priority paragraph ({@code ◇ text}). */
  static final String PRIORITY_MARKER = "◇";

  /** The separator between the label and the value of a field-list entry. */
  static final char SEPARATOR = '：';

  // masthead
  static final String PERIOD = "期别";
  static final String ISSUE_NUMBER = "期号";
  static final String RUNNING_NUMBER = "总期号";
  static final String PUBLISH_DATE = "出版日期";
  static final String PUBLISHER = "编制单位";
  static final String COMPILING_STATEMENT = "编制说明";

  // section level
  static final String AS_OF = "截至";
  static final String RESPONSIBLE = "责任单位";

  // item level
  static final String DATE = "日期";
  static final String ORGANIZATION = "组织";
  static final String PERSON = "人物";
  static final String POST = "职务";
  static final String PERSON_ORGANIZATION = "单位";

  // trailer
  static final String REPORT_TO = "报";
  static final String SEND_TO = "送";
  static final String ISSUE_TO = "发";
  static final String DISTRIBUTION = "分发";
  static final String EDITOR = "编辑";
  static final String APPROVER = "签发";
  static final String PRINT_COUNT = "印数";
  static final String COPIES = "份";

  // statistics table
  static final String COLUMN_LABEL = "指标";
  static final String COLUMN_VALUE = "数值";
  static final String COLUMN_UNIT = "单位";
  static final String MEMBER_TOTAL = "党员总数";
  static final String PROBATIONARY = "预备党员";
  static final String SHARE = "占职工总数比例";
  static final String ORGANIZATION_TOTAL = "党组织总数";
  static final String COMMITTEES = "党委";
  static final String GENERAL_BRANCHES = "党总支";
  static final String BRANCHES = "党支部";
  static final String PERSONS_UNIT = "名";
  static final String ORGANIZATIONS_UNIT = "家";
  static final String PERCENT_UNIT = "%";

  /** The statistics table's row labels of the block's own attributes, each with its attribute. */
  static final Map<String, String> KNOWN_FIGURES =
      orderedMap(
          MEMBER_TOTAL, "memberTotal",
          PROBATIONARY, "probationaryMembers",
          SHARE, "shareOfEmployeesPercent",
          ORGANIZATION_TOTAL, "organizationTotal",
          COMMITTEES, "partyCommittees",
          GENERAL_BRANCHES, "generalBranches",
          BRANCHES, "branches");

  /** The unit printed after each of {@link #KNOWN_FIGURES}. */
  static final Map<String, String> FIGURE_UNITS =
      orderedMap(
          MEMBER_TOTAL, PERSONS_UNIT,
          PROBATIONARY, PERSONS_UNIT,
          SHARE, PERCENT_UNIT,
          ORGANIZATION_TOTAL, ORGANIZATIONS_UNIT,
          COMMITTEES, ORGANIZATIONS_UNIT,
          GENERAL_BRANCHES, ORGANIZATIONS_UNIT,
          BRANCHES, ORGANIZATIONS_UNIT);

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  // machine-data comment keys
  static final String KEY_ID = "id";
  static final String KEY_KIND = "kind";
  static final String KEY_DATE = "date";
  static final String KEY_PRINTED = "printed";
  static final String KEY_FIGURE = "figure";
  static final String PRINTED_NO = "no";
  static final String FIGURE_OTHER = "other";

  private static final DateTimeFormatter CHINESE_DATE =
      DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT);

  /** A visible date: {@code 2024年1月31日}, or ISO for a year outside 1000 to 9999. */
  static String formatDate(LocalDate date) {
    return date.getYear() >= 1000 && date.getYear() <= 9999
        ? CHINESE_DATE.format(date)
        : date.toString();
  }

  /** Reads a visible date written {@code 2024年1月31日} or {@code 2024-01-31}. */
  static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(
          text.indexOf('年') >= 0 ? LocalDate.parse(text, CHINESE_DATE) : LocalDate.parse(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
