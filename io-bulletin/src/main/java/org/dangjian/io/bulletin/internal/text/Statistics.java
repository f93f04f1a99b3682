package org.dangjian.io.bulletin.internal.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.bulletin.ImmutableStatisticsBlock;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.io.bulletin.internal.IssueDates;

/**
 * Reads the sentences of a statistics section ({@code 党建大数据}) into a {@link StatisticsBlock}. The
 * passages are cut into clauses at {@code ，,；;。！？、} (a comma between digits and three more digits
 * is a thousands separator); in each clause an as-of phrase ({@code 截至2024年1月底}, {@code
 * 截止2024年1月31日}, {@code 截至1月底}) gives the date, and each number (ASCII or full-width digits,
 * thousands separators allowed, not followed by 年月日) is a figure whose label is the text before it
 * and whose unit is the word after it. The label, without leading {@code 其中}, {@code 共有}, {@code
 * 集团} and a leading month, names the attribute: {@code 党员总数} (also {@code 党员}, {@code 党员人数}),
 * {@code 预备党员数}, {@code 占职工总数的} with {@code %} (the share, kept at the printed scale), {@code
 * 党组织总数} (also {@code 党组织}, {@code 基层党组织}), {@code 党委}, {@code 党总支}, {@code 党支部}; any other label
 * gives a {@link StatedFigure}.
 */
final class Statistics {

  private static final Pattern AS_OF =
      Pattern.compile(
          "截[至止]到?\\s*(?:([0-9]{4})\\s*年\\s*)?([0-9]{1,2})\\s*月\\s*(?:(底|末|份?底)|([0-9]{1,2})\\s*日)?");
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<![0-9.,，])([0-9]{1,3}(?:[,，][0-9]{3})+|[0-9]+)(\\.[0-9]+)?\\s*"
              + "(%|名|人|家|个|次|场|项|篇|户|期|支|处|所|元|万元)?");
  private static final Pattern LEADING =
      Pattern.compile("^(?:其中|另有|共有|现有|总计|合计|累计|全集团|集团|目前|[0-9]{1,2}\\s*月份?|[0-9]{4}\\s*年度?)+");
  private static final Pattern TRAILING = Pattern.compile("(?:为|是|达到|达|共|计|有|：|:)+$");
  private static final Pattern SHARE =
      Pattern.compile("占(?:集团)?(?:全体)?(?:职工|员工)(?:总数|总人数|人数)?的?(?:比例|比重|比)?(?:为|达)?");
  private static final Pattern FILLER =
      Pattern.compile(
          "(?:其中|另有|共有|现有|集团|全集团|目前|统计|数据|为准|[()（）]|[0-9]{1,2}\\s*月份?|[0-9]{4}\\s*年度?|\\s)*");
  private static final Pattern ENDS_WITH_FIGURE =
      Pattern.compile("[0-9０-９](?:\\s*(?:%|％|名|人|家|个|次|场|项|篇|户|期|支|处|所|元|万元))?\\s*$");
  private static final Pattern SPACED_THOUSANDS =
      Pattern.compile("(?<=[0-9]) (?=[0-9]{3}(?![0-9]))");
  private static final String CLAUSE_ENDS = "，,；;。！？!?、()（）";

  private final Problems problems;
  private final YearMonth period;
  private final String path;
  private final ImmutableStatisticsBlock.Builder block = StatisticsBlock.builder();
  private final Set<String> set = new HashSet<>();
  private LocalDate asOf;
  private boolean any;

  Statistics(Problems problems, YearMonth period, String path) {
    this.problems = problems;
    this.period = period;
    this.path = path;
  }

  /**
   * The block of the passages, or empty when they state no figure and no date. Without an as-of
   * phrase the figures are as of the end of the issue's month.
   */
  static Optional<StatisticsBlock> read(
      List<Para> passages, YearMonth period, String path, Problems problems) {
    Statistics statistics = new Statistics(problems, period, path);
    for (Para passage : passages) {
      statistics.passage(passage);
    }
    if (!statistics.any) {
      return Optional.empty();
    }
    LocalDate date = statistics.asOf != null ? statistics.asOf : period.atEndOfMonth();
    return Optional.of(statistics.block.asOf(date).build());
  }

  /**
   * True when the text ends with a figure ({@code 党员总数 3096 名}): in a statistics section, one
   * figure per line is a complete statement even without punctuation.
   */
  static boolean endsWithFigure(String text) {
    return ENDS_WITH_FIGURE.matcher(text).find();
  }

  private void passage(Para passage) {
    // a space inside a number (3 096) is a thousands separator; one character for one, so that
    // offsets stay valid
    String text = SPACED_THOUSANDS.matcher(Texts.normalize(passage.text())).replaceAll(",");
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0 && !thousands(text, i))) {
        if (i > start) {
          clause(passage, text, start, i);
        }
        start = i + 1;
      }
    }
  }

  /** True when the comma at {@code i} separates thousands: 1 to 3 digits before, 3 after. */
  private static boolean thousands(String text, int i) {
    char c = text.charAt(i);
    if (c != ',' && c != '，') {
      return false;
    }
    int before = 0;
    while (i - 1 - before >= 0 && Character.isDigit(text.charAt(i - 1 - before))) {
      before++;
    }
    int after = 0;
    while (i + 1 + after < text.length() && Character.isDigit(text.charAt(i + 1 + after))) {
      after++;
    }
    return before >= 1 && before <= 3 && after == 3;
  }

  private void clause(Para passage, String text, int start, int end) {
    StringBuilder clause = new StringBuilder(text.substring(start, end));
    Matcher asOfMatch = AS_OF.matcher(clause);
    if (asOfMatch.find()) {
      asOf(passage, start + asOfMatch.start(), asOfMatch);
      for (int i = asOfMatch.start(); i < asOfMatch.end(); i++) {
        clause.setCharAt(i, ' ');
      }
    }
    Matcher figure = FIGURE.matcher(clause);
    int labelStart = 0;
    boolean found = false;
    while (figure.find()) {
      int after = figure.end();
      boolean date = after < clause.length() && "年月日号岁时周".indexOf(clause.charAt(after)) >= 0;
      boolean ordinal = figure.start() > 0 && clause.charAt(figure.start() - 1) == '第';
      if (date || ordinal) {
        continue;
      }
      found = true;
      String label = label(clause.substring(labelStart, figure.start()));
      int at = start + figure.start();
      if (label.isEmpty()) {
        problems.unplaced(
            passage.lineAt(at),
            passage.columnAt(at),
            figure.group(),
            "统计数字没有名称",
            "a figure without a label");
      } else {
        figure(passage, at, label, figure);
      }
      labelStart = figure.end();
    }
    String rest = clause.substring(labelStart);
    if (!FILLER.matcher(rest).matches()) {
      int offset = labelStart;
      while (offset < clause.length() && Texts.isSpace(clause.charAt(offset))) {
        offset++;
      }
      int at = start + offset;
      problems.unplaced(
          passage.lineAt(at),
          passage.columnAt(at),
          Texts.strip(rest),
          found ? "统计数字之后无法读取的文字" : "统计语句中没有数字",
          found
              ? "text after a figure that cannot be read"
              : "a statistics clause without a number");
    }
  }

  private void asOf(Para passage, int at, Matcher m) {
    int month = Integer.parseInt(m.group(2));
    int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : -1;
    Optional<LocalDate> date;
    if (m.group(4) != null) {
      int day = Integer.parseInt(m.group(4));
      date = year > 0 ? IssueDates.of(year, month, day) : IssueDates.resolve(month, day, period);
    } else {
      Optional<LocalDate> first =
          year > 0 ? IssueDates.of(year, month, 1) : IssueDates.resolve(month, 1, period);
      date = first.map(d -> YearMonth.from(d).atEndOfMonth());
    }
    if (date.isEmpty()) {
      problems.value(
          passage.lineAt(at),
          passage.columnAt(at),
          path + ".asOf",
          m.group(),
          "存在的日期，如 截至2024年1月底",
          "an existing date such as 截至2024年1月底");
    } else if (asOf == null) {
      asOf = date.get();
      any = true;
    } else if (!asOf.equals(date.get())) {
      problems.unplaced(
          passage.lineAt(at),
          passage.columnAt(at),
          m.group(),
          "统计截止日期重复且不一致",
          "a second, different as-of date");
    }
  }

  private static String label(String text) {
    String label = Texts.strip(text);
    label = LEADING.matcher(label).replaceFirst("");
    label = TRAILING.matcher(label).replaceFirst("");
    return Texts.strip(label);
  }

  private void figure(Para passage, int at, String label, Matcher m) {
    String digits = m.group(1).replace(",", "").replace("，", "");
    String fraction = m.group(2) == null ? "" : m.group(2);
    String unit = m.group(3);
    BigDecimal value = new BigDecimal(digits + fraction);
    boolean percent = "%".equals(unit);
    String attribute = percent ? share(label) : count(label);
    if (attribute == null) {
      block.addOtherFigure(
          StatedFigure.builder().label(label).value(value).unit(Optional.ofNullable(unit)).build());
      any = true;
      return;
    }
    if (!set.add(attribute)) {
      problems.unplaced(
          passage.lineAt(at),
          passage.columnAt(at),
          label + m.group(),
          "统计数字重复",
          "a figure stated twice");
      return;
    }
    if (percent) {
      block.shareOfEmployeesPercent(value);
      any = true;
      return;
    }
    if (!fraction.isEmpty() || digits.length() > 9) {
      problems.value(
          passage.lineAt(at),
          passage.columnAt(at),
          path + "." + attribute,
          m.group(),
          "整数",
          "a whole number");
      return;
    }
    int n = Integer.parseInt(digits);
    switch (attribute) {
      case "memberTotal" -> block.memberTotal(n);
      case "probationaryMembers" -> block.probationaryMembers(n);
      case "organizationTotal" -> block.organizationTotal(n);
      case "partyCommittees" -> block.partyCommittees(n);
      case "generalBranches" -> block.generalBranches(n);
      default -> block.branches(n);
    }
    any = true;
  }

  private static String share(String label) {
    return SHARE.matcher(label).matches() ? "shareOfEmployeesPercent" : null;
  }

  private static String count(String label) {
    return switch (label) {
      case "党员总数", "党员", "党员人数", "党员数" -> "memberTotal";
      case "预备党员", "预备党员数", "预备党员人数" -> "probationaryMembers";
      case "党组织总数", "党组织", "党组织数", "基层党组织", "基层党组织总数" -> "organizationTotal";
      case "党委" -> "partyCommittees";
      case "党总支" -> "generalBranches";
      case "党支部" -> "branches";
      default -> null;
    };
  }
}
