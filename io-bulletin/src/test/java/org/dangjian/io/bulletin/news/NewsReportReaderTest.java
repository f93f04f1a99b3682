package org.dangjian.io.bulletin.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.bulletin.NewsReport;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.bulletin.NewsReading;
import org.dangjian.io.bulletin.NewsReportReader;
import org.dangjian.io.bulletin.NewsReportReader.Form;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;

/**
 * {@link NewsReportReader} on small pages: the figures of the sentences the issue quotes, numbers
 * in their printed forms, each source line form, and the problems reported with their lines.
 */
class NewsReportReaderTest {

  private static final NewsReportReader READER =
      NewsReportReader.of(ImportOptions.of(LocalDate.of(2024, 1, 31)));
  private static final String SOURCE = "2021-06-30 10:20 来源:闽东日报 张文奎";

  private static NewsReading read(String page) {
    return READER.read(page, "page.txt", Form.TEXT);
  }

  private static NewsReport only(String page) {
    NewsReading reading = read(page);
    assertThat(reading.reports()).as(reading.report().issues().toString()).hasSize(1);
    return reading.reports().get(0);
  }

  private static List<String> figures(String sentence) {
    return only("标题\n" + SOURCE + "\n" + sentence + "\n").figures().stream()
        .map(NewsCorpusTest::shown)
        .toList();
  }

  @Test
  void theSentencesOfTheIssueGiveTheirFigures() {
    NewsReport report = only("标题\n" + SOURCE + "\n公司党委下辖党支部18个，党员589人，其中硕博士学历以上占比76%。\n");
    assertThat(report.figures().stream().map(NewsCorpusTest::shown))
        .containsExactly("党支部|18|个|false", "党员|589|人|false", "硕博士学历以上占比|76|%|false");
    assertThat(report.figures())
        .extracting(StatedFigure::sentence)
        .allMatch(s -> s.orElseThrow().equals("公司党委下辖党支部18个，党员589人，其中硕博士学历以上占比76%。"));
    assertThat(figures("基层党组织44个，其中党委2个…，非公企业党支部42个，党员507人。"))
        .containsExactly(
            "基层党组织|44|个|false", "党委|2|个|false", "非公企业党支部|42|个|false", "党员|507|人|false");
  }

  @Test
  void numbersInTheirPrintedForms() {
    assertThat(figures("党员3,096名，党员3 096 名，党员３０９６名。"))
        .containsExactly("党员|3096|名|false", "党员|3096|名|false", "党员|3096|名|false");
    assertThat(figures("党支部十八个，党员一千二百余人，志愿者30多名，党员约500人，职工1.2万名。"))
        .containsExactly(
            "党支部|18|个|false",
            "党员|1200|人|true",
            "志愿者|30|名|true",
            "党员|500|人|true",
            "职工|12000|名|false");
    assertThat(figures("2021年6月第3期，历时6个月，做到两个维护、四个意识，10:20开始。")).isEmpty();
    assertThat(figures("新建18个党支部，来自全市的85名党务工作者参加培训。"))
        .containsExactly("新建党支部|18|个|false", "党务工作者|85|名|false");
  }

  @Test
  void sourceLinesInTheirForms() {
    NewsReport web = only("首页 新闻频道 党建\n标题\n" + SOURCE + "\n正文。\n");
    assertThat(web.publication()).isEqualTo("闽东日报");
    assertThat(web.publishedOn()).isEqualTo(LocalDate.of(2021, 6, 30));
    assertThat(web.reporters()).containsExactly("张文奎");

    String header = "闽东日报 2021年6月30日 星期三 第3版\n\n";
    NewsReport lead = only(header + "标题\n本报讯（记者 叶伟 通讯员 林晓 王某）6月29日，正文。\n");
    assertThat(lead.publication()).isEqualTo("闽东日报");
    assertThat(lead.reporters()).containsExactly("记者 叶伟", "通讯员 林晓", "通讯员 王某");
    assertThat(lead.paragraphs()).containsExactly("6月29日，正文。");
    assertThat(lead.date()).contains(LocalDate.of(2021, 6, 29));

    NewsReport bare = only(header + "标题\n本报讯 正文。\n");
    assertThat(bare.reporters()).isEmpty();
    assertThat(bare.paragraphs()).containsExactly("正文。");

    NewsReport arrow = only(header + "标题\n▶ 本报记者 叶伟\n正文。\n");
    assertThat(arrow.reporters()).containsExactly("本报记者 叶伟");

    NewsReport dated = only("苏州工业报 2022年1月16日 星期日 第1版\n标题\n本报苏州1月15日电（记者 王某）正文。\n");
    assertThat(dated.dateLine()).contains("本报苏州1月15日电");
    assertThat(dated.date()).contains(LocalDate.of(2022, 1, 15));
    assertThat(dated.dateText()).contains("1月15日");

    NewsReport labelled = only("标题\n发布时间：2021年06月30日　来源：闽东日报　作者：张文奎　浏览次数：128\n正文。\n责任编辑：林某\n");
    assertThat(labelled.publication()).isEqualTo("闽东日报");
    assertThat(labelled.reporters()).containsExactly("张文奎");
    assertThat(labelled.editor()).contains("林某");
  }

  @Test
  void textBeforeTheFirstReportIsUnplacedAtItsLine() {
    NewsReading reading = read("首页 新闻频道 党建\n联系电话 13912345678\n\n标题\n" + SOURCE + "\n正文。\n");
    assertThat(reading.reports()).hasSize(1);
    assertThat(reading.report().issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo("IO-UNPLACED");
              assertThat(i.location().line()).hasValue(2);
              assertThat(i.value())
                  .hasValueSatisfying(v -> assertThat(v).doesNotContain("13912345678"));
            });
  }

  @Test
  void aReportWithoutPublicationOrDateIsReportedAndNotKept() {
    NewsReading reading = read("第一篇\n" + SOURCE + "\n正文。\n\n第二篇\n本报讯 没有报头的报道。\n");
    assertThat(reading.reports()).extracting(NewsReport::headline).containsExactly("第一篇");
    assertThat(reading.report().issues())
        .extracting(
            Issue::code,
            i -> i.location().line().getAsInt(),
            i -> i.location().fieldPath().orElse(""))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("IO-MISSING-FIELD", 6, "publication"),
            org.assertj.core.groups.Tuple.tuple("IO-MISSING-FIELD", 6, "publishedOn"),
            org.assertj.core.groups.Tuple.tuple("IO-REJECTED", 6, ""));
    assertThat(reading.report().input().orElseThrow().rejected()).isEqualTo(1);
    assertThat(reading.report().input().orElseThrow().accepted()).isEqualTo(1);
  }

  @Test
  void aPageWithoutAnySourceLineSaysSoAndKeepsItsTextInTheReport() {
    NewsReading reading = read("一段没有来源的文字。\n");
    assertThat(reading.reports()).isEmpty();
    assertThat(reading.report().issues())
        .extracting(Issue::code, i -> i.location().fieldPath().orElse(""))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("IO-MISSING-FIELD", "source"),
            org.assertj.core.groups.Tuple.tuple("IO-UNPLACED", ""));
  }

  @Test
  void limitsAndEncodingAreReported() throws IOException {
    NewsReportReader small =
        NewsReportReader.of(
            ImportOptions.builder()
                .asOf(LocalDate.of(2024, 1, 31))
                .limits(ReadLimits.builder().maxFieldLength(20).maxRecordSize(1_000).build())
                .build());
    assertThat(small.read("标题\n" + "很长".repeat(20) + "\n", "p", Form.TEXT).report().issues())
        .extracting(Issue::code)
        .containsExactly("IO-LIMIT");
    byte[] notText = {(byte) 0xff, (byte) 0xfe, (byte) 0x81, 0x30, (byte) 0xc0};
    NewsReading bad = READER.read(new ByteArrayInputStream(notText), "p", Form.TEXT);
    assertThat(bad.report().issues()).extracting(Issue::code).containsExactly("IO-ENCODING");

    byte[] gb = ("标题\n" + SOURCE + "\n党员12名。\n").getBytes(Charset.forName("GB18030"));
    NewsReading decoded = READER.read(new ByteArrayInputStream(gb), "p", Form.TEXT);
    assertThat(decoded.reports()).singleElement().extracting(r -> r.figures().size()).isEqualTo(1);
  }
}
