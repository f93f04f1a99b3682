package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.OptionalInt;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.PartyStatistics;
import org.junit.jupiter.api.Test;

/**
 * Issue 62 of docs/DOMAIN.md as {@link SampleBulletins} builds it, read through core's bulletin
 * model (these tests came from core, whose tests cannot use testkit): the masthead, the sections in
 * print order with headings the model recognizes, the statistics whose parts add up, the item and
 * its mentions, the priorities of the next month, the trailer; the parts given separately are those
 * of the bulletin, and the generated {@link SampleBulletins#group()} has the stated figures.
 */
class SampleBulletinsTest {

  private static final Bulletin ISSUE = SampleBulletins.issue62();

  @Test
  void theSameBulletinAtEachCall() {
    Bulletin again = SampleBulletins.issue62();

    assertThat(again).isNotSameAs(ISSUE).isEqualTo(ISSUE).hasSameHashCodeAs(ISSUE);
    assertThat(again.toString()).isEqualTo(ISSUE.toString());
  }

  @Test
  void thePartsAreThoseOfTheBulletin() {
    assertThat(ISSUE.masthead()).isEqualTo(SampleBulletins.masthead());
    assertThat(ISSUE.statistics()).contains(SampleBulletins.statistics());
    assertThat(ISSUE.sectionsOf(SectionKind.GRASSROOTS_PARTY))
        .singleElement()
        .satisfies(
            section ->
                assertThat(section.items()).containsExactly(SampleBulletins.grassrootsItem()));
  }

  @Test
  void masthead() {
    Masthead masthead = ISSUE.masthead();

    assertThat(masthead.title()).isEqualTo("党群工作简报");
    assertThat(masthead.publishers())
        .extracting(Publisher::name)
        .containsExactly("协鑫集团党委", "工会", "团委");
    assertThat(masthead.publishers().get(0).organizationId()).contains("ORG-GCL-001");
    assertThat(masthead.publishers().get(1).organizationId()).isEmpty();
    assertThat(masthead.publisherLine()).isEqualTo("协鑫集团党委、工会、团委联合编制");
    assertThat(masthead.period()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(masthead.periodText()).isEqualTo("2024.1");
    assertThat(masthead.issueNumber()).hasValue(1);
    assertThat(masthead.runningNumber()).hasValue(62);
    assertThat(masthead.publishDate()).contains(LocalDate.of(2024, 2, 5));
    assertThat(ISSUE.designation()).isEqualTo("党群工作简报 2024.1 第1期 总第62期");
  }

  @Test
  void sectionsInPrintOrderWithACustomSectionBeforeThePriorities() {
    assertThat(ISSUE.sections())
        .extracting(Section::heading)
        .containsExactly(
            "党建要闻", "党建大数据", "集团党群简讯", "基层党建动态", "基层工建动态", "基层团建动态", "学习园地", "二月份重点工作");
    assertThat(ISSUE.sections())
        .extracting(Section::kind)
        .containsExactly(
            SectionKind.NATIONAL_NEWS,
            SectionKind.STATISTICS,
            SectionKind.GROUP_NEWS,
            SectionKind.GRASSROOTS_PARTY,
            SectionKind.GRASSROOTS_UNION,
            SectionKind.GRASSROOTS_LEAGUE,
            SectionKind.CUSTOM,
            SectionKind.PRIORITIES);
  }

  @Test
  void theHeadingsGiveTheirKindsAndTheCustomHeadingNone() {
    for (Section section : ISSUE.sections()) {
      if (section.kind() == SectionKind.CUSTOM) {
        assertThat(SectionKind.fromHeading(section.heading())).as(section.heading()).isEmpty();
      } else {
        assertThat(SectionKind.fromHeading(section.heading()))
            .as(section.heading())
            .contains(section.kind());
      }
    }
  }

  @Test
  void statisticsAddUp() {
    StatisticsBlock block = ISSUE.statistics().orElseThrow();

    assertThat(block.asOf()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(block.memberTotal()).hasValue(3096);
    assertThat(block.probationaryMembers()).hasValue(197);
    assertThat(block.shareOfEmployeesPercent())
        .hasValueSatisfying(share -> assertThat(share).isEqualByComparingTo("10"));
    assertThat(block.organizationTotal()).hasValue(134);
    assertThat(block.partyCommittees()).hasValue(16);
    assertThat(block.generalBranches()).hasValue(4);
    assertThat(block.branches()).hasValue(114);
    assertThat(block.organizationPartsSum()).hasValue(134);
    assertThat(block.otherFigures())
        .extracting(StatedFigure::label, f -> f.value().intValue(), f -> f.unit().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("发展党员", 45, "名"),
            org.assertj.core.groups.Tuple.tuple("党员先锋岗", 60, "个"));
  }

  @Test
  void theGrassrootsItemKeepsItsPrintedAndResolvedDateAndNamesTwoSecretaries() {
    BulletinItem item = SampleBulletins.grassrootsItem();

    assertThat(item.headline()).doesNotStartWith("➤");
    assertThat(item.dateText()).contains("1月13日");
    assertThat(item.date()).contains(LocalDate.of(2024, 1, 13));
    assertThat(item.paragraphs()).hasSize(2).allMatch(p -> p.startsWith("　　"));
    assertThat(item.organizations())
        .singleElement()
        .satisfies(
            organization -> {
              assertThat(organization.name()).isEqualTo("能源板块党委");
              assertThat(organization.organizationId()).contains("ORG-GCL-010");
            });
    assertThat(item.people()).extracting(PersonMention::name).containsExactly("朱某某", "李某");
    assertThat(item.people())
        .allSatisfy(
            person ->
                assertThat(person.post())
                    .hasValueSatisfying(post -> assertThat(post).endsWith("书记")));
    assertThat(item.people().get(0).organization()).contains("能源板块党委");
    assertThat(item.people().get(0).memberId()).contains("M-000123");
    assertThat(item.people().get(1).memberId()).isEmpty();
  }

  @Test
  void prioritiesOfTheNextMonth() {
    assertThat(ISSUE.priorities())
        .extracting(PriorityItem::text)
        .containsExactly("召开2023年度基层党组织书记抓党建述职评议会", "开展春节期间走访慰问困难党员、职工");
    assertThat(ISSUE.priorities().get(0).responsibleOrganizations()).containsExactly("各板块党委");
    assertThat(ISSUE.priorities().get(1).responsibleOrganizations()).isEmpty();
    assertThat(
            SectionKind.prioritiesMonth(ISSUE.sectionsOf(SectionKind.PRIORITIES).get(0).heading()))
        .contains(Month.FEBRUARY)
        .contains(ISSUE.masthead().period().plusMonths(1).getMonth());
  }

  @Test
  void trailer() {
    assertThat(ISSUE.distribution())
        .hasValueSatisfying(
            distribution -> {
              assertThat(distribution.reportTo()).containsExactly("苏州市委组织部");
              assertThat(distribution.sendTo()).containsExactly("集团各部门");
              assertThat(distribution.issueTo()).containsExactly("各板块党委", "各党支部");
            });
    assertThat(ISSUE.editor()).contains("集团党委办公室");
    assertThat(ISSUE.approver()).contains("王某某");
    assertThat(ISSUE.printCount()).hasValue(200);
  }

  @Test
  void theGroupHasTheStatedFigures() {
    StatisticsBlock stated = SampleBulletins.statistics();
    BulletinFigures figures =
        PartyStatistics.bulletinFigures(
            DatasetGenerator.generate(SampleBulletins.group()).asOf(stated.asOf()),
            OptionalInt.empty());
    StatisticsBlock counted = figures.toStatisticsBlock();

    assertThat(SampleBulletins.group().asOf()).isEqualTo(stated.asOf());
    assertThat(counted.memberTotal()).isEqualTo(stated.memberTotal());
    assertThat(counted.probationaryMembers()).isEqualTo(stated.probationaryMembers());
    assertThat(counted.organizationTotal()).isEqualTo(stated.organizationTotal());
    assertThat(counted.partyCommittees()).isEqualTo(stated.partyCommittees());
    assertThat(counted.generalBranches()).isEqualTo(stated.generalBranches());
    assertThat(counted.branches()).isEqualTo(stated.branches());
    assertThat(counted.shareOfEmployeesPercent().orElseThrow())
        .isEqualByComparingTo(stated.shareOfEmployeesPercent().orElseThrow());
  }
}
