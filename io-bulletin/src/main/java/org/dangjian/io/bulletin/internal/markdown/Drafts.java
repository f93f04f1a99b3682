package org.dangjian.io.bulletin.internal.markdown;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Distribution;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.ImmutableBulletinItem;
import org.dangjian.core.bulletin.ImmutableDistribution;
import org.dangjian.core.bulletin.ImmutableMasthead;
import org.dangjian.core.bulletin.ImmutablePriorityItem;
import org.dangjian.core.bulletin.ImmutableSection;
import org.dangjian.core.bulletin.ImmutableStatisticsBlock;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.Section;

/**
 * The bulletin being assembled from Markdown, zone by zone: where the assembly stands ({@link
 * Zone}), the masthead and trailer fields read so far, the sections with their items, priorities
 * and statistics, and the problems waiting to be reported with the bulletin's designation.
 */
final class Drafts {

  private Drafts() {}

  /** Where the next block of the text belongs. */
  enum Zone {
    MASTHEAD,
    SECTION,
    ITEM,
    ORPHAN,
    TRAILER
  }

  static final class Draft {
    final int line;
    final long index;
    final String firstLineText;
    String title;
    YearMonth period;
    boolean periodBad;
    int publishers;
    final ImmutableMasthead.Builder masthead = Masthead.builder();
    final List<SectionState> sections = new ArrayList<>();
    boolean distribution;
    final List<String> reportTo = new ArrayList<>();
    final List<String> sendTo = new ArrayList<>();
    final List<String> issueTo = new ArrayList<>();
    final ImmutableBulletin.Builder bulletin = Bulletin.builder();
    final Set<String> seen = new HashSet<>();
    final List<Assembly.Pending> problems = new ArrayList<>();
    boolean fatal;
    Zone zone = Zone.MASTHEAD;

    Draft(int line, long index, String firstLineText) {
      this.line = line;
      this.index = index;
      this.firstLineText = firstLineText;
    }

    SectionState currentSection() {
      return sections.get(sections.size() - 1);
    }

    Bulletin build() {
      masthead.title(title).period(period);
      bulletin.masthead(masthead.build());
      for (SectionState section : sections) {
        bulletin.addSection(section.build());
      }
      if (distribution) {
        ImmutableDistribution.Builder builder = Distribution.builder();
        builder.addAllReportTo(reportTo).addAllSendTo(sendTo).addAllIssueTo(issueTo);
        bulletin.distribution(builder.build());
      }
      return bulletin.build();
    }
  }

  static final class SectionState {
    final int index;
    final ImmutableSection.Builder builder = Section.builder();
    final List<ItemState> items = new ArrayList<>();
    final List<ImmutablePriorityItem.Builder> priorities = new ArrayList<>();
    ImmutableStatisticsBlock.Builder statistics;
    boolean asOfBad;
    int otherFigures;
    final Set<String> figures = new HashSet<>();

    SectionState(int index) {
      this.index = index;
    }

    String path() {
      return "sections[" + index + "]";
    }

    ItemState currentItem() {
      return items.get(items.size() - 1);
    }

    Section build() {
      for (ItemState item : items) {
        builder.addItem(item.builder.build());
      }
      for (ImmutablePriorityItem.Builder priority : priorities) {
        builder.addPriority(priority.build());
      }
      if (statistics != null) {
        builder.statistics(statistics.build());
      }
      return builder.build();
    }
  }

  static final class ItemState {
    final SectionState section;
    final int index;
    final ImmutableBulletinItem.Builder builder;
    int organizations;
    int people;

    ItemState(SectionState section, int index, String headline) {
      this.section = section;
      this.index = index;
      this.builder = BulletinItem.builder().headline(headline);
    }

    String path() {
      return section.path() + ".items[" + index + "]";
    }
  }
}
