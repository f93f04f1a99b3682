package org.dangjian.io.bulletin.internal.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.bulletin.Distribution;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.io.bulletin.internal.IssueDates;

/**
 * Reads the trailer lines of a bulletin text (版记): {@code 编辑：}/{@code 责任编辑：} (the editor), {@code
 * 签发：} (the approver), {@code 报：}/{@code 报送：}, {@code 送：}/{@code 抄送：} and {@code 发：}/{@code
 * 发送：}/{@code 分送：} (the distribution, recipients split on {@code 、，,；;} and white space), {@code
 * 印数：N份} or {@code 共印N份} (the copies printed), and {@code 2024年2月5日印发} (the publication date when
 * the masthead prints none). Several keys may share a line, separated by white space.
 */
final class Trailer {

  private static final String KEYS = "(责任编辑|编辑|签发|报送|抄送|分送|发送|印数|报|送|发)";
  private static final Pattern START = Pattern.compile(KEYS + "\\s*[：:]");
  private static final Pattern KEY = Pattern.compile("(?:^|(?<=[\\s\\u3000]))" + KEYS + "\\s*[：:]");
  private static final Pattern PRINTED =
      Pattern.compile("[（(]?\\s*共印\\s*([0-9]{1,9})\\s*份\\s*[）)]?[。.]?");
  private static final Pattern COUNT = Pattern.compile("([0-9]{1,9})\\s*份?[。.]?");
  private static final Pattern ISSUED =
      Pattern.compile("([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日\\s*(?:印发|编印)");

  private final Problems problems;
  private String editor;
  private String approver;
  private Integer printCount;
  private LocalDate issued;
  private final List<String> reportTo = new ArrayList<>();
  private final List<String> sendTo = new ArrayList<>();
  private final List<String> issueTo = new ArrayList<>();

  Trailer(Problems problems) {
    this.problems = problems;
  }

  /** True when {@code text} is a trailer line. */
  static boolean isTrailer(String text) {
    String ascii = Texts.normalize(text);
    return START.matcher(ascii).lookingAt()
        || PRINTED.matcher(ascii).matches()
        || ISSUED.matcher(ascii).matches();
  }

  /** Reads a trailer line. */
  void line(SourceLine line) {
    String text = Texts.normalize(line.text);
    Matcher printed = PRINTED.matcher(text);
    if (printed.matches()) {
      count(line, 0, printed.group(1));
      return;
    }
    Matcher date = ISSUED.matcher(text);
    if (date.matches()) {
      Optional<LocalDate> value =
          IssueDates.of(
              Integer.parseInt(date.group(1)),
              Integer.parseInt(date.group(2)),
              Integer.parseInt(date.group(3)));
      if (value.isEmpty()) {
        problems.value(
            line.number,
            line.column,
            "masthead.publishDate",
            line.text,
            "存在的日期",
            "an existing date");
      } else if (issued == null) {
        issued = value.get();
      } else {
        problems.unplaced(line, "印发日期重复", "the issue date is stated twice");
      }
      return;
    }
    Matcher key = KEY.matcher(text);
    List<int[]> keys = new ArrayList<>(); // start, value start
    List<String> names = new ArrayList<>();
    while (key.find()) {
      keys.add(new int[] {key.start(), key.end()});
      names.add(key.group(1));
    }
    for (int k = 0; k < keys.size(); k++) {
      int start = keys.get(k)[1];
      int end = k + 1 < keys.size() ? keys.get(k + 1)[0] : text.length();
      String value = Texts.strip(line.text.substring(start, end));
      int column = line.column + start;
      if (value.isEmpty()) {
        problems.unplaced(
            line.number,
            line.column + keys.get(k)[0],
            names.get(k),
            "版记项目没有内容",
            "a trailer entry without a value");
        continue;
      }
      switch (names.get(k)) {
        case "编辑", "责任编辑" -> editor = once(line, column, value, editor, "编辑", "editor");
        case "签发" -> approver = once(line, column, value, approver, "签发人", "approver");
        case "印数" -> count(line, start, value);
        case "报", "报送" -> recipients(value, reportTo);
        case "送", "抄送" -> recipients(value, sendTo);
        default -> recipients(value, issueTo);
      }
    }
  }

  private String once(
      SourceLine line, int column, String value, String before, String what, String whatEn) {
    if (before == null) {
      return value;
    }
    problems.unplaced(
        line.number, column, value, what + "重复", "the " + whatEn + " is stated twice");
    return before;
  }

  private void count(SourceLine line, int offset, String text) {
    Matcher m = COUNT.matcher(Texts.normalize(text));
    if (!m.matches() || m.group(1).length() > 9) {
      problems.value(
          line.number, line.column + offset, "printCount", text, "份数，如 120份", "a number of copies");
    } else if (printCount != null) {
      problems.unplaced(
          line.number, line.column + offset, text, "印数重复", "the copies are stated twice");
    } else {
      printCount = Integer.parseInt(m.group(1));
    }
  }

  private static void recipients(String value, List<String> into) {
    for (String name : value.split("[、，,；;。\\s\\u3000]+")) {
      if (!name.isEmpty()) {
        into.add(name);
      }
    }
  }

  /** The publication date of an {@code 印发} line, if any. */
  Optional<LocalDate> issued() {
    return Optional.ofNullable(issued);
  }

  /** Sets what the trailer read on the bulletin. */
  void into(ImmutableBulletin.Builder bulletin) {
    bulletin.editor(Optional.ofNullable(editor)).approver(Optional.ofNullable(approver));
    if (printCount != null) {
      bulletin.printCount(printCount);
    }
    if (!reportTo.isEmpty() || !sendTo.isEmpty() || !issueTo.isEmpty()) {
      bulletin.distribution(
          Distribution.builder()
              .addAllReportTo(reportTo)
              .addAllSendTo(sendTo)
              .addAllIssueTo(issueTo)
              .build());
    }
  }
}
