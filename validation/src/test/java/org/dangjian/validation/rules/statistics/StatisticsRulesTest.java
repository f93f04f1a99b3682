package org.dangjian.validation.rules.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.validation.rules.structure.Fixtures.AS_OF;
import static org.dangjian.validation.rules.structure.Fixtures.issues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.ImmutableStatisticsBlock;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.statistics.BulletinFigures;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.SampleBulletins;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.internal.rules.StatisticsRules;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

class StatisticsRulesTest {

  /** The group of bulletin issue 62: 3096 members, 197 probationary, 16 + 4 + 114 organizations. */
  private static final Dataset GROUP = DatasetGenerator.generate(SampleBulletins.group());

  private static ImmutableStatisticsBlock figures(LocalDate date) {
    BulletinFigures f = PartyStatistics.bulletinFigures(GROUP.asOf(date), OptionalInt.empty());
    return ImmutableStatisticsBlock.copyOf(f.toStatisticsBlock());
  }

  private static Bulletin bulletin(StatisticsBlock block) {
    return Bulletin.builder()
        .masthead(
            Masthead.builder()
                .title("党群工作简报")
                .addPublisher(Publisher.builder().name("集团党委").build())
                .period(YearMonth.from(block.asOf()))
                .runningNumber(62)
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.STATISTICS)
                .heading("党建大数据")
                .statistics(block)
                .build())
        .build();
  }

  /** The BUL-STATS-* issues, with the bulletin first in the stream. */
  private static List<Issue> check(StatisticsBlock block) {
    ValidationRun run = DangjianValidator.defaults().newRun("group", AS_OF);
    run.bulletin(bulletin(block), null);
    GROUP.organizations().forEach(o -> run.organization(o, null));
    GROUP.members().forEach(m -> run.member(m, null));
    ValidationReport report = run.finish();
    return issues(report).stream().filter(i -> i.code().startsWith("BUL-STATS")).toList();
  }

  @Test
  void figuresThatAgreeWithTheDataRaiseNothing() {
    StatisticsBlock block = figures(AS_OF);
    assertThat(block.memberTotal()).hasValue(3096);
    assertThat(block.shareOfEmployeesPercent()).contains(new BigDecimal("10.0"));
    assertThat(check(block)).isEmpty();
    assertThat(
            check(
                ImmutableStatisticsBlock.copyOf(block).withShareOfEmployeesPercent(BigDecimal.TEN)))
        .isEmpty();
  }

  @Test
  void figuresAreCountedOnTheBlocksOwnDate() {
    LocalDate earlier = LocalDate.of(2023, 6, 30);
    StatisticsBlock block = figures(earlier);
    assertThat(block.memberTotal().getAsInt()).isLessThan(3096);
    assertThat(check(block)).isEmpty();
    assertThat(check(ImmutableStatisticsBlock.copyOf(block).withAsOf(AS_OF)))
        .extracting(i -> i.location().fieldPath().orElse(""))
        .contains("sections[0].statistics.memberTotal");
  }

  @Test
  void everyFigureThatDisagreesIsReportedAtItsField() {
    StatisticsBlock wrong =
        ImmutableStatisticsBlock.copyOf(figures(AS_OF))
            .withMemberTotal(3097)
            .withProbationaryMembers(196)
            .withOrganizationTotal(133)
            .withPartyCommittees(15)
            .withGeneralBranches(5)
            .withBranches(113)
            .withShareOfEmployeesPercent(new BigDecimal("11"));
    List<Issue> issues = check(wrong);
    assertThat(issues)
        .extracting(Issue::code)
        .containsExactlyInAnyOrder(
            "BUL-STATS-MEMBERS",
            "BUL-STATS-PROBATIONARY",
            "BUL-STATS-ORGANIZATIONS",
            "BUL-STATS-COMMITTEES",
            "BUL-STATS-GENERAL-BRANCHES",
            "BUL-STATS-BRANCHES",
            "BUL-STATS-SHARE");
    assertThat(issues)
        .extracting(i -> i.location().fieldPath().orElse(""))
        .containsExactlyInAnyOrder(
            "sections[0].statistics.memberTotal",
            "sections[0].statistics.probationaryMembers",
            "sections[0].statistics.organizationTotal",
            "sections[0].statistics.partyCommittees",
            "sections[0].statistics.generalBranches",
            "sections[0].statistics.branches",
            "sections[0].statistics.shareOfEmployeesPercent");
    Issue member =
        issues.stream()
            .filter(i -> i.location().fieldPath().orElse("").endsWith("memberTotal"))
            .findFirst()
            .orElseThrow();
    assertThat(member.arguments()).containsEntry("stated", "3097").containsEntry("actual", "3096");
    assertThat(member.location().recordId()).hasValue("党群工作简报 2024.1 总第62期");
  }

  @Test
  void aBulletinWithoutOrganizationDataIsNotCompared() {
    ValidationRun run = DangjianValidator.defaults().newRun("bulletin only", AS_OF);
    run.bulletin(
        bulletin(ImmutableStatisticsBlock.copyOf(figures(AS_OF)).withMemberTotal(5000)), null);
    assertThat(issues(run.finish())).isEmpty();
  }

  @Test
  void aSharePrintedWithLessPrecisionAgreesWithinHalfAUnitOfItsLastDigit() {
    // 3096 members of 30960 employees is exactly 10%.
    ImmutableStatisticsBlock block = figures(AS_OF);
    for (String agreeing : List.of("10", "10.0", "10.00")) {
      assertThat(check(block.withShareOfEmployeesPercent(new BigDecimal(agreeing))))
          .as(agreeing)
          .isEmpty();
    }
    for (String disagreeing : List.of("11", "9", "10.1", "9.9", "10.01")) {
      assertThat(check(block.withShareOfEmployeesPercent(new BigDecimal(disagreeing))))
          .as(disagreeing)
          .extracting(Issue::code)
          .containsExactly("BUL-STATS-SHARE");
    }
  }

  @Test
  void theRoundingToleranceIncludesBothEndsOfTheHalfUnit() {
    assertThat(StatisticsRules.roundsTo(95, 1000, new BigDecimal("10"))).isTrue();
    assertThat(StatisticsRules.roundsTo(105, 1000, new BigDecimal("10"))).isTrue();
    assertThat(StatisticsRules.roundsTo(94, 1000, new BigDecimal("10"))).isFalse();
    assertThat(StatisticsRules.roundsTo(104, 1000, new BigDecimal("10"))).isTrue();
    assertThat(StatisticsRules.roundsTo(106, 1000, new BigDecimal("10"))).isFalse();
    assertThat(StatisticsRules.roundsTo(1, 3, new BigDecimal("33.3"))).isTrue();
    assertThat(StatisticsRules.roundsTo(1, 3, new BigDecimal("33.4"))).isFalse();
  }

  @Test
  void partsThatDoNotAddUpToTheStatedTotalAreReportedWithoutAnyData() {
    StatisticsBlock block =
        StatisticsBlock.builder()
            .asOf(AS_OF)
            .memberTotal(100)
            .probationaryMembers(101)
            .organizationTotal(134)
            .partyCommittees(16)
            .generalBranches(4)
            .branches(115)
            .build();
    ValidationRun run = DangjianValidator.defaults().newRun("bulletin only", AS_OF);
    run.bulletin(bulletin(block), null);
    List<Issue> issues =
        issues(run.finish()).stream().filter(i -> i.code().startsWith("BUL-STATS")).toList();
    assertThat(issues)
        .extracting(Issue::code, i -> i.location().fieldPath().orElse(""))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "BUL-STATS-SUM", "sections[0].statistics.organizationTotal"),
            org.assertj.core.groups.Tuple.tuple(
                "BUL-STATS-PART", "sections[0].statistics.probationaryMembers"));
    Issue sum = issues.stream().filter(i -> i.code().equals("BUL-STATS-SUM")).findFirst().get();
    assertThat(sum.message(java.util.Locale.CHINA))
        .isEqualTo("党委 16 + 党总支 4 + 党支部 115 = 135，与所列党组织总数 134 不符。");
  }

  @Test
  void theRealIssue62FiguresAddUp() {
    ValidationRun run = DangjianValidator.defaults().newRun("bulletin only", AS_OF);
    run.bulletin(SampleBulletins.issue62(), null);
    assertThat(issues(run.finish())).isEmpty();
  }

  @Test
  void theRealIssue62FiguresAgreeWithItsGroup() {
    assertThat(SampleBulletins.statistics().asOf()).isEqualTo(AS_OF);
    assertThat(check(SampleBulletins.statistics())).isEmpty();
  }

  @Test
  void anItemFigureThatContradictsTheStatisticsBlockIsAWarning() {
    StatisticsBlock block =
        StatisticsBlock.builder()
            .asOf(AS_OF)
            .memberTotal(3096)
            .organizationTotal(134)
            .partyCommittees(16)
            .generalBranches(4)
            .branches(114)
            .build();
    Bulletin base = bulletin(block);
    Bulletin bulletin =
        ImmutableBulletin.copyOf(base)
            .withSections(
                base.sections().get(0),
                Section.builder()
                    .kind(SectionKind.GROUP_NEWS)
                    .heading("集团党群简讯")
                    .addItem(
                        BulletinItem.builder()
                            .headline("集团召开党建工作会议")
                            .addParagraph("会议要求全集团135家基层党组织抓好落实。") // larger: warned
                            .addParagraph("全集团134家基层党组织、3096名党员参加学习。") // agrees
                            .addParagraph("能源板块党委下属12家基层党组织开展述职。") // a part
                            .addParagraph("集团共有党员3000名。") // the whole group, differs
                            .build())
                    .build());
    ValidationRun run = DangjianValidator.defaults().newRun("bulletin only", AS_OF);
    run.bulletin(bulletin, null);
    List<Issue> issues =
        issues(run.finish()).stream().filter(i -> i.code().startsWith("BUL-STATS")).toList();
    assertThat(issues)
        .extracting(
            Issue::code, i -> i.location().fieldPath().orElse(""), i -> i.value().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "BUL-STATS-ITEM-FIGURE", "sections[1].items[0].paragraphs[0]", "全集团135家基层党组织"),
            org.assertj.core.groups.Tuple.tuple(
                "BUL-STATS-ITEM-FIGURE", "sections[1].items[0].paragraphs[3]", "集团共有党员3000名"));
    assertThat(issues.get(0).severity()).isEqualTo(org.dangjian.validation.rule.Severity.WARNING);
    assertThat(issues.get(0).message(java.util.Locale.CHINA))
        .isEqualTo("条目所述 135 与统计栏目的党组织总数 134 矛盾。");
  }
}
