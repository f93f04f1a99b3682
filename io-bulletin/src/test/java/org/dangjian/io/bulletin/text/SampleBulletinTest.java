package org.dangjian.io.bulletin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Distribution;
import org.dangjian.core.bulletin.ImmutableBulletinItem;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed sample {@code bulletin/sample-2024-1.txt}, a plain-text bulletin with the
 * irregularities of text converted from PDF (spaced-out title, page numbers and form feeds, running
 * headers, a duplicated line, paragraphs broken mid-word, across a stray blank line and across a
 * page break), imports into the bulletin built here with the builders, part by part, with no issue
 * at all.
 */
class SampleBulletinTest {

  private static TextImports imports;
  private static Bulletin read;

  @BeforeAll
  static void importSample() {
    imports = TextImports.resource("/bulletin/sample-2024-1.txt");
    read = imports.bulletin();
  }

  static ImmutableBulletinItem.Builder item(String headline, String dateText, LocalDate date) {
    return BulletinItem.builder().headline(headline).dateText(dateText).date(date);
  }

  static OrganizationMention org(String name) {
    return OrganizationMention.builder().name(name).build();
  }

  static PersonMention person(String name, String post, String organization) {
    return PersonMention.builder().name(name).post(post).organization(organization).build();
  }

  static final Masthead MASTHEAD =
      Masthead.builder()
          .title("党群工作简报")
          .addPublisher(Publisher.builder().name("协鑫集团党委").build())
          .addPublisher(Publisher.builder().name("工会").build())
          .addPublisher(Publisher.builder().name("团委").build())
          .compilingStatement("联合编制")
          .period(YearMonth.of(2024, 1))
          .runningNumber(62)
          .publishDate(LocalDate.of(2024, 2, 5))
          .build();

  static final Section NATIONAL_NEWS =
      Section.builder()
          .kind(SectionKind.NATIONAL_NEWS)
          .heading("党建要闻")
          .addItem(
              item("二十届中央纪委三次全会在京召开", "1月8日", LocalDate.of(2024, 1, 8))
                  .addParagraph("1月8日至10日，中国共产党第二十届中央纪律检查委员会第三次全体会议在北京举行。全会审议通过了工作报告。")
                  .addParagraph("全会强调，要深入推进党风廉政建设和反腐败斗争，以全面从严治党新成效为推进中国式现代化提供坚强保障。")
                  .addOrganization(org("中央纪委"))
                  .build())
          .addItem(
              // a December date in the January issue is of the year before
              item("全国组织部长会议在京召开", "12月26日", LocalDate.of(2023, 12, 26))
                  .addParagraph("12月26日至27日，全国组织部长会议在北京召开。会议强调，要以党的政治建设为统领，全面提高组织工作质量。")
                  .build())
          .build();

  static final Section STATISTICS =
      Section.builder()
          .kind(SectionKind.STATISTICS)
          .heading("党建大数据")
          .statistics(
              StatisticsBlock.builder()
                  .asOf(LocalDate.of(2024, 1, 31))
                  .memberTotal(3096)
                  .shareOfEmployeesPercent(new BigDecimal("10"))
                  .probationaryMembers(197)
                  .organizationTotal(134)
                  .partyCommittees(16)
                  .generalBranches(4)
                  .branches(114)
                  .addOtherFigure(
                      StatedFigure.builder()
                          .label("新发展党员")
                          .value(new BigDecimal("12"))
                          .unit("名")
                          .build())
                  .addOtherFigure(
                      StatedFigure.builder()
                          .label("党员先锋岗")
                          .value(new BigDecimal("60"))
                          .unit("个")
                          .build())
                  .build())
          .build();

  static final Section GROUP_NEWS =
      Section.builder()
          .kind(SectionKind.GROUP_NEWS)
          .heading("集团党群简讯")
          .addItem(
              item("集团党委召开2024年党建工作会议", "1月19日", LocalDate.of(2024, 1, 19))
                  .addParagraph("1月19日，协鑫集团党委召开2024年党建工作会议。集团党委书记朱某某出席会议并讲话。")
                  .addParagraph("会议总结了2023年党建工作，部署了2024年重点任务。")
                  .addOrganization(org("集团党委"))
                  .addOrganization(org("协鑫集团党委"))
                  .addPerson(person("朱某某", "党委书记", "集团党委"))
                  .build())
          .addItem(
              // the paragraph continues after the page break and its running header
              item("集团工会召开第三届职工代表大会第二次会议", "1月25日", LocalDate.of(2024, 1, 25))
                  .addParagraph("1月25日，集团工会召开第三届职工代表大会第二次会议，集团工会主席李某作工会工作报告。")
                  .addOrganization(org("集团工会"))
                  .addPerson(person("李某", "工会主席", "集团工会"))
                  .build())
          .build();

  static final Section GRASSROOTS_PARTY =
      Section.builder()
          .kind(SectionKind.GRASSROOTS_PARTY)
          .heading("基层党建动态")
          .addItem(
              // 评议 / 会 broken mid-word; 板块党委 refers back to 能源板块党委
              item("能源板块党委召开2023年度基层党组织书记抓党建述职评议会", "1月13日", LocalDate.of(2024, 1, 13))
                  .addParagraph("1月13日，能源板块党委召开2023年度基层党组织书记抓党建述职评议会。会上，各支部书记逐一述职，板块党委书记王某某逐一点评。")
                  .addParagraph("会议要求，各支部要对照问题清单，逐项抓好整改落实。")
                  .addOrganization(org("能源板块党委"))
                  .addPerson(person("王某某", "党委书记", "能源板块党委"))
                  .build())
          .addItem(
              // the duplicated last line is read once
              item("科技板块第一党支部开展“三会一课”主题党日活动", "1月20日", LocalDate.of(2024, 1, 20))
                  .addParagraph("1月20日，科技板块第一党支部开展主题党日活动，党支部副书记张某某讲授专题党课。")
                  .addParagraph("全体党员重温入党誓词。")
                  .addOrganization(org("科技板块第一党支部"))
                  .addPerson(person("张某某", "党支部副书记", "科技板块第一党支部"))
                  .build())
          .build();

  static final Section GRASSROOTS_UNION =
      Section.builder()
          .kind(SectionKind.GRASSROOTS_UNION)
          .heading("基层工建动态")
          .addItem(
              // a stray blank line inside the paragraph
              item("新能源板块工会开展新春走访慰问", "1月30日", LocalDate.of(2024, 1, 30))
                  .addParagraph("1月30日，新能源板块工会走访慰问困难职工36户，发放慰问金及慰问品。")
                  .addOrganization(org("新能源板块工会"))
                  .build())
          .addItem(
              item("集团工会举办职工迎新春健步走活动", "1月27日", LocalDate.of(2024, 1, 27))
                  .addParagraph("1月27日，集团工会举办迎新春健步走活动，400余名职工参加。")
                  .addOrganization(org("集团工会"))
                  .build())
          .build();

  static final Section GRASSROOTS_LEAGUE =
      Section.builder()
          .kind(SectionKind.GRASSROOTS_LEAGUE)
          .heading("基层团建动态")
          .addItem(
              item("科技板块团委组织青年志愿服务活动", "1月21日", LocalDate.of(2024, 1, 21))
                  .addParagraph("1月21日，科技板块团委组织团员青年走进社区开展志愿服务，团委书记陈某某带队。")
                  .addOrganization(org("科技板块团委"))
                  .addPerson(person("陈某某", "团委书记", "科技板块团委"))
                  .build())
          .addItem(
              item("能源板块团支部召开青年座谈会", "1月26日", LocalDate.of(2024, 1, 26))
                  .addParagraph("1月26日，能源板块团支部召开青年座谈会，听取青年员工意见建议。")
                  .addOrganization(org("能源板块团支部"))
                  .build())
          .build();

  static final Section CUSTOM =
      Section.builder()
          .kind(SectionKind.CUSTOM)
          .heading("党史学习")
          .addItem(
              // a date with its year is taken as printed
              item("党史上的今天：遵义会议", "1935年1月15日", LocalDate.of(1935, 1, 15))
                  .addParagraph("1935年1月15日至17日，中共中央政治局在遵义召开扩大会议。")
                  .build())
          .addItem(
              BulletinItem.builder()
                  .headline("“红色记忆”党史故事连载（一）")
                  .addParagraph("1921年7月，中国共产党第一次全国代表大会召开，宣告了中国共产党的诞生。")
                  .build())
          .build();

  static final Section PRIORITIES =
      Section.builder()
          .kind(SectionKind.PRIORITIES)
          .heading("二月份重点工作")
          .addPriority(
              PriorityItem.builder()
                  .text("召开2023年度基层党组织书记抓党建述职评议会")
                  .addResponsibleOrganization("各板块党委")
                  .build())
          .addPriority(
              PriorityItem.builder()
                  .text("开展春节期间走访慰问困难党员、职工")
                  .addResponsibleOrganizations("各板块党委", "集团工会")
                  .build())
          .addPriority(
              PriorityItem.builder()
                  .text("组织开展“学雷锋”志愿服务月活动前期准备工作")
                  .addResponsibleOrganization("集团团委")
                  .build())
          .addPriority(PriorityItem.builder().text("做好2024年度党费收缴工作").build())
          .build();

  static final List<Section> SECTIONS =
      List.of(
          NATIONAL_NEWS,
          STATISTICS,
          GROUP_NEWS,
          GRASSROOTS_PARTY,
          GRASSROOTS_UNION,
          GRASSROOTS_LEAGUE,
          CUSTOM,
          PRIORITIES);

  static final Bulletin EXPECTED =
      Bulletin.builder()
          .masthead(MASTHEAD)
          .addAllSections(SECTIONS)
          .distribution(
              Distribution.builder()
                  .addReportTo("集团董事会", "集团监事会")
                  .addIssueTo("各板块党委", "工会", "团委")
                  .build())
          .editor("周某某")
          .approver("朱某某")
          .printCount(120)
          .build();

  @Test
  void importsWithoutAnyIssueAsOneAcceptedBulletinAtLineOne() {
    assertThat(imports.issues()).isEmpty();
    assertThat(imports.input().read()).isEqualTo(1);
    assertThat(imports.input().accepted()).isEqualTo(1);
    assertThat(imports.locations.get(0).line()).hasValue(1);
    assertThat(imports.locations.get(0).recordId()).contains("党群工作简报 2024.1 总第62期");
  }

  @Test
  void masthead() {
    assertThat(read.masthead()).isEqualTo(MASTHEAD);
  }

  @Test
  void sectionsInPrintOrder() {
    assertThat(read.sections())
        .extracting(Section::kind)
        .containsExactly(SECTIONS.stream().map(Section::kind).toArray(SectionKind[]::new));
    assertThat(read.sections())
        .extracting(Section::heading)
        .containsExactly(SECTIONS.stream().map(Section::heading).toArray(String[]::new));
  }

  @Test
  void nationalNews() {
    assertSection(0);
  }

  @Test
  void statistics() {
    assertThat(read.sections().get(1).statistics()).isEqualTo(STATISTICS.statistics());
    assertSection(1);
  }

  @Test
  void groupNews() {
    assertSection(2);
  }

  @Test
  void grassrootsParty() {
    assertSection(3);
  }

  @Test
  void grassrootsUnion() {
    assertSection(4);
  }

  @Test
  void grassrootsLeague() {
    assertSection(5);
  }

  @Test
  void customSection() {
    assertSection(6);
  }

  @Test
  void priorities() {
    assertThat(read.sections().get(7).priorities()).isEqualTo(PRIORITIES.priorities());
    assertSection(7);
  }

  @Test
  void trailer() {
    assertThat(read.distribution()).isEqualTo(EXPECTED.distribution());
    assertThat(read.editor()).isEqualTo(EXPECTED.editor());
    assertThat(read.approver()).isEqualTo(EXPECTED.approver());
    assertThat(read.printCount()).isEqualTo(EXPECTED.printCount());
  }

  @Test
  void theWholeBulletin() {
    assertThat(read).isEqualTo(EXPECTED);
  }

  /** Asserts one section item by item (each part of the item separately), then as a whole. */
  private static void assertSection(int s) {
    Section expected = SECTIONS.get(s);
    Section actual = read.sections().get(s);
    assertThat(actual.items()).as("items of section %d", s).hasSameSizeAs(expected.items());
    for (int j = 0; j < expected.items().size(); j++) {
      BulletinItem e = expected.items().get(j);
      BulletinItem a = actual.items().get(j);
      String where = "sections[" + s + "].items[" + j + "]";
      assertThat(a.headline()).as(where + ".headline").isEqualTo(e.headline());
      assertThat(a.dateText()).as(where + ".dateText").isEqualTo(e.dateText());
      assertThat(a.date()).as(where + ".date").isEqualTo(e.date());
      assertThat(a.paragraphs()).as(where + ".paragraphs").isEqualTo(e.paragraphs());
      assertThat(a.organizations()).as(where + ".organizations").isEqualTo(e.organizations());
      assertThat(a.people()).as(where + ".people").isEqualTo(e.people());
      assertThat(a).as(where).isEqualTo(e);
    }
    assertThat(actual).as("sections[%d]", s).isEqualTo(expected);
  }
}
