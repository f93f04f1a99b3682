package org.dangjian.io.bulletin.internal.markdown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.dangjian.core.bulletin.ImmutableStatisticsBlock;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.io.bulletin.internal.markdown.Assembly.Value;
import org.dangjian.io.bulletin.internal.markdown.Drafts.SectionState;
import org.dangjian.validation.InputProblem;

/**
 * Reads the statistics of a Markdown bulletin's section: the {@code - 截至：} entry gives the block's
 * date, and the GFM table {@code | 指标 | 数值 | 单位 |} its figures, the seven known ones by their
 * labels and units ({@link MarkdownLayout#KNOWN_FIGURES}), any other row (or a known label marked
 * {@code figure=other}) a {@link StatedFigure}.
 */
final class StatisticsZone extends ZoneReader {

  StatisticsZone(Assembly a) {
    super(a);
  }

  /** Reads the {@code - 截至：} entry of the current section. */
  void asOf(Entry entry) {
    SectionState section = draft().currentSection();
    if (!allowOnly(entry, Set.of())) {
      return;
    }
    if (section.statistics != null || section.asOfBad) {
      unplaced(entry.node(), "重复的字段“" + entry.label() + "”", "a repeated field");
      return;
    }
    Optional<LocalDate> asOf = date(entry, section.path() + ".statistics.asOf");
    if (asOf.isPresent()) {
      section.statistics = StatisticsBlock.builder().asOf(asOf.get());
    } else {
      section.asOfBad = true;
    }
  }

  void table(TableBlock table) {
    SectionState section = draft().currentSection();
    String path = section.path() + ".statistics";
    TableHead head = null;
    TableBody body = null;
    for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableHead h) {
        head = h;
      } else if (child instanceof TableBody b) {
        body = b;
      }
    }
    List<String> header =
        head == null || head.getFirstChild() == null
            ? List.of()
            : cells((TableRow) head.getFirstChild()).stream().map(v -> v.text().strip()).toList();
    if (!header.equals(
        List.of(
            MarkdownLayout.COLUMN_LABEL,
            MarkdownLayout.COLUMN_VALUE,
            MarkdownLayout.COLUMN_UNIT))) {
      unplaced(
          table,
          "统计表的表头须为“指标 | 数值 | 单位”",
          "the statistics table's header is " + "\"指标 | 数值 | 单位\"");
      return;
    }
    if (section.statistics == null) {
      if (section.asOfBad) {
        unplaced(table, "统计表缺少有效的“截至”日期", "the statistics table has no valid 截至 date");
      } else {
        problem(InputProblem.MISSING_FIELD, table, path + ".asOf", "", field(path + ".asOf"));
      }
      return;
    }
    if (body == null) {
      return;
    }
    for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
      statisticsRow((TableRow) row, section, path);
    }
  }

  void statisticsRow(TableRow row, SectionState section, String path) {
    List<Value> cells = cells(row);
    if (cells.size() != 3 || extraCells(row)) {
      unplaced(row, "统计表的行须有三列", "a statistics row has three cells");
      return;
    }
    Value labelCell = cells.get(0);
    String label = labelCell.text();
    String value = cells.get(1).text().strip();
    String unit = cells.get(2).text();
    for (int i = 1; i < 3; i++) {
      if (!cells.get(i).data().isEmpty()) {
        unplaced(row, "此处没有机器数据", "no machine data here");
        return;
      }
    }
    for (String key : labelCell.data().keySet()) {
      if (!key.equals(MarkdownLayout.KEY_FIGURE)
          || !MarkdownLayout.FIGURE_OTHER.equals(labelCell.data().get(key))) {
        unplaced(row, "此处没有机器数据“" + key + "”", "no machine data \"" + key + "\" here");
        return;
      }
    }
    boolean other =
        labelCell.data().containsKey(MarkdownLayout.KEY_FIGURE)
            || !MarkdownLayout.KNOWN_FIGURES.containsKey(label);
    ImmutableStatisticsBlock.Builder statistics = section.statistics;
    if (other) {
      String at = path + ".otherFigures[" + section.otherFigures++ + "]";
      if (label.isBlank()) {
        problem(InputProblem.MISSING_FIELD, row, at + ".label", label, field(at + ".label"));
        return;
      }
      decimal(row, at + ".value", value)
          .ifPresent(
              number ->
                  statistics.addOtherFigure(
                      StatedFigure.builder()
                          .label(label)
                          .value(number)
                          .unit(unit.isEmpty() ? Optional.empty() : Optional.of(unit))
                          .build()));
      return;
    }
    String field = MarkdownLayout.KNOWN_FIGURES.get(label);
    if (!section.figures.add(label)) {
      unplaced(row, "重复的指标“" + label + "”", "a repeated figure");
      return;
    }
    String expectedUnit = MarkdownLayout.FIGURE_UNITS.get(label);
    if (!unit.strip().isEmpty() && !unit.strip().equals(expectedUnit)) {
      valueProblem(
          row,
          path + "." + field,
          unit,
          "单位“" + expectedUnit + "”",
          "the unit \"" + expectedUnit + "\"");
      return;
    }
    if (field.equals("shareOfEmployeesPercent")) {
      decimal(row, path + "." + field, value).ifPresent(statistics::shareOfEmployeesPercent);
      return;
    }
    OptionalInt count = Assembly.parseInt(value);
    if (count.isEmpty()) {
      valueProblem(row, path + "." + field, value, "整数", "a whole number");
      return;
    }
    int n = count.getAsInt();
    switch (field) {
      case "memberTotal" -> statistics.memberTotal(n);
      case "probationaryMembers" -> statistics.probationaryMembers(n);
      case "organizationTotal" -> statistics.organizationTotal(n);
      case "partyCommittees" -> statistics.partyCommittees(n);
      case "generalBranches" -> statistics.generalBranches(n);
      default -> statistics.branches(n);
    }
  }

  /** True when the row's line goes on after its last cell: GFM drops cells beyond the header. */
  boolean extraCells(TableRow row) {
    Node last = row.getLastChild();
    List<SourceSpan> spans = last == null ? List.of() : last.getSourceSpans();
    if (spans.isEmpty() || spans.get(0).getLineIndex() >= a.lines.size()) {
      return false;
    }
    SourceSpan span = spans.get(spans.size() - 1);
    String raw = a.lines.get(span.getLineIndex());
    int end = Math.min(raw.length(), span.getColumnIndex() + span.getLength());
    String rest = raw.substring(end).strip();
    if (rest.startsWith("|")) {
      rest = rest.substring(1).strip();
    }
    return !rest.isEmpty();
  }

  Optional<BigDecimal> decimal(Node node, String path, String text) {
    if (text.length() <= a.maxNumberLength) {
      try {
        return Optional.of(new BigDecimal(text));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    valueProblem(node, path, text, "数字，如 10 或 10.0", "a number such as 10 or 10.0");
    return Optional.empty();
  }

  List<Value> cells(TableRow row) {
    List<Value> cells = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (cell instanceof TableCell) {
        cells.add(value(cell, null));
      }
    }
    return cells;
  }
}
