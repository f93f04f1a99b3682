package org.dangjian.testkit.internal.mutation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.ImmutableSection;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.BulletinGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;

/**
 * The one-defect mutator of a bulletin's text (BUL-STATS-ITEM-FIGURE): a bulletin made by {@link
 * BulletinGenerator#reporting} for the last month elapsed, whose statistics agree with the dataset,
 * gets one more item saying that the whole group has one Party member more than its statistics
 * block states.
 */
public final class BulletinTextMutators {

  private static final long SEED = 62;

  private BulletinTextMutators() {}

  /** Injects a bulletin-text {@code defect}; null when it is not one of this class. */
  public static Mutation apply(Defect defect, Dataset d, LocalDate asOf) {
    if (defect != Defect.BULLETIN_ITEM_FIGURE_WRONG) {
      return null;
    }
    YearMonth month = YearMonth.from(asOf);
    YearMonth period = asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    Bulletin issue = BulletinGenerator.reporting(d, period, SEED);
    int total = issue.statistics().orElseThrow().memberTotal().orElseThrow();
    int stated = total + 1;
    List<Section> sections = new ArrayList<>(issue.sections());
    int target = 0;
    while (target < sections.size() - 1 && sections.get(target).items().isEmpty()) {
      target++;
    }
    Section section = sections.get(target);
    BulletinItem item =
        BulletinItem.builder()
            .headline("党员队伍持续壮大")
            .addParagraphs("截至本月底，全集团共有" + stated + "名党员。")
            .build();
    sections.set(target, ImmutableSection.copyOf(section).withItems(append(section.items(), item)));
    Bulletin wrong = ImmutableBulletin.copyOf(issue).withSections(sections);
    Dataset changed = Edits.add(d, wrong);
    return new Mutation(
        changed,
        wrong.designation(),
        defect,
        "a bulletin for "
            + period
            + " added, with an item stating "
            + stated
            + " members for the whole group against "
            + total
            + " in its statistics");
  }

  private static List<BulletinItem> append(List<BulletinItem> items, BulletinItem item) {
    List<BulletinItem> out = new ArrayList<>(items);
    out.add(item);
    return out;
  }
}
