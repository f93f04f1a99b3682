package org.dangjian.io.bulletin.internal.news;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * What one source line of a news report says, as {@link Bylines} reads it: its kind, the
 * publication, the publication date, the reporters, the date line and its month and day, the
 * editor, and the body text that follows a lead on the same line ({@code 本报讯（记者 叶伟）近日，…}).
 *
 * @param kind the kind of line
 * @param publication the publication named, empty for {@code 本报} (the page's own)
 * @param publishedOn the full date printed
 * @param reporters the reporters and correspondents, each as role and name ({@code 记者 叶伟}) or name
 * @param dateLine the date line as printed ({@code 本报苏州1月15日电})
 * @param dateLineDay the month and day of the date line
 * @param editor the editor the line names
 * @param body the text after the lead on the same line, empty when none
 */
record Byline(
    Kind kind,
    Optional<String> publication,
    Optional<LocalDate> publishedOn,
    List<String> reporters,
    Optional<String> dateLine,
    Optional<MonthDay> dateLineDay,
    Optional<String> editor,
    String body) {

  /** The kinds of source line. */
  enum Kind {
    /** A web or WeChat meta line: {@code 2021-06-30 10:20 来源:闽东日报 张文奎}. */
    META,
    /** A lead opening the first paragraph: {@code 本报讯（记者 …）} or {@code 本报苏州1月15日电}. */
    LEAD,
    /** A reporters line: {@code ▶ 本报记者 叶伟}. */
    REPORTERS,
    /** A newspaper page header: {@code 闽东日报 2021年6月30日 星期三 第3版}. */
    PAGE
  }
}
