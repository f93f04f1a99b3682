package org.dangjian.io.bulletin.markdown;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.RecordWriter;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;

/**
 * Test fixtures and helpers for Markdown bulletins: issue 62 of the group bulletin of
 * docs/DOMAIN.md (the content of core's {@code Issue62}, copied, with every optional attribute of
 * the model filled in), a minimal bulletin, and writing and reading through the public exporter and
 * importer.
 */
final class Bulletins {

  static final LocalDate AS_OF = LocalDate.of(2024, 2, 29);

  private Bulletins() {}

  /** Issue 62 with every attribute of every bulletin type present at least once. */
  static Bulletin issue62() {
    return Bulletin.builder()
        .masthead(
            Masthead.builder()
                .title("党群工作简报")
                .addPublisher(
                    Publisher.builder().name("协鑫集团党委").organizationId("ORG-GCL-001").build())
                .addPublisher(Publisher.builder().name("工会").build())
                .addPublisher(Publisher.builder().name("团委").build())
                .compilingStatement("联合编制")
                .period(YearMonth.of(2024, 1))
                .issueNumber(1)
                .runningNumber(62)
                .publishDate(LocalDate.of(2024, 2, 5))
                .build())
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
                                .label("发展党员")
                                .value(new BigDecimal("45"))
                                .unit("名")
                                .build())
                        .addOtherFigure(
                            StatedFigure.builder()
                                .label("党员先锋岗")
                                .value(new BigDecimal("60"))
                                .unit("个")
                                .build())
                        .build())
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
                .addItem(
                    BulletinItem.builder()
                        .headline("能源板块党委召开2023年度基层党组织书记抓党建述职评议会")
                        .dateText("1月13日")
                        .date(LocalDate.of(2024, 1, 13))
                        .addParagraph("　　1月13日，能源板块党委召开2023年度基层党组织书记抓党建述职评议会。")
                        .addParagraph("　　会上，各支部书记逐一述职，板块党委书记逐一点评。")
                        .addOrganization(
                            OrganizationMention.builder()
                                .name("能源板块党委")
                                .organizationId("ORG-GCL-010")
                                .build())
                        .addPerson(
                            PersonMention.builder()
                                .name("朱某某")
                                .post("党委书记")
                                .organization("能源板块党委")
                                .memberId("M-000123")
                                .build())
                        .addPerson(PersonMention.builder().name("李某").post("支部书记").build())
                        .build())
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

  /** A bulletin with only what the model requires: a title and a period. */
  static Bulletin minimal() {
    return Bulletin.builder()
        .masthead(Masthead.builder().title("党群工作简报").period(YearMonth.of(2024, 12)).build())
        .build();
  }

  /** The Markdown the public exporter writes for {@code bulletins}. */
  static String write(List<Bulletin> bulletins) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.defaults()).open(out, DataFormat.MARKDOWN)) {
      for (Bulletin bulletin : bulletins) {
        writer.write(bulletin);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What the public importer reads from Markdown text. */
  static Read read(String markdown) throws Exception {
    return read(markdown.getBytes(StandardCharsets.UTF_8), ImportOptions.of(AS_OF));
  }

  /** What the public importer reads from Markdown bytes. */
  static Read read(byte[] bytes, ImportOptions options) throws Exception {
    Read read = new Read();
    read.report =
        DangjianImporter.of(options)
            .read(new ByteArrayInputStream(bytes), "test.md", DataFormat.MARKDOWN, read);
    return read;
  }

  /** The bulletins and report of one import. */
  static final class Read implements RecordHandler {
    final List<Bulletin> bulletins = new ArrayList<>();
    final List<Location> locations = new ArrayList<>();
    ValidationReport report;

    @Override
    public void bulletin(Bulletin bulletin, Location location) {
      bulletins.add(bulletin);
      locations.add(location);
    }

    /** The IO-* issues as {@code CODE@line field}, in report order. */
    List<String> inputIssues() {
      return report.issues().stream()
          .filter(issue -> issue.code().startsWith("IO-"))
          .map(Read::describe)
          .toList();
    }

    static String describe(Issue issue) {
      Location l = issue.location();
      return issue.code()
          + "@"
          + (l.line().isPresent() ? l.line().getAsInt() : "?")
          + l.fieldPath().map(p -> " " + p).orElse("");
    }

    String messages() {
      return String.join(
          "\n",
          report.issues().stream().map(i -> describe(i) + " " + i.message(Locale.CHINA)).toList());
    }
  }
}
