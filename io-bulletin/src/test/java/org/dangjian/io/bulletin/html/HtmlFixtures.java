package org.dangjian.io.bulletin.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;

/**
 * Bulletins for the HTML tests: issue 62 (2024.1) of the group's 党群工作简报 as in core's {@code
 * Issue62} test fixture, completed with the fields that fixture leaves out (issue number, publish
 * date, a further figure, the distribution line, approver and print count) so that the page shows
 * every part; and helpers that write bulletins through the public exporter.
 */
final class HtmlFixtures {

  private HtmlFixtures() {}

  static Masthead masthead() {
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

  static StatisticsBlock statistics() {
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
            StatedFigure.builder().label("党员先锋岗").value(new BigDecimal("60")).unit("个").build())
        .build();
  }

  static BulletinItem grassrootsItem() {
    return BulletinItem.builder()
        .headline("能源板块党委召开2023年度基层党组织书记抓党建述职评议会")
        .dateText("1月13日")
        .date(LocalDate.of(2024, 1, 13))
        .addParagraph("1月13日，能源板块党委召开2023年度基层党组织书记抓党建述职评议会。")
        .addParagraph("会上，各支部书记逐一述职，板块党委书记逐一点评。")
        .addOrganization(
            OrganizationMention.builder().name("能源板块党委").organizationId("ORG-GCL-010").build())
        .addPerson(
            PersonMention.builder()
                .name("朱某某")
                .post("党委书记")
                .organization("能源板块党委")
                .memberId("M-000123")
                .build())
        .build();
  }

  static Bulletin issue62() {
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
                .addReportTo("集团董事会")
                .addSendTo("集团工会", "集团团委")
                .addIssueTo("各板块党委", "各基层党组织")
                .build())
        .editor("集团党委办公室")
        .approver("王某某")
        .printCount(120)
        .build();
  }

  /** A small bulletin with one news section: for pages of several bulletins. */
  static Bulletin small(int runningNumber, String headline) {
    return Bulletin.builder()
        .masthead(
            Masthead.builder()
                .title("党群工作简报")
                .period(YearMonth.of(2024, runningNumber - 61))
                .runningNumber(runningNumber)
                .build())
        .addSection(
            Section.builder()
                .kind(SectionKind.GROUP_NEWS)
                .heading("集团党群简讯")
                .addItem(BulletinItem.builder().headline(headline).addParagraph("正文。").build())
                .build())
        .build();
  }

  /** The page the public exporter writes for {@code bulletins}. */
  static String page(List<Bulletin> bulletins) throws IOException {
    return new String(pageBytes(bulletins), StandardCharsets.UTF_8);
  }

  /** The bytes of the page the public exporter writes for {@code bulletins}. */
  static byte[] pageBytes(List<Bulletin> bulletins) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.defaults()).open(out, DataFormat.HTML)) {
      for (Bulletin bulletin : bulletins) {
        writer.write(bulletin);
      }
    }
    return out.toByteArray();
  }
}
