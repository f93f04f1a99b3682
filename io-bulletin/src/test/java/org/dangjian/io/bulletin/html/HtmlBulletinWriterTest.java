package org.dangjian.io.bulletin.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.ImmutableMasthead;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PairingAgreement;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.SampleBulletins;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML page of bulletins, parsed back with jsoup: structure, figures, escaping, kinds. */
class HtmlBulletinWriterTest {

  private static Document parse(List<Bulletin> bulletins) throws IOException {
    return Jsoup.parse(HtmlFixtures.page(bulletins));
  }

  private static Document issue62() throws IOException {
    return parse(List.of(SampleBulletins.issue62()));
  }

  @Test
  void thePageIsAStandaloneChineseHtmlDocument() throws IOException {
    String text = HtmlFixtures.page(List.of(SampleBulletins.issue62()));
    Document page = Jsoup.parse(text);

    assertThat(text).startsWithIgnoringCase("<!DOCTYPE html>\n").endsWith("</html>\n");
    assertThat(page.documentType().name()).isEqualTo("html");
    assertThat(page.documentType().publicId()).isEmpty();
    assertThat(page.expectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(page.select("head > meta[charset]").eachAttr("charset")).containsExactly("utf-8");
    assertThat(page.title()).isEqualTo("党群工作简报 2024.1 第1期 总第62期");
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.expectFirst("style").data())
        .contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }")
        .contains("font-size: 16pt;")
        .contains("line-height: 1.75;")
        .contains("text-indent: 2em;")
        .contains("text-align: justify;")
        .contains("\"仿宋_GB2312\"")
        .contains("\"黑体\"")
        .contains("article.bulletin + article.bulletin { break-before: page; }")
        .doesNotContain("url(")
        .doesNotContain("@import");
    assertThat(page.select("script, link, img, iframe, object, embed, [src], [href]")).isEmpty();
  }

  @Test
  void theMastheadShowsTitleIssueNumbersPublishersAndDate() throws IOException {
    Element masthead = issue62().expectFirst("article.bulletin > header.masthead");

    assertThat(masthead.expectFirst("h1.masthead-title").text()).isEqualTo("党群工作简报");
    assertThat(masthead.expectFirst(".period").text()).isEqualTo("2024.1");
    assertThat(masthead.expectFirst(".issue-number").text()).isEqualTo("第一期");
    assertThat(masthead.expectFirst(".running-number").text()).isEqualTo("总第六十二期");
    assertThat(masthead.expectFirst(".running-number").attr("data-value")).isEqualTo("62");
    assertThat(masthead.expectFirst(".publishers").text()).isEqualTo("协鑫集团党委、工会、团委联合编制");
    assertThat(masthead.expectFirst("time.publish-date").attr("datetime")).isEqualTo("2024-02-05");
    assertThat(masthead.expectFirst("time.publish-date").text()).isEqualTo("2024年2月5日");
    assertThat(masthead.select("hr.masthead-rule")).hasSize(1);
  }

  @Test
  void sectionsKeepTheirOrderKindsAndBracketedHeadings() throws IOException {
    Elements sections = issue62().select("article.bulletin > section.section");

    assertThat(sections.eachAttr("data-kind"))
        .containsExactly(
            "NATIONAL_NEWS",
            "STATISTICS",
            "GROUP_NEWS",
            "GRASSROOTS_PARTY",
            "GRASSROOTS_UNION",
            "GRASSROOTS_LEAGUE",
            "CUSTOM",
            "PRIORITIES");
    assertThat(sections.select("> h2.section-heading").eachText())
        .containsExactly(
            "【党建要闻】",
            "【党建大数据】",
            "【集团党群简讯】",
            "【基层党建动态】",
            "【基层工建动态】",
            "【基层团建动态】",
            "【学习园地】",
            "【二月份重点工作】");
  }

  @Test
  void anItemShowsMarkerHeadlineDateAndParagraphs() throws IOException {
    Element item = issue62().expectFirst("section[data-kind=GRASSROOTS_PARTY] > div.item");

    assertThat(item.expectFirst("h3.item-headline").text())
        .isEqualTo("➤能源板块党委召开2023年度基层党组织书记抓党建述职评议会");
    assertThat(item.expectFirst("h3.item-headline > span.marker").text()).isEqualTo("➤");
    assertThat(item.expectFirst("p.item-date > time").attr("datetime")).isEqualTo("2024-01-13");
    assertThat(item.expectFirst("p.item-date").text()).isEqualTo("1月13日");
    // the full-width indent typed into the text is the text's own: the page keeps it
    assertThat(item.select("p.paragraph").eachText())
        .containsExactly("　　1月13日，能源板块党委召开2023年度基层党组织书记抓党建述职评议会。", "　　会上，各支部书记逐一述职，板块党委书记逐一点评。");
  }

  @Test
  void theStatisticsTableHasOneRowPerFigure() throws IOException {
    Element table = issue62().expectFirst("section[data-kind=STATISTICS] > table.statistics");

    assertThat(table.expectFirst("caption").text()).isEqualTo("截至2024年1月31日");
    assertThat(table.attr("data-as-of")).isEqualTo("2024-01-31");
    assertThat(table.select("thead th").eachText()).containsExactly("项目", "数值", "单位");
    assertThat(table.select("tbody > tr"))
        .extracting(
            row -> row.expectFirst("th.label").text(),
            row -> row.expectFirst("td.value").attr("data-figure"),
            row -> row.expectFirst("td.value").text(),
            row -> row.expectFirst("td.unit").text(),
            row -> row.hasClass("part"))
        .containsExactly(
            tuple("党员总数", "memberTotal", "3096", "名", false),
            tuple("预备党员", "probationaryMembers", "197", "名", true),
            tuple("占职工比例", "shareOfEmployeesPercent", "10", "%", false),
            tuple("党组织总数", "organizationTotal", "134", "家", false),
            tuple("党委", "partyCommittees", "16", "家", true),
            tuple("党总支", "generalBranches", "4", "家", true),
            tuple("党支部", "branches", "114", "家", true),
            tuple("发展党员", "other", "45", "名", false),
            tuple("党员先锋岗", "other", "60", "个", false));
    assertThat(table.select("td[data-figure=other]").eachAttr("data-label"))
        .containsExactly("发展党员", "党员先锋岗");
  }

  @Test
  void theStatisticsTableShowsOnlyTheFiguresStatedAndDecimalsAsStated() throws IOException {
    StatisticsBlock block =
        StatisticsBlock.builder()
            .asOf(LocalDate.of(2024, 6, 30))
            .memberTotal(12)
            .shareOfEmployeesPercent(new BigDecimal("10.50"))
            .addOtherFigure(
                StatedFigure.builder().label("发展党员").value(new BigDecimal("1E+1")).build())
            .build();
    Bulletin bulletin =
        ImmutableBulletin.copyOf(HtmlFixtures.small(62, "标题"))
            .withSections(
                Section.builder()
                    .kind(SectionKind.STATISTICS)
                    .heading("党建大数据")
                    .statistics(block)
                    .build());

    Element table = parse(List.of(bulletin)).expectFirst("table.statistics");

    assertThat(table.expectFirst("caption").text()).isEqualTo("截至2024年6月30日");
    assertThat(table.select("tbody > tr"))
        .extracting(
            row -> row.expectFirst("th").text(),
            row -> row.select("td").stream().map(Element::text).toList())
        .containsExactly(
            tuple("党员总数", List.of("12", "名")),
            tuple("占职工比例", List.of("10.50", "%")),
            tuple("发展党员", List.of("10", "")));
  }

  @Test
  void prioritiesAreAListMarkedWithDiamonds() throws IOException {
    Elements lines =
        issue62().select("section[data-kind=PRIORITIES] > ul.priorities > li.priority");

    assertThat(lines.eachText())
        .containsExactly("◇召开2023年度基层党组织书记抓党建述职评议会（各板块党委）", "◇开展春节期间走访慰问困难党员、职工");
    assertThat(lines.select("span.responsible").eachText()).containsExactly("（各板块党委）");
  }

  @Test
  void theTrailerShowsDistributionSignoffAndPrintCount() throws IOException {
    Element trailer = issue62().expectFirst("article.bulletin > footer.trailer");

    assertThat(trailer.select("> p").eachText())
        .containsExactly("报：苏州市委组织部。", "送：集团各部门。", "发：各板块党委，各党支部。", "编辑：集团党委办公室签发：王某某", "印数：200份");
    assertThat(trailer.select("p.distribution").eachAttr("class"))
        .containsExactly("distribution report-to", "distribution send-to", "distribution issue-to");
    assertThat(trailer.expectFirst(".editor").text()).isEqualTo("编辑：集团党委办公室");
    assertThat(trailer.expectFirst(".approver").text()).isEqualTo("签发：王某某");
  }

  @Test
  void partsABulletinDoesNotHaveAreLeftOut() throws IOException {
    Document page = parse(List.of(HtmlFixtures.small(63, "标题")));

    assertThat(page.select("footer, table, ul, .issue-number, .publishers, time, .item-date"))
        .isEmpty();
    assertThat(page.expectFirst(".running-number").text()).isEqualTo("总第六十三期");
    assertThat(page.select("hr.masthead-rule")).hasSize(1);
  }

  @Test
  void nastyTextIsEscapedEverywhere() throws IOException {
    String nasty = "<script>alert(\"x\")</script> & 'q' </p><p>\"";
    Bulletin bulletin =
        Bulletin.builder()
            .masthead(
                ImmutableMasthead.copyOf(SampleBulletins.masthead())
                    .withTitle("简报 " + nasty)
                    .withCompilingStatement(nasty))
            .addSection(
                Section.builder()
                    .kind(SectionKind.CUSTOM)
                    .heading(nasty)
                    .addItem(
                        BulletinItem.builder()
                            .headline(nasty)
                            .dateText(nasty)
                            .addParagraph(nasty)
                            .build())
                    .statistics(
                        StatisticsBlock.builder()
                            .asOf(LocalDate.of(2024, 1, 31))
                            .addOtherFigure(
                                StatedFigure.builder()
                                    .label(nasty)
                                    .value(BigDecimal.ONE)
                                    .unit(nasty)
                                    .build())
                            .build())
                    .build())
            .editor(nasty)
            .build();
    String text = HtmlFixtures.page(List.of(bulletin));

    Document page = Jsoup.parse(text);

    assertThat(page.select("script")).isEmpty();
    assertThat(text).doesNotContain("<script").contains("&lt;script&gt;");
    assertThat(page.title()).isEqualTo("简报 " + nasty + " 2024.1 第1期 总第62期");
    assertThat(page.expectFirst("article").attr("data-designation")).isEqualTo(page.title());
    assertThat(page.expectFirst("h1").text()).isEqualTo("简报 " + nasty);
    assertThat(page.expectFirst(".publishers").text()).isEqualTo("协鑫集团党委、工会、团委" + nasty);
    assertThat(page.expectFirst("h2").text()).isEqualTo("【" + nasty + "】");
    assertThat(page.expectFirst("h3").text()).isEqualTo("➤" + nasty);
    assertThat(page.expectFirst(".item-date").text()).isEqualTo(nasty);
    assertThat(page.expectFirst("p.paragraph").text()).isEqualTo(nasty);
    assertThat(page.select("p.paragraph")).hasSize(1);
    assertThat(page.expectFirst("th.label").text()).isEqualTo(nasty);
    assertThat(page.expectFirst("td.value").attr("data-label")).isEqualTo(nasty);
    assertThat(page.expectFirst("td.unit").text()).isEqualTo(nasty);
    assertThat(page.expectFirst(".editor").text()).isEqualTo("编辑：" + nasty);
  }

  @Test
  void severalBulletinsAreArticlesInOrderEachStartingANewSheet() throws IOException {
    Document page =
        parse(
            List.of(
                HtmlFixtures.small(62, "一月要闻"),
                HtmlFixtures.small(63, "二月要闻"),
                HtmlFixtures.small(64, "三月要闻")));

    assertThat(page.select("body > article.bulletin").eachAttr("data-designation"))
        .containsExactly("党群工作简报 2024.1 总第62期", "党群工作简报 2024.2 总第63期", "党群工作简报 2024.3 总第64期");
    assertThat(page.select("article h3.item-headline").eachText())
        .containsExactly("➤一月要闻", "➤二月要闻", "➤三月要闻");
    assertThat(page.select("h1.masthead-title")).hasSize(3);
    assertThat(page.title()).isEqualTo("党群工作简报 2024.1 总第62期 等3期");
  }

  @Test
  void aPageWithoutBulletinsIsStillAPage() throws IOException {
    Document page = parse(List.of());

    assertThat(page.title()).isEqualTo("党群工作简报");
    assertThat(page.body().children()).isEmpty();
  }

  @Test
  void otherRecordsAreSkippedAndCounted() throws IOException {
    Dataset dataset =
        DatasetGenerator.generate(GeneratorSettings.builder().seed(5).activities(true).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long skipped;
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.defaults()).open(out, DataFormat.HTML)) {
      for (Organization organization : dataset.organizations()) {
        writer.write(organization);
      }
      for (Member member : dataset.members()) {
        writer.write(member);
      }
      writer.write(SampleBulletins.issue62());
      for (Activity activity : dataset.activities()) {
        writer.write(activity);
      }
      for (PairingAgreement pairing : dataset.pairings()) {
        writer.write(pairing);
      }
      skipped = writer.skipped();
    }

    assertThat(dataset.organizations()).isNotEmpty();
    assertThat(dataset.members()).isNotEmpty();
    assertThat(dataset.activities()).isNotEmpty();
    assertThat(skipped)
        .isEqualTo(
            dataset.organizations().size()
                + dataset.members().size()
                + dataset.activities().size()
                + dataset.pairings().size());
    Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    assertThat(page.select("article")).hasSize(1);
    assertThat(page.body().children()).hasSize(1);
  }

  @Test
  void theExporterWritesTheBulletinsOfADatasetToAnHtmlFile() throws IOException {
    Dataset dataset =
        Dataset.builder()
            .addBulletins(HtmlFixtures.small(62, "一月要闻"), HtmlFixtures.small(63, "二月要闻"))
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    DangjianExporter.of(ExportOptions.defaults()).write(dataset, out, DataFormat.HTML);

    assertThat(Jsoup.parse(out.toString(StandardCharsets.UTF_8)).select("article")).hasSize(2);
  }
}
