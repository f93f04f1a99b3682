package org.dangjian.io.bulletin.real;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;

/**
 * Test helper: the structure of a bulletin that every form of it must give, as lines of text that
 * an expectation file lists and a failing test shows as a readable diff: the masthead, each
 * section's kind and heading, every statistic, every item headline, every priority with its
 * responsible organizations. Paragraph text, mentions and dates are left out: they depend on how a
 * form wraps its lines.
 */
final class Projection {

  private Projection() {}

  static List<String> of(Bulletin bulletin) {
    List<String> lines = new ArrayList<>();
    Masthead m = bulletin.masthead();
    lines.add("title: " + m.title());
    lines.add("period: " + m.period());
    m.issueNumber().ifPresent(n -> lines.add("number: " + n));
    m.runningNumber().ifPresent(n -> lines.add("running: " + n));
    m.publishDate().ifPresent(d -> lines.add("published: " + d));
    if (!m.publishers().isEmpty()) {
      lines.add(
          "publishers: "
              + String.join("、", m.publishers().stream().map(p -> p.name()).toList())
              + m.compilingStatement().map(s -> " " + s).orElse(""));
    }
    for (Section section : bulletin.sections()) {
      lines.add("section: " + section.kind() + " " + section.heading());
      section.statistics().ifPresent(s -> statistics(s, lines));
      section.items().forEach(item -> lines.add("  item: " + item.headline()));
      for (PriorityItem priority : section.priorities()) {
        lines.add(
            "  priority: "
                + priority.text()
                + (priority.responsibleOrganizations().isEmpty()
                    ? ""
                    : " | " + String.join("、", priority.responsibleOrganizations())));
      }
    }
    return lines;
  }

  private static void statistics(StatisticsBlock s, List<String> lines) {
    lines.add("  asOf: " + s.asOf());
    s.memberTotal().ifPresent(n -> lines.add("  memberTotal: " + n));
    s.shareOfEmployeesPercent().ifPresent(n -> lines.add("  shareOfEmployeesPercent: " + n));
    s.probationaryMembers().ifPresent(n -> lines.add("  probationaryMembers: " + n));
    s.organizationTotal().ifPresent(n -> lines.add("  organizationTotal: " + n));
    s.partyCommittees().ifPresent(n -> lines.add("  partyCommittees: " + n));
    s.generalBranches().ifPresent(n -> lines.add("  generalBranches: " + n));
    s.branches().ifPresent(n -> lines.add("  branches: " + n));
    for (StatedFigure f : s.otherFigures()) {
      lines.add("  figure: " + f.label() + " " + f.value() + f.unit().map(u -> " " + u).orElse(""));
    }
  }
}
