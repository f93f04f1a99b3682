package org.dangjian.io.bulletin.internal.markdown;

import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.code.Codes;
import org.dangjian.io.bulletin.internal.markdown.Assembly.Value;
import org.dangjian.io.bulletin.internal.markdown.Drafts.SectionState;
import org.dangjian.io.bulletin.internal.markdown.Drafts.Zone;
import org.dangjian.validation.InputProblem;

/**
 * Reads the section zone of a Markdown bulletin: a level 2 heading opens a section (its kind from
 * the heading or from a {@code kind=} comment), the section's field list holds the statistics date
 * ({@link StatisticsZone}) and the responsible organizations of a priority ({@link PriorityZone}),
 * and its paragraphs belong to the current item ({@link ItemZone}) or are {@code ◇} priority lines.
 */
final class SectionZone extends ZoneReader {

  private final StatisticsZone statistics;
  private final PriorityZone priorities;
  private final ItemZone items;

  SectionZone(Assembly a, StatisticsZone statistics, PriorityZone priorities, ItemZone items) {
    super(a);
    this.statistics = statistics;
    this.priorities = priorities;
    this.items = items;
  }

  void heading(Heading heading) {
    Value value = value(heading, Set.of(MarkdownLayout.KEY_KIND));
    String text = value.text();
    if (text.length() >= 2 && text.startsWith("【") && text.endsWith("】")) {
      text = text.substring(1, text.length() - 1);
    }
    SectionState section = new SectionState(draft().sections.size());
    draft().sections.add(section);
    draft().zone = Zone.SECTION;
    String path = section.path();
    if (text.isBlank()) {
      problem(InputProblem.MISSING_FIELD, heading, path + ".heading", "", field(path + ".heading"));
      draft().fatal = true;
      text = "?";
    }
    SectionKind kind = SectionKind.fromHeading(text).orElse(SectionKind.CUSTOM);
    String code = value.data().get(MarkdownLayout.KEY_KIND);
    if (code != null) {
      Optional<SectionKind> coded = Codes.lookup(SectionKind.class, code);
      if (coded.isPresent()) {
        kind = coded.get();
      } else {
        valueProblem(heading, path + ".kind", code, "栏目代码（01–07、99）", "a section kind code");
      }
    }
    section.builder.kind(kind).heading(text);
  }

  /** Places an entry of the section's own field list. */
  void entry(Entry entry) {
    if (entry.label().equals(MarkdownLayout.AS_OF)) {
      statistics.asOf(entry);
    } else if (entry.label().equals(MarkdownLayout.RESPONSIBLE)) {
      priorities.responsible(entry);
    } else {
      unknownLabel(entry);
    }
  }

  /** Places a paragraph: in an item, as a priority line, or reported. */
  void paragraph(Paragraph paragraph) {
    Value value = value(paragraph, Set.of());
    if (draft().zone == Zone.ITEM) {
      items.paragraph(value.text());
    } else if (draft().zone == Zone.SECTION
        && value.text().startsWith(MarkdownLayout.PRIORITY_MARKER)) {
      priorities.priority(value.text());
    } else if (draft().zone == Zone.SECTION) {
      unplaced(
          paragraph,
          "栏目中的段落须属于某个条目（### ➤）或以 ◇ 开头",
          "a paragraph of a section " + "belongs to an item (### ➤) or starts with ◇");
    } else {
      unplaced(
          paragraph,
          "报头或报尾只接受“- 标签：值”列表",
          "the masthead and the trailer take only " + "\"- label：value\" lists");
    }
  }
}
