package org.dangjian.io.bulletin.internal.markdown;

import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.dangjian.core.bulletin.Publisher;

/**
 * Reads the masthead zone of a Markdown bulletin: the level 1 heading is the title, and the entries
 * of the field list after it are the period ({@code - 期别：2024.1}), the issue and running numbers,
 * the publication date, the publishers (one {@code - 编制单位：} each, with an optional organization id)
 * and the compiling statement.
 */
final class MastheadZone extends ZoneReader {

  private static final Pattern PERIOD = Pattern.compile("([0-9]{4})[.．]([0-9]{1,2})");
  private static final Pattern ISSUE = Pattern.compile("第?(.+?)期?");
  private static final Pattern RUNNING = Pattern.compile("总?第?(.+?)期?");

  MastheadZone(Assembly a) {
    super(a);
  }

  /** Opens a bulletin at its level 1 heading, which gives the title. */
  void title(Heading heading) {
    a.open(a.line(heading)).title = value(heading, Set.of()).text();
  }

  void entry(Entry entry) {
    String label = entry.label();
    if (label.equals(MarkdownLayout.PUBLISHER)) {
      if (allowOnly(entry, Set.of(MarkdownLayout.KEY_ID))) {
        String path = "masthead.publishers[" + draft().publishers++ + "]";
        if (nonBlank(entry, path + ".name")) {
          draft()
              .masthead
              .addPublisher(
                  Publisher.builder()
                      .name(entry.value())
                      .organizationId(Optional.ofNullable(entry.data().get(MarkdownLayout.KEY_ID)))
                      .build());
        }
      }
      return;
    }
    if (!singleValued(
        entry,
        "masthead",
        Set.of(
            MarkdownLayout.PERIOD,
            MarkdownLayout.ISSUE_NUMBER,
            MarkdownLayout.RUNNING_NUMBER,
            MarkdownLayout.PUBLISH_DATE,
            MarkdownLayout.COMPILING_STATEMENT))) {
      return;
    }
    switch (label) {
      case MarkdownLayout.PERIOD -> {
        Matcher matcher = PERIOD.matcher(entry.value().strip());
        int month = matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
        if (month >= 1 && month <= 12) {
          draft().period = YearMonth.of(Integer.parseInt(matcher.group(1)), month);
        } else {
          draft().periodBad = true;
          valueProblem(
              entry.node(),
              "masthead.period",
              entry.value(),
              "年.月，如 2024.1",
              "year.month such as 2024.1");
        }
      }
      case MarkdownLayout.ISSUE_NUMBER ->
          number(entry, ISSUE, "masthead.issueNumber").ifPresent(draft().masthead::issueNumber);
      case MarkdownLayout.RUNNING_NUMBER ->
          number(entry, RUNNING, "masthead.runningNumber")
              .ifPresent(draft().masthead::runningNumber);
      case MarkdownLayout.PUBLISH_DATE ->
          date(entry, "masthead.publishDate").ifPresent(draft().masthead::publishDate);
      default -> draft().masthead.compilingStatement(entry.value());
    }
  }
}
