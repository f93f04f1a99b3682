package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.link.LinkSuggestion;
import org.dangjian.core.link.MentionLinker;
import org.dangjian.core.statistics.PartyStatistics;
import org.junit.jupiter.api.Test;

class BulletinGeneratorTest {

  private static final GeneratorSettings SETTINGS = GeneratorSettings.proportional(3, 600).build();
  private static final Dataset GROUP = DatasetGenerator.generate(SETTINGS);
  private static final YearMonth PERIOD = YearMonth.from(SETTINGS.asOf()).minusMonths(1);

  @Test
  void aReportingIssueHasTheDatasetsFiguresAtTheEndOfItsMonth() {
    Bulletin issue = BulletinGenerator.reporting(GROUP, PERIOD, 1);
    StatisticsBlock block = issue.statistics().orElseThrow();
    var figures =
        PartyStatistics.bulletinFigures(GROUP.asOf(PERIOD.atEndOfMonth()), OptionalInt.empty());
    assertThat(block.asOf()).isEqualTo(PERIOD.atEndOfMonth());
    assertThat(block.memberTotal()).hasValue(figures.members());
    assertThat(block.probationaryMembers()).hasValue(figures.probationary());
    assertThat(block.organizationTotal()).hasValue(figures.organizations());
    assertThat(block.shareOfEmployeesPercent().orElseThrow().scale()).isZero();
    assertThat(issue.sections())
        .extracting(s -> s.kind())
        .containsExactly(
            SectionKind.NATIONAL_NEWS,
            SectionKind.STATISTICS,
            SectionKind.GROUP_NEWS,
            SectionKind.GRASSROOTS_PARTY,
            SectionKind.PRIORITIES);
    assertThat(issue.sectionsOf(SectionKind.PRIORITIES).get(0).heading())
        .isEqualTo(BulletinGeneratorTest.month(PERIOD.plusMonths(1)) + "月份重点工作");
    assertThat(BulletinGenerator.reporting(GROUP, PERIOD, 1)).isEqualTo(issue);
    assertThat(BulletinGenerator.reporting(GROUP, PERIOD, 2)).isNotEqualTo(issue);
  }

  @Test
  void everyNameAReportingIssuePrintsLinksToTheRecordItNames() {
    Bulletin issue = BulletinGenerator.reporting(GROUP, PERIOD, 7);
    List<BulletinItem> items = issue.sections().stream().flatMap(s -> s.items().stream()).toList();
    long mentions =
        items.stream().mapToLong(i -> i.organizations().size() + i.people().size()).sum()
            + 1; // the first publisher
    assertThat(items.stream().mapToLong(i -> i.people().size()).sum()).isPositive();
    List<LinkSuggestion> links = MentionLinker.of(GROUP).suggest(issue);
    assertThat(links).hasSize((int) mentions);
    Bulletin linked = MentionLinker.apply(issue, links);
    for (BulletinItem item : linked.sections().stream().flatMap(s -> s.items().stream()).toList()) {
      item.organizations()
          .forEach(
              m ->
                  assertThat(
                          MentionLinker.shortName(
                              GROUP
                                  .organization(m.organizationId().orElseThrow())
                                  .orElseThrow()
                                  .name()))
                      .isEqualTo(m.name()));
      item.people()
          .forEach(
              p ->
                  assertThat(GROUP.member(p.memberId().orElseThrow()).orElseThrow().name())
                      .isEqualTo(p.name()));
    }
  }

  @Test
  void withStatisticsReplacesTheBlockOnly() {
    Bulletin issue = BulletinGenerator.reporting(GROUP, PERIOD, 1);
    StatisticsBlock other = SampleBulletins.statistics();
    Bulletin changed = BulletinGenerator.withStatistics(issue, other);
    assertThat(changed.statistics()).contains(other);
    assertThat(changed.masthead()).isEqualTo(issue.masthead());
    assertThat(changed.sections()).hasSameSizeAs(issue.sections());
  }

  private static String month(YearMonth month) {
    return List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
        .get(month.getMonthValue() - 1);
  }
}
