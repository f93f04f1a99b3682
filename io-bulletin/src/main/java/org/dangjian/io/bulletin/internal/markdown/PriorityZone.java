package org.dangjian.io.bulletin.internal.markdown;

import java.util.Set;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.io.bulletin.internal.markdown.Drafts.SectionState;

/**
 * Reads the priorities of a Markdown bulletin's section: a paragraph {@code ◇ 内容} is a priority
 * line, and each {@code - 责任单位：名称} entry after it adds a responsible organization to it.
 */
final class PriorityZone extends ZoneReader {

  PriorityZone(Assembly a) {
    super(a);
  }

  /** Adds the priority line {@code text} (starting with its marker) to the current section. */
  void priority(String text) {
    String rest = text.substring(MarkdownLayout.PRIORITY_MARKER.length());
    if (rest.startsWith(" ")) {
      rest = rest.substring(1);
    }
    draft().currentSection().priorities.add(PriorityItem.builder().text(rest));
  }

  /** Reads a {@code - 责任单位：} entry of the current section. */
  void responsible(Entry entry) {
    SectionState section = draft().currentSection();
    if (!allowOnly(entry, Set.of())) {
      return;
    }
    if (section.priorities.isEmpty()) {
      unplaced(entry.node(), "责任单位之前没有 ◇ 重点工作", "no ◇ priority line before it");
      return;
    }
    String path =
        section.path()
            + ".priorities["
            + (section.priorities.size() - 1)
            + "].responsibleOrganizations";
    if (nonBlank(entry, path)) {
      section
          .priorities
          .get(section.priorities.size() - 1)
          .addResponsibleOrganization(entry.value());
    }
  }
}
