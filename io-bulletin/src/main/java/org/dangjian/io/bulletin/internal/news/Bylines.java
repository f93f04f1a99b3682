package org.dangjian.io.bulletin.internal.news;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.io.bulletin.internal.IssueDates;
import org.dangjian.io.bulletin.internal.text.Texts;

/**
 * Reads the source lines of news reports in the forms newspapers, news sites and WeChat accounts
 * print them: a meta line with a date and labelled parts ({@code 2021-06-30 10:20 来源:闽东日报 张文奎},
 * {@code 发布时间：2021年06月30日 来源：闽东日报 作者：张文奎}, {@code 原创 林某 闽东党建 2021-07-01}), a lead opening the first
 * paragraph ({@code 本报讯}, {@code 本报讯（记者 叶伟 通讯员 林晓）}, {@code 本报苏州1月15日电（记者 王某）}, {@code
 * 新华社北京1月15日电}), a reporters line ({@code ▶ 本报记者 叶伟}) and a newspaper page header ({@code 闽东日报
 * 2021年6月30日 星期三 第3版}). Lines are matched on their normalized form ({@link NewsText#normalize}), so
 * full-width digits and colons are accepted.
 */
final class Bylines {

  private static final int MAX_PUBLICATION = 40;
  private static final String HAN_NAME = "[\\u4e00-\\u9fa5·]{2,4}";
  private static final Pattern FULL_DATE =
      Pattern.compile(
          "(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*日?");
  private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(:\\d{2})?(?!\\d)");
  private static final Pattern LEAD =
      Pattern.compile("^(本报讯|本报电|本报消息|本刊讯)\\s*(?:\\(([^()]{0,60})\\)|【([^【】]{0,60})】)?\\s*");
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^((本报|新华社|中新社|人民网|新华网|央视网)([\\u4e00-\\u9fa5]{0,8}?)(\\d{1,2})月(\\d{1,2})日(电|讯))"
              + "\\s*(?:\\(([^()]{0,60})\\))?\\s*");
  private static final Pattern REPORTER_LINE =
      Pattern.compile(
          "^[▶►▷■□◎●★◆◇·•]?\\s*((本报|特约|见习)?(记者|通讯员)|实习生|文/图|文|作者)\\s*[:/]?\\s*[\\u4e00-\\u9fa5].*");
  private static final Pattern ROLE = Pattern.compile("本报记者|特约记者|见习记者|本报通讯员|特约通讯员|记者|通讯员|实习生|作者");
  private static final Pattern LABEL =
      Pattern.compile("(来源|发布时间|发布日期|发稿时间|时间|日期|作者|记者|通讯员|责任编辑|编辑|浏览次数|点击数|阅读量|浏览)\\s*:\\s*");
  private static final Pattern PAGE_MARK = Pattern.compile("第\\s*\\d{1,2}\\s*版|星期[一二三四五六日天]|版次");
  private static final Pattern NAME = Pattern.compile("^" + HAN_NAME + "$");

  private Bylines() {}

  /** What {@code line} says as a source line, or empty when it is not one. */
  static Optional<Byline> read(String line) {
    String text = NewsText.normalize(line).strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Matcher lead = LEAD.matcher(text);
    if (lead.find()) {
      String inside = lead.group(2) != null ? lead.group(2) : lead.group(3);
      return Optional.of(
          new Byline(
              Byline.Kind.LEAD,
              Optional.empty(),
              Optional.empty(),
              inside == null ? List.of() : reporters(inside),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              rest(line, lead.end())));
    }
    Matcher dateLine = DATE_LINE.matcher(text);
    if (dateLine.find()) {
      Optional<MonthDay> day = monthDay(dateLine.group(4), dateLine.group(5));
      String inside = dateLine.group(7);
      String agency = dateLine.group(2);
      return Optional.of(
          new Byline(
              Byline.Kind.LEAD,
              "本报".equals(agency) ? Optional.empty() : Optional.of(agency),
              Optional.empty(),
              inside == null ? List.of() : reporters(inside),
              Optional.of(Texts.strip(line).substring(0, dateLine.end(1))),
              day,
              Optional.empty(),
              rest(line, dateLine.end())));
    }
    if (sentence(text) || text.length() > 120) {
      return Optional.empty();
    }
    if (REPORTER_LINE.matcher(text).matches() && text.length() <= 40) {
      List<String> names = reporters(text.replaceFirst("^[▶►▷■□◎●★◆◇·•]\\s*", ""));
      if (!names.isEmpty()) {
        return Optional.of(
            new Byline(
                Byline.Kind.REPORTERS,
                Optional.empty(),
                Optional.empty(),
                names,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ""));
      }
    }
    Matcher date = FULL_DATE.matcher(text);
    if (!date.find()) {
      return Optional.empty();
    }
    Optional<LocalDate> on =
        IssueDates.of(
            IssueDates.number(date.group(1)),
            IssueDates.number(date.group(2)),
            IssueDates.number(date.group(3)));
    if (on.isEmpty()) {
      return Optional.empty();
    }
    if (PAGE_MARK.matcher(text).find() && !text.contains("来源")) {
      String rest = PAGE_MARK.matcher(text.substring(0, date.start())).replaceAll(" ").strip();
      String publication = rest.isEmpty() ? "" : rest.split("\\s+")[0];
      if (publication.length() > MAX_PUBLICATION) {
        publication = "";
      }
      return Optional.of(
          new Byline(
              Byline.Kind.PAGE,
              publication.isEmpty() ? Optional.empty() : Optional.of(publication),
              on,
              List.of(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              ""));
    }
    return meta(text, date, on.get());
  }

  /** A meta line: the date, then labelled parts, or bare account and author names. */
  private static Optional<Byline> meta(String text, Matcher date, LocalDate on) {
    String rest = (text.substring(0, date.start()) + " " + text.substring(date.end()));
    rest = TIME.matcher(rest).replaceAll(" ");
    rest = rest.replaceAll("[|｜丨]", " ").replace("原创", " ");
    String publication = null;
    String editor = null;
    List<String> reporters = new ArrayList<>();
    Matcher label = LABEL.matcher(rest);
    int from = 0;
    String pending = null;
    List<String[]> parts = new ArrayList<>();
    while (label.find()) {
      parts.add(new String[] {pending, rest.substring(from, label.start())});
      pending = label.group(1);
      from = label.end();
    }
    parts.add(new String[] {pending, rest.substring(from)});
    for (String[] part : parts) {
      String[] tokens = part[1].strip().isEmpty() ? new String[0] : part[1].strip().split("\\s+");
      String name = part[0];
      if (name == null) {
        for (String token : tokens) {
          if (NAME.matcher(token).matches() && token.length() <= 3) {
            reporters.add(token);
          } else if (publication == null
              && token.length() >= 2
              && token.length() <= MAX_PUBLICATION
              && !token.matches("[\\d:.-]+")) {
            publication = token;
          }
        }
      } else if ("来源".equals(name) && tokens.length > 0 && tokens[0].length() <= MAX_PUBLICATION) {
        publication = tokens[0];
        for (int i = 1; i < tokens.length; i++) {
          reporters.addAll(reporters(tokens[i]));
        }
      } else if ("作者".equals(name) || "记者".equals(name) || "通讯员".equals(name)) {
        for (String token : tokens) {
          for (String person : reporters(token)) {
            reporters.add("作者".equals(name) ? person : name + " " + person);
          }
        }
      } else if (name.endsWith("编辑") && tokens.length > 0 && NAME.matcher(tokens[0]).matches()) {
        editor = tokens[0];
      }
    }
    return Optional.of(
        new Byline(
            Byline.Kind.META,
            Optional.ofNullable(publication),
            Optional.of(on),
            List.copyOf(reporters),
            Optional.empty(),
            Optional.empty(),
            Optional.ofNullable(editor),
            ""));
  }

  /**
   * The people of a reporters text, each as role and name: {@code 记者 叶伟 通讯员 林晓 张某} gives {@code 记者
   * 叶伟}, {@code 通讯员 林晓}, {@code 通讯员 张某}; a name before any role is given alone.
   */
  static List<String> reporters(String text) {
    List<String> out = new ArrayList<>();
    Matcher role = ROLE.matcher(text);
    String current = null;
    int from = 0;
    while (role.find()) {
      names(text.substring(from, role.start()), current, out);
      current = role.group();
      from = role.end();
    }
    names(text.substring(from), current, out);
    return List.copyOf(out);
  }

  private static void names(String segment, String role, List<String> out) {
    for (String token : segment.split("[\\s、,，:：/]+")) {
      String name = token.replaceAll("^(文|图|摄)$", "");
      if (NAME.matcher(name).matches()) {
        out.add(role == null ? name : role + " " + name);
      }
    }
  }

  private static Optional<MonthDay> monthDay(String month, String day) {
    int m = IssueDates.number(month);
    int d = IssueDates.number(day);
    return m >= 1 && m <= 12 && d >= 1 && d <= MonthDay.of(m, 1).getMonth().maxLength()
        ? Optional.of(MonthDay.of(m, d))
        : Optional.empty();
  }

  /** Whether the text reads as a sentence of prose rather than a source line. */
  private static boolean sentence(String text) {
    return text.indexOf('。') >= 0 || text.indexOf('，') >= 0 || text.indexOf('；') >= 0;
  }

  private static int leadingSpace(String line) {
    int i = 0;
    while (i < line.length() && Texts.isSpace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The original text after offset {@code end} of the normalized, stripped line. */
  private static String rest(String line, int end) {
    return Texts.strip(line.substring(Math.min(line.length(), leadingSpace(line) + end)));
  }
}
