package org.dangjian.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.ImmutableBulletinItem;
import org.dangjian.core.bulletin.ImmutableSection;
import org.dangjian.core.bulletin.ImmutableStatisticsBlock;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetView;
import org.dangjian.core.link.MentionLinker;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;
import org.dangjian.core.organization.StatisticalClass;
import org.dangjian.core.statistics.PartyStatistics;

/**
 * Generates realistic bulletins (党群工作简报) for tests: {@link #reporting(Dataset, YearMonth, long)},
 * an issue that reports on a dataset for one month, with a statistics block that agrees with the
 * data, news items that name the dataset's organizations and their secretaries as a bulletin prints
 * them (short names such as {@code 瑞丰集团党委}, mentions not yet linked to ids), and next month's
 * priorities, deterministic for a seed. To get a bulletin whose figures disagree, change its block
 * with {@link #withStatistics(Bulletin, StatisticsBlock)}. The issue of docs/DOMAIN.md itself, with
 * its real figures, is {@link SampleBulletins#issue62()}.
 *
 * <pre>{@code
 * Bulletin issue = BulletinGenerator.reporting(dataset, YearMonth.of(2024, 1), 62);
 * StatisticsBlock wrong = ImmutableStatisticsBlock.copyOf(issue.statistics().get()).withBranches(113);
 * Bulletin disagreeing = BulletinGenerator.withStatistics(issue, wrong);
 * }</pre>
 */
public final class BulletinGenerator {

  private static final String[] MONTHS = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"
  };

  private static final String[] BRANCH_EVENTS = {
    "召开专题组织生活会", "开展主题党日活动", "组织党员集中学习", "开展“党员先锋岗”评选", "召开党员大会"
  };

  private BulletinGenerator() {}

  /**
   * An issue that reports on {@code dataset} for {@code period}: the statistics block is the
   * dataset's figures at the end of the period (the share rounded to a whole percent, as bulletins
   * print it, when the root organizations' employee counts are known), and the news items name
   * organizations and post holders of the dataset on dates within the period.
   *
   * @param dataset the data the bulletin reports on, with at least one organization
   * @param period the month of the issue
   * @param seed chooses the organizations and events the items are about
   * @return a bulletin whose statistics agree with the dataset
   */
  public static Bulletin reporting(Dataset dataset, YearMonth period, long seed) {
    Random random = new Random(seed);
    DatasetView view = dataset.asOf(period.atEndOfMonth());
    Organization root =
        view.organizations().stream()
            .filter(o -> o.parentId().flatMap(view::organization).isEmpty())
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the dataset has no organization"));
    String rootName = MentionLinker.shortName(root.name());
    var bulletin =
        Bulletin.builder()
            .masthead(
                Masthead.builder()
                    .title("党群工作简报")
                    .addPublisher(Publisher.builder().name(rootName).build())
                    .addPublisher(Publisher.builder().name("工会").build())
                    .addPublisher(Publisher.builder().name("团委").build())
                    .compilingStatement("联合编制")
                    .period(period)
                    .issueNumber(period.getMonthValue())
                    .publishDate(period.plusMonths(1).atDay(5))
                    .build())
            .addSection(
                section(SectionKind.NATIONAL_NEWS)
                    .addItem(
                        item("深入学习贯彻党的二十大精神", period.atDay(3))
                            .addParagraph("各级党组织持续深入学习贯彻党的二十大精神。")
                            .build())
                    .build())
            .addSection(section(SectionKind.STATISTICS).statistics(block(view)).build())
            .addSection(
                section(SectionKind.GROUP_NEWS)
                    .addItem(newsOf(root, rootName, "召开党建工作推进会", period, random))
                    .build());
    List<Organization> units =
        view.organizations().stream()
            .filter(o -> o != root && o.kind().statisticalClass() != StatisticalClass.NOT_COUNTED)
            .sorted(Comparator.comparing(Organization::id))
            .toList();
    var grassroots = section(SectionKind.GRASSROOTS_PARTY);
    for (int i = 0; i < Math.min(3, units.size()); i++) {
      Organization unit = units.get(random.nextInt(units.size()));
      String event = BRANCH_EVENTS[random.nextInt(BRANCH_EVENTS.length)];
      grassroots.addItem(newsOf(unit, MentionLinker.shortName(unit.name()), event, period, random));
    }
    int next = period.plusMonths(1).getMonthValue();
    return bulletin
        .addSection(grassroots.build())
        .addSection(
            Section.builder()
                .kind(SectionKind.PRIORITIES)
                .heading(MONTHS[next - 1] + "月份重点工作")
                .addPriority(
                    PriorityItem.builder()
                        .text("做好党员统计和党费收缴工作")
                        .addResponsibleOrganization("各基层党组织")
                        .build())
                .addPriority(PriorityItem.builder().text("开展“三会一课”专项检查").build())
                .build())
        .editor(rootName + "办公室")
        .build();
  }

  /**
   * The bulletin with its first statistics block replaced, for tests that need figures which
   * disagree with the data.
   *
   * @param bulletin a bulletin with a statistics section
   * @param block the block to print instead
   * @return a copy of the bulletin
   */
  public static Bulletin withStatistics(Bulletin bulletin, StatisticsBlock block) {
    List<Section> sections = new ArrayList<>();
    boolean replaced = false;
    for (Section section : bulletin.sections()) {
      if (!replaced && section.statistics().isPresent()) {
        sections.add(ImmutableSection.copyOf(section).withStatistics(block));
        replaced = true;
      } else {
        sections.add(section);
      }
    }
    if (!replaced) {
      throw new IllegalArgumentException("the bulletin has no statistics section");
    }
    return ImmutableBulletin.copyOf(bulletin).withSections(sections);
  }

  private static StatisticsBlock block(DatasetView view) {
    StatisticsBlock block =
        PartyStatistics.bulletinFigures(view, OptionalInt.empty()).toStatisticsBlock();
    Optional<BigDecimal> share = block.shareOfEmployeesPercent();
    return share.isEmpty()
        ? block
        : ImmutableStatisticsBlock.copyOf(block)
            .withShareOfEmployeesPercent(share.get().setScale(0, RoundingMode.HALF_UP));
  }

  private static BulletinItem newsOf(
      Organization organization, String name, String event, YearMonth period, Random random) {
    LocalDate date = period.atDay(1 + random.nextInt(period.lengthOfMonth()));
    String dateText = date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    ImmutableBulletinItem.Builder item =
        item(name + event, date).addOrganization(OrganizationMention.builder().name(name).build());
    Optional<PostHolding> secretary =
        organization.postsOn(date).stream().filter(p -> p.post() == PostKind.SECRETARY).findFirst();
    if (secretary.isPresent()) {
      String post =
          organization.kind().statisticalClass() == StatisticalClass.COMMITTEE ? "党委书记" : "书记";
      item.addParagraph(
              dateText + "，" + name + event + "，" + post + secretary.get().holderName() + "出席并讲话。")
          .addPerson(person(secretary.get().holderName(), post, name));
    } else {
      item.addParagraph(dateText + "，" + name + event + "。");
    }
    return item.addParagraph("与会党员一致表示，将以更加饱满的热情投入各项工作。").build();
  }

  private static ImmutableBulletinItem.Builder item(String headline, LocalDate date) {
    return BulletinItem.builder()
        .headline(headline)
        .date(date)
        .dateText(date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
  }

  private static PersonMention person(String name, String post, String organization) {
    return PersonMention.builder().name(name).post(post).organization(organization).build();
  }

  private static ImmutableSection.Builder section(SectionKind kind) {
    return Section.builder().kind(kind).heading(kind.label());
  }
}
