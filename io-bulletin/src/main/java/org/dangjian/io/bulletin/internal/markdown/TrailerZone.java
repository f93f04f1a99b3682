package org.dangjian.io.bulletin.internal.markdown;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the trailer zone of a Markdown bulletin, the field list after the thematic break: the
 * distribution ({@code - 报：}, {@code - 送：}, {@code - 发：}, one recipient each, or {@code - 分发：} for
 * a distribution without recipients), the editor, the approver and the print count.
 */
final class TrailerZone extends ZoneReader {

  private static final Pattern COPIES = Pattern.compile("([+-]?[0-9]{1,10})份?");

  TrailerZone(Assembly a) {
    super(a);
  }

  void entry(Entry entry) {
    switch (entry.label()) {
      case MarkdownLayout.REPORT_TO, MarkdownLayout.SEND_TO, MarkdownLayout.ISSUE_TO -> {
        if (allowOnly(entry, Set.of())) {
          draft().distribution = true;
          List<String> list =
              entry.label().equals(MarkdownLayout.REPORT_TO)
                  ? draft().reportTo
                  : entry.label().equals(MarkdownLayout.SEND_TO) ? draft().sendTo : draft().issueTo;
          list.add(entry.value());
        }
      }
      case MarkdownLayout.DISTRIBUTION -> {
        if (!entry.value().isEmpty()) {
          unplaced(
              entry.node(),
              "“分发”只用于标明无收件单位的分发行，收件单位写在“报/送/发”后",
              "\"分发\" only marks a distribution line without recipients; recipients go after "
                  + "报/送/发");
        } else if (allowOnly(entry, Set.of())) {
          draft().distribution = true;
        }
      }
      case MarkdownLayout.EDITOR, MarkdownLayout.APPROVER, MarkdownLayout.PRINT_COUNT -> {
        if (!allowOnly(entry, Set.of()) || !singleValued(entry, "trailer", Set.of(entry.label()))) {
          return;
        }
        if (entry.label().equals(MarkdownLayout.EDITOR)) {
          draft().bulletin.editor(entry.value());
        } else if (entry.label().equals(MarkdownLayout.APPROVER)) {
          draft().bulletin.approver(entry.value());
        } else {
          Matcher matcher = COPIES.matcher(entry.value().strip());
          OptionalInt copies =
              matcher.matches() ? Assembly.parseInt(matcher.group(1)) : OptionalInt.empty();
          if (copies.isPresent()) {
            draft().bulletin.printCount(copies.getAsInt());
          } else {
            valueProblem(
                entry.node(),
                "printCount",
                entry.value(),
                "份数，如 200份",
                "a number of copies such as 200份");
          }
        }
      }
      default -> unknownLabel(entry);
    }
  }
}
