package org.dangjian.io.bulletin.internal.markdown;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.dangjian.io.bulletin.internal.ChineseNumerals;
import org.dangjian.io.bulletin.internal.markdown.Assembly.Value;
import org.dangjian.io.bulletin.internal.markdown.Drafts.Draft;
import org.dangjian.validation.InputProblem;

/**
 * The base of the zone readers that assemble a Markdown bulletin (masthead, sections, statistics,
 * items, priorities, trailer): it reads a {@code - 标签：值} list entry with its machine data and
 * nested list ({@link Entry}), checks it (a known label stated once, only the allowed machine-data
 * keys, a value that is not blank, an issue number or a date that reads), and records problems
 * through the shared {@link Assembly}.
 */
abstract class ZoneReader {

  final Assembly a;

  ZoneReader(Assembly a) {
    this.a = a;
  }

  Draft draft() {
    return a.draft;
  }

  Value value(Node block, Set<String> allowed) {
    return a.value(block, allowed);
  }

  void unplaced(Node node, String detail, String detailEn) {
    a.unplaced(node, detail, detailEn);
  }

  void problem(
      InputProblem problem, Node node, String path, String value, Map<String, String> arguments) {
    a.problem(problem, node, path, value, arguments);
  }

  void valueProblem(Node node, String path, String value, String expected, String expectedEn) {
    a.valueProblem(node, path, value, expected, expectedEn);
  }

  static Map<String, String> field(String path) {
    return Assembly.field(path);
  }

  /** One {@code - 标签：值} entry with its machine data and nested entries. */
  record Entry(
      String label, String value, Map<String, String> data, Node node, BulletList children) {}

  Optional<Entry> entry(ListItem item) {
    Node first = item.getFirstChild();
    if (!(first instanceof Paragraph paragraph)) {
      unplaced(item, "列表项不是“标签：值”", "a list entry is not \"label：value\"");
      return Optional.empty();
    }
    Value value = value(paragraph, null);
    int separator = separator(value.text());
    if (separator < 0) {
      unplaced(item, "列表项不是“标签：值”", "a list entry is not \"label：value\"");
      return Optional.empty();
    }
    String label = value.text().substring(0, separator).strip();
    String text = value.text().substring(separator + 1);
    int raw = rawSpacesAfterSeparator(paragraph);
    int strip = 0;
    while (strip < raw
        && strip < text.length()
        && (text.charAt(strip) == ' ' || text.charAt(strip) == '\t')) {
      strip++;
    }
    text = text.substring(strip);
    BulletList children = null;
    for (Node child = first.getNext(); child != null; child = child.getNext()) {
      if (child instanceof BulletList list && children == null) {
        children = list;
      } else {
        unplaced(child, "列表项中多余的内容", "extra content in a list entry");
      }
    }
    return Optional.of(new Entry(label, text, value.data(), item, children));
  }

  private static int separator(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == MarkdownLayout.SEPARATOR || c == ':') {
        return i;
      }
    }
    return -1;
  }

  private int rawSpacesAfterSeparator(Node paragraph) {
    Optional<SourceSpan> span = a.span(paragraph);
    if (span.isEmpty() || span.get().getLineIndex() >= a.lines.size()) {
      return 0;
    }
    String raw = a.lines.get(span.get().getLineIndex());
    int i = span.get().getColumnIndex();
    while (i < raw.length() && raw.charAt(i) != MarkdownLayout.SEPARATOR && raw.charAt(i) != ':') {
      i++;
    }
    int count = 0;
    for (i++; i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t'); i++) {
      count++;
    }
    return count;
  }

  void unknownLabel(Entry entry) {
    unplaced(
        entry.node(), "此处没有字段“" + entry.label() + "”", "no field \"" + entry.label() + "\" here");
  }

  boolean singleValued(Entry entry, String scope, Set<String> labels) {
    if (!labels.contains(entry.label())) {
      unknownLabel(entry);
      return false;
    }
    if (!draft().seen.add(scope + ":" + entry.label())) {
      unplaced(entry.node(), "重复的字段“" + entry.label() + "”", "a repeated field");
      return false;
    }
    return true;
  }

  boolean allowOnly(Entry entry, Set<String> keys) {
    for (String key : entry.data().keySet()) {
      if (!keys.contains(key)) {
        unplaced(entry.node(), "此处没有机器数据“" + key + "”", "no machine data \"" + key + "\" here");
        return false;
      }
    }
    return true;
  }

  boolean nonBlank(Entry entry, String path) {
    if (entry.value().isBlank()) {
      problem(InputProblem.MISSING_FIELD, entry.node(), path, entry.value(), field(path));
      return false;
    }
    return true;
  }

  OptionalInt number(Entry entry, Pattern pattern, String path) {
    Matcher matcher = pattern.matcher(entry.value().strip());
    OptionalInt number = OptionalInt.empty();
    if (matcher.matches()) {
      String digits = matcher.group(1);
      number = Assembly.parseInt(digits);
      if (number.isEmpty()) {
        number = ChineseNumerals.parse(digits);
      }
    }
    if (number.isEmpty()) {
      valueProblem(
          entry.node(),
          path,
          entry.value(),
          "期数，如 第1期、总第六十二期",
          "an issue number such as 第1期 or 总第六十二期");
    }
    return number;
  }

  Optional<LocalDate> date(Entry entry, String path) {
    Optional<LocalDate> date = MarkdownLayout.parseDate(entry.value().strip());
    if (date.isEmpty()) {
      valueProblem(
          entry.node(),
          path,
          entry.value(),
          "日期，如 2024年1月31日 或 2024-01-31",
          "a date such as 2024年1月31日 or 2024-01-31");
    }
    return date;
  }
}
