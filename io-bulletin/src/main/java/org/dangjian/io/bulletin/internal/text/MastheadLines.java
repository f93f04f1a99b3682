package org.dangjian.io.bulletin.internal.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.io.bulletin.internal.ChineseNumerals;
import org.dangjian.io.bulletin.internal.IssueDates;

/**
 * Reads the masthead lines of a bulletin text, the lines before the first section heading: the
 * title (a line ending in {@code 简报} or {@code 快报}, spaced out or not), the publisher line ({@code
 * 协鑫集团党委、工会、团委联合编制}), and lines of numbers: the period ({@code 2024.1}, {@code 2024年1月}, or {@code
 * 2024年第1期} read as the issue number and, when no other period is printed and it is at most 12, the
 * month of a monthly issue), the issue number ({@code 第1期}), the running number ({@code 总第六十二期} or
 * {@code 总第62期}) and the publication date ({@code 2024年2月5日}), several of them on one line if
 * separated by white space or brackets. A line with anything else, or with a value that contradicts
 * one read before, is not a masthead line.
 */
final class MastheadLines {

  private static final String NUMBER = "([0-9]{1,6}|[〇零○一二三四五六七八九十百千万两]{1,10})";
  private static final Pattern TITLE = Pattern.compile("[\\p{IsHan}·]{0,30}?(?:简报|快报)");
  private static final Pattern RUNNING = Pattern.compile("总\\s*第\\s*" + NUMBER + "\\s*期");
  private static final Pattern YEAR_ISSUE =
      Pattern.compile("(?<![0-9])([0-9]{4})\\s*年\\s*第\\s*" + NUMBER + "\\s*期");
  private static final Pattern ISSUE = Pattern.compile("第\\s*" + NUMBER + "\\s*期");
  private static final Pattern DATE =
      Pattern.compile(
          "(?<![0-9])([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日(?:\\s*(?:印发|出版|编印))?");
  private static final Pattern PERIOD_DOT =
      Pattern.compile("(?<![0-9.])([0-9]{4})\\s*\\.\\s*([0-9]{1,2})(?![0-9.])");
  private static final Pattern PERIOD_MONTH =
      Pattern.compile("(?<![0-9])([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月(?!\\s*[0-9])(?:份)?");
  private static final Pattern SEPARATORS =
      Pattern.compile("[\\s（）()\\[\\]【】〔〕<>《》·•,，、;；:：|/\\\\\\-—–_]*");
  private static final List<String> STATEMENTS =
      List.of("联合编制", "联合编印", "联合主办", "联合编发", "联合主编", "编制", "编印", "主办", "编发");

  private static final Pattern LATIN_LOGO = Pattern.compile("[A-Za-z][A-Za-z0-9 .&'-]{0,39}");

  /** A line of the masthead area that is no masthead line, settled once the items are known. */
  private record Extra(SourceLine line, boolean beforeTitle, boolean beforePeriod) {}

  private final List<Extra> extras = new ArrayList<>();
  private final Problems problems;
  private String title;
  private String titleText;
  private String publisherText;
  private final List<String> publishers = new ArrayList<>();
  private String statement;
  private YearMonth period;
  private int periodLine;
  private YearMonth yearIssuePeriod;
  private Integer issue;
  private Integer running;
  private LocalDate publishDate;
  private boolean badValue;
  private int firstLine;

  MastheadLines(Problems problems) {
    this.problems = problems;
  }

  /** The numbers and title a line holds, when it holds nothing else. */
  private static final class Tokens {
    String title;
    YearMonth period;
    int periodColumn;
    String periodText;
    Integer yearIssueYear;
    Integer issue;
    Integer running;
    LocalDate date;
    final List<String[]> badValues = new ArrayList<>(); // field, text, column
  }

  /** Reads one content line of the masthead area. */
  void line(SourceLine line) {
    if (firstLine == 0) {
      firstLine = line.number;
    }
    String squeezed = Texts.squeeze(line.text);
    if (publisherText == null && publisher(line)) {
      return;
    }
    int cut = publisherText == null ? statementEnd(line.text) : -1;
    if (cut > 0) {
      // the publisher line followed by numbers: 中恒集团党委、工会、团委联合编制　2024年4月8日
      SourceLine head =
          new SourceLine(line.number, line.column, Texts.strip(line.text.substring(0, cut)), false);
      if (publisher(head)) {
        line(line.from(cut));
        return;
      }
    }
    Optional<Tokens> read = tokens(line.text);
    if (read.isEmpty() || !consistent(read.get())) {
      extras.add(new Extra(line, title == null, period == null));
      return;
    }
    Tokens t = read.get();
    for (String[] bad : t.badValues) {
      problems.value(
          line.number,
          line.column + Integer.parseInt(bad[2]),
          bad[0],
          bad[1],
          bad[0].equals("masthead.period") ? "年份与月份，如 2024.1" : "存在的日期，如 2024年2月5日",
          bad[0].equals("masthead.period")
              ? "a year and month such as 2024.1"
              : "an existing date");
      badValue = true;
    }
    if (t.title != null && title == null) {
      title = t.title;
      titleText = squeezed;
    }
    if (t.period != null && period == null) {
      period = t.period;
      periodLine = line.number;
    }
    if (t.yearIssueYear != null && t.issue != null && t.issue >= 1 && t.issue <= 12) {
      yearIssuePeriod = YearMonth.of(t.yearIssueYear, t.issue);
      periodLine = periodLine == 0 ? line.number : periodLine;
    }
    issue = issue == null ? t.issue : issue;
    running = running == null ? t.running : running;
    publishDate = publishDate == null ? t.date : publishDate;
  }

  /** True when no value of {@code t} contradicts a value read before. */
  private boolean consistent(Tokens t) {
    return (t.title == null || title == null || title.equals(t.title))
        && (t.period == null || period == null || period.equals(t.period))
        && (t.issue == null || issue == null || issue.equals(t.issue))
        && (t.running == null || running == null || running.equals(t.running))
        && (t.date == null || publishDate == null || publishDate.equals(t.date));
  }

  private boolean publisher(SourceLine line) {
    String text = line.text;
    if (text.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    for (String s : STATEMENTS) {
      if (text.endsWith(s) && text.length() > s.length()) {
        String names = Texts.strip(text.substring(0, text.length() - s.length()));
        List<String> found = new ArrayList<>();
        for (String name : names.split("[、，,/\\s\\u3000]+")) {
          if (!name.isEmpty()) {
            found.add(name);
          }
        }
        if (found.isEmpty()) {
          return false;
        }
        publishers.addAll(found);
        statement = s;
        publisherText = Texts.squeeze(text);
        return true;
      }
    }
    return false;
  }

  /** The end of a compiling statement followed by white space and more text, or -1. */
  private static int statementEnd(String text) {
    for (String s : STATEMENTS) {
      int at = text.indexOf(s);
      int end = at + s.length();
      if (at > 0 && end < text.length() && Texts.isSpace(text.charAt(end))) {
        return end;
      }
    }
    return -1;
  }

  /** The title and numbers of a line, or empty when the line holds anything else. */
  private static Optional<Tokens> tokens(String line) {
    Tokens t = new Tokens();
    String squeezed = Texts.squeeze(line);
    if (TITLE.matcher(squeezed).matches()) {
      t.title = squeezed;
      return Optional.of(t);
    }
    StringBuilder rest = new StringBuilder(Texts.normalize(line));
    Matcher title = TITLE.matcher(rest);
    if (title.lookingAt()) {
      t.title = title.group();
      blank(rest, title.start(), title.end());
    }
    Matcher m = RUNNING.matcher(rest);
    if (m.find()) {
      t.running = number(m.group(1));
      blank(rest, m.start(), m.end());
    }
    m = YEAR_ISSUE.matcher(rest);
    if (m.find()) {
      t.yearIssueYear = Integer.parseInt(m.group(1));
      t.issue = number(m.group(2));
      blank(rest, m.start(), m.end());
    } else {
      m = ISSUE.matcher(rest);
      if (m.find()) {
        t.issue = number(m.group(1));
        blank(rest, m.start(), m.end());
      }
    }
    m = DATE.matcher(rest);
    if (m.find()) {
      Optional<LocalDate> date =
          IssueDates.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (date.isPresent()) {
        t.date = date.get();
      } else {
        t.badValues.add(
            new String[] {"masthead.publishDate", m.group(), Integer.toString(m.start())});
      }
      blank(rest, m.start(), m.end());
    }
    for (Pattern pattern : List.of(PERIOD_DOT, PERIOD_MONTH)) {
      m = pattern.matcher(rest);
      if (t.period == null && m.find()) {
        int month = Integer.parseInt(m.group(2));
        if (month >= 1 && month <= 12) {
          t.period = YearMonth.of(Integer.parseInt(m.group(1)), month);
        } else {
          t.badValues.add(new String[] {"masthead.period", m.group(), Integer.toString(m.start())});
        }
        blank(rest, m.start(), m.end());
      }
    }
    if (!SEPARATORS.matcher(rest).matches()) {
      return Optional.empty();
    }
    if ((t.running != null && t.running < 0) || (t.issue != null && t.issue < 0)) {
      return Optional.empty();
    }
    return Optional.of(t);
  }

  private static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, ' ');
    }
  }

  /** A number in ASCII digits or Chinese numerals; -1 when it reads as neither. */
  private static Integer number(String text) {
    if (Character.isDigit(text.charAt(0))) {
      return text.length() > 6 ? -1 : Integer.parseInt(text);
    }
    OptionalInt value = ChineseNumerals.parse(text);
    return value.isPresent() ? value.getAsInt() : -1;
  }

  /**
   * True when {@code line} repeats the masthead, as a running header does: the title or the
   * publisher line, or numbers that all agree with the masthead.
   */
  boolean repeats(String line) {
    String squeezed = Texts.squeeze(line);
    if (squeezed.equals(titleText) || squeezed.equals(publisherText)) {
      return true;
    }
    Optional<Tokens> read = tokens(line);
    if (read.isEmpty() || !read.get().badValues.isEmpty()) {
      return false;
    }
    Tokens t = read.get();
    boolean any = t.title != null || t.period != null || t.issue != null || t.running != null;
    return any
        && (t.title == null || t.title.equals(title))
        && (t.period == null || t.period.equals(period()))
        && (t.issue == null || t.issue.equals(issue))
        && (t.running == null || t.running.equals(running))
        && (t.date == null || t.date.equals(publishDate));
  }

  /**
   * Takes a line of the body that holds only masthead numbers (period, issue or running number,
   * publication date) agreeing with those read so far, and no title: a part of the masthead that
   * text extraction moved below the first section heading. True when it was taken.
   */
  boolean absorbs(SourceLine line) {
    Optional<Tokens> read = tokens(line.text);
    if (read.isEmpty()
        || read.get().title != null
        || !read.get().badValues.isEmpty()
        || !consistent(read.get())) {
      return false;
    }
    Tokens t = read.get();
    if (t.period == null && t.issue == null && t.running == null && t.date == null) {
      return false;
    }
    line(line);
    return true;
  }

  private YearMonth period() {
    return period != null ? period : yearIssuePeriod;
  }

  /**
   * The masthead, or empty after reporting what is missing ({@code IO-MISSING-FIELD} for the title
   * or the period; nothing more when a period was printed but is not a month).
   */
  Optional<Masthead> masthead() {
    YearMonth month = period();
    int at = firstLine == 0 ? 1 : firstLine;
    if (title == null) {
      problems.missing(at, "masthead.title");
    }
    if (month == null && !badValue) {
      problems.missing(at, "masthead.period");
    }
    if (title == null || month == null) {
      return Optional.empty();
    }
    var builder = Masthead.builder().title(title).period(month);
    for (String name : publishers) {
      builder.addPublisher(Publisher.builder().name(name).build());
    }
    if (statement != null) {
      builder.compilingStatement(statement);
    }
    if (issue != null) {
      builder.issueNumber(issue);
    }
    if (running != null) {
      builder.runningNumber(running);
    }
    if (publishDate != null) {
      builder.publishDate(publishDate);
    }
    return Optional.of(builder.build());
  }

  /**
   * Settles the lines of the masthead area that are no masthead line: logo text before the title
   * (Latin initials such as {@code GCL}, or a short name that the title or the publisher line
   * contains, such as {@code 协鑫}) is dropped, and so is a lead headline that repeats (part of) an
   * item's headline; any other line is reported as {@code IO-UNPLACED}.
   *
   * @param headlines the headlines of the bulletin's items, white space removed
   */
  void settle(List<String> headlines) {
    for (Extra extra : extras) {
      String text = Texts.squeeze(extra.line.text);
      if (extra.beforeTitle && logo(text)) {
        extra.line.kind = SourceLine.Kind.LOGO;
        continue;
      }
      if (text.length() >= 4 && headlines.stream().anyMatch(h -> h.contains(text))) {
        continue;
      }
      problems.unplaced(
          extra.line,
          extra.beforePeriod ? "报头中无法识别的文字" : "报头之后、第一个栏目之前的文字",
          extra.beforePeriod
              ? "text in the masthead that is not a masthead line"
              : "text between the masthead and the first section");
    }
  }

  private boolean logo(String text) {
    if (LATIN_LOGO.matcher(Texts.strip(text)).matches()) {
      return true;
    }
    boolean han =
        text.codePoints()
            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return han
        && text.length() <= 8
        && ((title != null && title.contains(text))
            || (publisherText != null && publisherText.contains(text)));
  }

  /** The line of the period, for issues about it. */
  int periodLine() {
    return periodLine;
  }
}
