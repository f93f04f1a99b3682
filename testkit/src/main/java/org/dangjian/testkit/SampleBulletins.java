package org.dangjian.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Distribution;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.PersonMention;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.Publisher;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;

/**
 * The bulletin of docs/DOMAIN.md ("Bulletins"), built once for every test that needs it: issue 62
 * (2024.1, 总第六十二期) of the 党群工作简报 that 协鑫集团党委, its union and its League committee compile together,
 * with the real statistics block (3096 members, 10% of employees, 197 probationary; 134
 * organizations = 16 committees + 4 general branches + 114 branches, as of 2024-01-31) and every
 * optional attribute of the bulletin model present at least once (issue number and publish date,
 * publisher and mention ids, printed and resolved item dates, further figures, a custom section
 * with Markdown-like text, the distribution line, approver and print count), so that each format's
 * writer shows every part; names of people are placeholders (某某). The parts are given separately
 * for tests that need only one, and {@link #group()} is the generator's group whose figures the
 * statistics block states. The Markdown and HTML golden files of dangjian-io-bulletin are this
 * bulletin written out; change it and they change.
 */
public final class SampleBulletins {

  private SampleBulletins() {}

  /**
   * Issue 62 in full: masthead, the seven sections of docs/DOMAIN.md in print order with a custom
   * section 学习园地 before the priorities, and the trailer.
   *
   * @return the bulletin, equal at each call
   */
  public static Bulletin issue62() {
    return Bulletin.builder()
        .masthead(masthead())
        .addSection(
            Section.builder()
                .kind(SectionKind.NATIONAL_NEWS)
                .heading("党建要闻")
                .addItem(
                    BulletinItem.builder()
                        .headline("二十届中央纪委三次全会在京召开")
                        .addParagraph("全会审议通过了工作报告。")
                        .build())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.STATISTICS)
                .heading("党建大数据")
                .statistics(statistics())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.GROUP_NEWS)
                .heading("集团党群简讯")
                .addItem(
                    BulletinItem.builder()
                        .headline("集团党委召开2024年党建工作会议")
                        .date(LocalDate.of(2024, 1, 10))
                        .addParagraph("会议总结了2023年党建工作，部署了2024年重点任务。")
                        .addOrganization(OrganizationMention.builder().name("协鑫集团党委").build())
                        .build())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.GRASSROOTS_PARTY)
                .heading("基层党建动态")
                .addItem(grassrootsItem())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.GRASSROOTS_UNION)
                .heading("基层工建动态")
                .addItem(
                    BulletinItem.builder()
                        .headline("新能源板块工会开展新春走访慰问")
                        .dateText("1月下旬")
                        .addParagraph("板块工会走访慰问困难职工。")
                        .build())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.GRASSROOTS_LEAGUE)
                .heading("基层团建动态")
                .addItem(
                    BulletinItem.builder()
                        .headline("科技板块团委组织青年志愿服务活动")
                        .addParagraph("团员青年走进社区开展志愿服务。")
                        .build())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.CUSTOM)
                .heading("学习园地")
                .addItem(
                    BulletinItem.builder()
                        .headline("《习近平谈治国理政》第四卷")
                        .addParagraph("推荐书目：*第四卷* 第1章 — “坚持和发展中国特色社会主义”。")
                        .build())
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.PRIORITIES)
                .heading("二月份重点工作")
                .addPriority(
                    PriorityItem.builder()
                        .text("召开2023年度基层党组织书记抓党建述职评议会")
                        .addResponsibleOrganization("各板块党委")
                        .build())
                .addPriority(PriorityItem.builder().text("开展春节期间走访慰问困难党员、职工").build())
                .build())
        .distribution(
            Distribution.builder()
                .addReportTo("苏州市委组织部")
                .addSendTo("集团各部门")
                .addIssueTo("各板块党委")
                .addIssueTo("各党支部")
                .build())
        .editor("集团党委办公室")
        .approver("王某某")
        .printCount(200)
        .build();
  }

  /**
   * The masthead of issue 62: 党群工作简报, 协鑫集团党委 (id {@code ORG-GCL-001})、工会、团委联合编制, 2024.1, 第1期,
   * 总第62期, published 2024-02-05.
   *
   * @return the masthead
   */
  public static Masthead masthead() {
    return Masthead.builder()
        .title("党群工作简报")
        .addPublisher(Publisher.builder().name("协鑫集团党委").organizationId("ORG-GCL-001").build())
        .addPublisher(Publisher.builder().name("工会").build())
        .addPublisher(Publisher.builder().name("团委").build())
        .compilingStatement("联合编制")
        .period(YearMonth.of(2024, 1))
        .issueNumber(1)
        .runningNumber(62)
        .publishDate(LocalDate.of(2024, 2, 5))
        .build();
  }

  /**
   * The statistics block of issue 62, as of 2024-01-31: 3096 members (10% of employees), 197
   * probationary, 134 organizations = 16 + 4 + 114, and two further figures, 发展党员 45 名 and 党员先锋岗 60
   * 个.
   *
   * @return the block
   */
  public static StatisticsBlock statistics() {
    return StatisticsBlock.builder()
        .asOf(LocalDate.of(2024, 1, 31))
        .memberTotal(3096)
        .shareOfEmployeesPercent(new BigDecimal("10"))
        .probationaryMembers(197)
        .organizationTotal(134)
        .partyCommittees(16)
        .generalBranches(4)
        .branches(114)
        .addOtherFigure(
            StatedFigure.builder().label("发展党员").value(new BigDecimal("45")).unit("名").build())
        .addOtherFigure(
            StatedFigure.builder().label("党员先锋岗").value(new BigDecimal("60")).unit("个").build())
        .build();
  }

  /**
   * The item of 基层党建动态: 能源板块党委 (id {@code ORG-GCL-010}) holds its secretaries' review meeting on
   * 1月13日 (2024-01-13); two paragraphs indented with full-width spaces as printed; it names the
   * committee's secretary 朱某某 (member {@code M-000123}) and a branch secretary 李某.
   *
   * @return the item
   */
  public static BulletinItem grassrootsItem() {
    return BulletinItem.builder()
        .headline("能源板块党委召开2023年度基层党组织书记抓党建述职评议会")
        .dateText("1月13日")
        .date(LocalDate.of(2024, 1, 13))
        .addParagraph("　　1月13日，能源板块党委召开2023年度基层党组织书记抓党建述职评议会。")
        .addParagraph("　　会上，各支部书记逐一述职，板块党委书记逐一点评。")
        .addOrganization(
            OrganizationMention.builder().name("能源板块党委").organizationId("ORG-GCL-010").build())
        .addPerson(
            PersonMention.builder()
                .name("朱某某")
                .post("党委书记")
                .organization("能源板块党委")
                .memberId("M-000123")
                .build())
        .addPerson(PersonMention.builder().name("李某").post("支部书记").build())
        .build();
  }

  /**
   * The settings of a generated group whose figures on 2024-01-31 are those of {@link
   * #statistics()}: seed 62, 16 committees, 4 general branches, 114 branches, 3096 members of whom
   * 197 probationary, 30,960 employees.
   *
   * @return the settings, valid on {@link GeneratorSettings#DEFAULT_AS_OF}
   */
  public static GeneratorSettings group() {
    return GeneratorSettings.builder()
        .seed(62)
        .committees(16)
        .generalBranches(4)
        .branches(114)
        .members(3096)
        .probationary(197)
        .employees(30960)
        .build();
  }
}
