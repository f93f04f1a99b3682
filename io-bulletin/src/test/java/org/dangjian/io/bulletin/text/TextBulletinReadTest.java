package org.dangjian.io.bulletin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.bulletin.PriorityItem;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading plain-text bulletins: encodings, masthead forms, the tolerated irregularities of text
 * converted from PDF, date resolution, statistics sentences, priorities, the trailer, and every
 * kind of line the reader reports instead of placing, with its line and column.
 */
class TextBulletinReadTest {

  /** A masthead of three lines; the text after it starts at line 4. */
  static final String HEAD = "党群工作简报\n协鑫集团党委、工会、团委联合编制\n2024.1　　总第六十二期\n";

  static final String NEWS = "【集团党群简讯】\n➤集团党委召开2024年党建工作会议\n　　1月19日，集团党委召开2024年党建工作会议。\n";

  static BulletinItem onlyItem(Bulletin bulletin) {
    assertThat(bulletin.sections()).hasSize(1);
    assertThat(bulletin.sections().get(0).items()).hasSize(1);
    return bulletin.sections().get(0).items().get(0);
  }

  static byte[] sample() throws IOException {
    try (InputStream in =
        TextBulletinReadTest.class.getResourceAsStream("/bulletin/sample-2024-1.txt")) {
      return in.readAllBytes();
    }
  }

  @Test
  void utf8WithBomAndGb18030GiveTheSameBulletinAsUtf8() throws IOException {
    String text = new String(sample(), StandardCharsets.UTF_8);
    Bulletin plain = TextImports.text(text).bulletin();
    TextImports bom =
        TextImports.read(
            ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8),
            ImportOptions.of(TextImports.AS_OF));
    TextImports gb =
        TextImports.read(
            text.getBytes(Charset.forName("GB18030")), ImportOptions.of(TextImports.AS_OF));
    assertThat(bom.issues()).isEmpty();
    assertThat(gb.issues()).isEmpty();
    assertThat(bom.bulletin()).isEqualTo(plain);
    assertThat(gb.bulletin()).isEqualTo(plain);
  }

  @Test
  void crlfAndCrLineEndingsReadTheSameAsLf() throws IOException {
    String text = new String(sample(), StandardCharsets.UTF_8);
    Bulletin plain = TextImports.text(text).bulletin();
    TextImports crlf = TextImports.text(text.replace("\n", "\r\n"));
    TextImports cr = TextImports.text(text.replace("\n", "\r"));
    assertThat(crlf.issues()).isEmpty();
    assertThat(cr.issues()).isEmpty();
    assertThat(crlf.bulletin()).isEqualTo(plain);
    assertThat(cr.bulletin()).isEqualTo(plain);
  }

  @Test
  void undecodableBytesAreAnEncodingIssueAtTheirLineAndTheBulletinIsRejected() {
    byte[] bytes = "党群工作简报\n2024.1\n\u00ff".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 2] = (byte) 0xFF;
    TextImports imports = TextImports.read(bytes, ImportOptions.of(TextImports.AS_OF));
    assertThat(imports.issues()).containsExactly("IO-REJECTED@1", "IO-ENCODING@3");
    assertThat(imports.input().rejected()).isEqualTo(1);
    assertThat(imports.input().stoppedEarly()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024.1　　总第六十二期|2024-01||62",
        "2024年1月 总第62期|2024-01||62",
        "２０２４．１　总第６２期|2024-01||62",
        "2024年第1期（总第62期）|2024-01|1|62",
        "2024.2 第2期 总第一百零五期|2024-02|2|105",
        "2024.12|2024-12||",
      })
  void mastheadNumbersInTheirPrintedForms(
      String line, String period, Integer issue, Integer running) {
    TextImports imports = TextImports.text("党 群 工 作 简 报\n" + line + "\n" + NEWS);
    assertThat(imports.issues()).isEmpty();
    Masthead masthead = imports.bulletin().masthead();
    assertThat(masthead.title()).isEqualTo("党群工作简报");
    assertThat(masthead.period()).isEqualTo(YearMonth.parse(period));
    assertThat(masthead.issueNumber())
        .isEqualTo(issue == null ? OptionalInt.empty() : OptionalInt.of(issue));
    assertThat(masthead.runningNumber())
        .isEqualTo(running == null ? OptionalInt.empty() : OptionalInt.of(running));
    assertThat(masthead.publishers()).isEmpty();
  }

  @Test
  void thePublicationDateMayStandInTheMastheadOrInAnIssuedLine() {
    TextImports masthead = TextImports.text(HEAD + "2024年2月5日\n" + NEWS);
    TextImports trailer = TextImports.text(HEAD + NEWS + "2024年2月6日印发\n");
    assertThat(masthead.issues()).isEmpty();
    assertThat(trailer.issues()).isEmpty();
    assertThat(masthead.bulletin().masthead().publishDate()).contains(LocalDate.of(2024, 2, 5));
    assertThat(trailer.bulletin().masthead().publishDate()).contains(LocalDate.of(2024, 2, 6));
  }

  @Test
  void withoutAPeriodThereIsNoBulletin() {
    TextImports imports = TextImports.text("党群工作简报\n总第六十二期\n" + NEWS);
    assertThat(imports.issues())
        .containsExactly("IO-REJECTED@1", "IO-MISSING-FIELD@1 masthead.period");
    assertThat(imports.bulletins).isEmpty();
    assertThat(imports.input().read()).isEqualTo(1);
    assertThat(imports.input().rejected()).isEqualTo(1);
  }

  @Test
  void anEmptyFileLacksTitleAndPeriod() {
    TextImports imports = TextImports.text("");
    assertThat(imports.issues())
        .containsExactly(
            "IO-REJECTED@1",
            "IO-MISSING-FIELD@1 masthead.period",
            "IO-MISSING-FIELD@1 masthead.title");
  }

  @Test
  void aMonthThirteenIsAValueIssueAndNoBulletin() {
    TextImports imports = TextImports.text("党群工作简报\n2024.13\n" + NEWS);
    assertThat(imports.issues()).containsExactly("IO-REJECTED@1", "IO-VALUE@2:1 masthead.period");
  }

  @Test
  void datesResolveAgainstTheIssuesYear() {
    String text =
        HEAD
            + "【集团党群简讯】\n"
            + "➤1月13日能源板块党委召开述职评议会\n　　会议指出。\n"
            + "➤集团团委召开年度总结会\n　　12月28日，集团团委召开年度总结会。\n"
            + "➤集团工会召开职代会\n　　2月5日，集团工会召开职代会。\n"
            + "➤集团党委召开中心组学习会\n　　2月30日，集团党委召开中心组学习会。\n";
    TextImports imports = TextImports.text(text);
    assertThat(imports.issues()).containsExactly("IO-VALUE@12:3 sections[0].items[3].date");
    var items = imports.bulletin().sections().get(0).items();
    assertThat(items)
        .extracting(BulletinItem::dateText)
        .containsExactly(
            Optional.of("1月13日"), Optional.of("12月28日"), Optional.of("2月5日"), Optional.of("2月30日"));
    assertThat(items)
        .extracting(BulletinItem::date)
        .containsExactly(
            Optional.of(LocalDate.of(2024, 1, 13)),
            Optional.of(LocalDate.of(2023, 12, 28)),
            Optional.of(LocalDate.of(2024, 2, 5)),
            Optional.empty());
  }

  @Test
  void linesThatCannotBePlacedAreReportedWithLineColumnAndWhy() {
    String text =
        "内部资料\n" // 1: not a masthead line
            + HEAD // 2-4
            + "【集团党群简讯】\n" // 5
            + "　　本栏目由集团党委办公室供稿。\n" // 6: before the first item
            + "➤集团党委召开2024年党建工作会议\n" // 7
            + "　　1月19日，集团党委召开会议。\n" // 8
            + "◇做好党费收缴工作\n" // 9: ◇ outside priorities
            + "【】\n" // 10: empty heading
            + "【二月份重点工作】\n" // 11
            + "　　各单位要高度重视。\n" // 12: not marked ◇
            + "◇做好2024年度党费收缴工作\n" // 13
            + "➤集团工会召开职代会\n" // 14: an item in priorities
            + "◇\n" // 15: ◇ without text
            + "编辑：周某某\n" // 16
            + "会后各单位认真落实。\n"; // 17: after the trailer
    TextImports imports = TextImports.text(text);
    assertThat(imports.issues())
        .containsExactly(
            "IO-UNPLACED@1:1",
            "IO-UNPLACED@6:3",
            "IO-UNPLACED@9:1",
            "IO-UNPLACED@10:1",
            "IO-UNPLACED@12:3",
            "IO-UNPLACED@14:1",
            "IO-UNPLACED@15:1",
            "IO-UNPLACED@17:1");
    assertThat(imports.report.issues())
        .extracting(i -> i.arguments().get("detailEn"))
        .containsExactly(
            "text in the masthead that is not a masthead line",
            "text before the first item (➤) of a section",
            "a ◇ line outside a priorities section",
            "an empty section heading",
            "text in a priorities section not marked ◇",
            "an item (➤) in a priorities section",
            "a ◇ without text",
            "text after the trailer");
    assertThat(imports.report.issues().get(1).value()).contains("本栏目由集团党委办公室供稿。");
    assertThat(imports.report.issues())
        .allSatisfy(i -> assertThat(i.location().recordId()).contains("党群工作简报 2024.1 总第62期"));
    Bulletin bulletin = imports.bulletin();
    assertThat(bulletin.sections())
        .extracting(s -> s.kind())
        .containsExactly(SectionKind.GROUP_NEWS, SectionKind.PRIORITIES);
    assertThat(bulletin.sections().get(0).items()).hasSize(1);
    assertThat(bulletin.priorities())
        .extracting(PriorityItem::text)
        .containsExactly("做好2024年度党费收缴工作");
    assertThat(bulletin.editor()).contains("周某某");
  }

  @Test
  void pageFurnitureOfEveryFormIsDropped() {
    String text =
        HEAD
            + "【集团党群简讯】\n"
            + "➤集团党委召开2024年党建工作会议\n"
            + "　　1月19日，集团党委召开\n"
            + "第 1 页\n"
            + "\f内部资料　注意保存\n"
            + "2024年党建工作会议。会议要求\n"
            + "— 2 —\n"
            + "\f党群工作简报\n"
            + "各单位抓好落实。\n"
            + "内部资料　注意保存\n"
            + "3/8\n"
            + "\f总第六十二期\n"
            + "➤集团工会召开职代会\n"
            + "　　集团工会召开职代会。\n"
            + "4\n"
            + "\f\n"
            + "═════════\n"
            + "　　会议审议通过了工作报告。\n";
    TextImports imports = TextImports.text(text);
    assertThat(imports.issues()).isEmpty();
    var items = onlyItemsOf(imports.bulletin());
    assertThat(items.get(0).paragraphs()).containsExactly("1月19日，集团党委召开2024年党建工作会议。会议要求各单位抓好落实。");
    assertThat(items.get(1).paragraphs()).containsExactly("集团工会召开职代会。", "会议审议通过了工作报告。");
  }

  static java.util.List<BulletinItem> onlyItemsOf(Bulletin bulletin) {
    assertThat(bulletin.sections()).hasSize(1);
    return bulletin.sections().get(0).items();
  }

  @Test
  void aLineOfTheMastheadRepeatedAwayFromAPageBreakIsContent() {
    TextImports imports = TextImports.text(HEAD + NEWS + "党群工作简报\n");
    assertThat(imports.issues()).isEmpty();
    assertThat(onlyItem(imports.bulletin()).paragraphs())
        .containsExactly("1月19日，集团党委召开2024年党建工作会议。", "党群工作简报");
  }

  @Test
  void repeatedLinesBrokenWordsLatinWordsAndStrayBlankLines() {
    String text =
        HEAD
            + "【集团党群简讯】\n"
            + "➤集团党委召开2024年党建工作会议\n"
            + "➤集团党委召开2024年党建工作会议\n"
            + "　　会议采用PPT\n\n"
            + "and video两种形式，学习了二十大精\n"
            + "\n\n"
            + "神。\n"
            + "神。\n";
    TextImports imports = TextImports.text(text);
    assertThat(imports.issues()).isEmpty();
    BulletinItem item = onlyItem(imports.bulletin());
    assertThat(item.headline()).isEqualTo("集团党委召开2024年党建工作会议");
    assertThat(item.paragraphs()).containsExactly("会议采用PPT and video两种形式，学习了二十大精神。");
  }

  @Test
  void aHeadingMayCarryTextAndAMarkerMayStandAlone() {
    TextImports imports = TextImports.text(HEAD + "【集团党群简讯】➤\n集团党委召开会议\n　　会议审议了报告。\n");
    assertThat(imports.issues()).isEmpty();
    BulletinItem item = onlyItem(imports.bulletin());
    assertThat(item.headline()).isEqualTo("集团党委召开会议");
    assertThat(item.paragraphs()).containsExactly("会议审议了报告。");
  }

  @Test
  void statisticsWithFullWidthDigitsSeparatorsDecimalsAndOtherFigures() {
    String text =
        HEAD
            + "【党建大数据】\n"
            + "　　截至1月末，集团共有党员 ３，０９６ 名，占员工总数的比例为 10.5%，其中预备党员 197 名；\n"
            + "党组织 1,134 家；新发展党员 12 名，党员 3000 名，党员总数若干名，党员先锋岗 60 个以上。\n";
    TextImports imports = TextImports.text(text);
    assertThat(imports.issues())
        .containsExactlyInAnyOrder("IO-UNPLACED@6:27", "IO-UNPLACED@6:34", "IO-UNPLACED@6:52");
    assertThat(imports.report.issues())
        .extracting(i -> i.value().orElse(""))
        .containsExactlyInAnyOrder("党员3000 名", "党员总数若干名", "以上");
    StatisticsBlock block = imports.bulletin().statistics().orElseThrow();
    assertThat(block)
        .isEqualTo(
            StatisticsBlock.builder()
                .asOf(LocalDate.of(2024, 1, 31))
                .memberTotal(3096)
                .shareOfEmployeesPercent(new BigDecimal("10.5"))
                .probationaryMembers(197)
                .organizationTotal(1134)
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
                .build());
  }

  @Test
  void statisticsWithoutAnAsOfDateAreAsOfTheEndOfTheIssuesMonth() {
    TextImports imports = TextImports.text(HEAD + "【党建大数据】\n党委 16 家、党总支 4 家、党支部 114.5 家。\n");
    assertThat(imports.issues()).containsExactly("IO-VALUE@5:21 sections[0].statistics.branches");
    StatisticsBlock block = imports.bulletin().statistics().orElseThrow();
    assertThat(block.asOf()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(block.partyCommittees()).hasValue(16);
    assertThat(block.generalBranches()).hasValue(4);
    assertThat(block.branches()).isEmpty();
  }

  @Test
  void prioritiesWithTheirResponsibleOrganizations() {
    String text =
        HEAD
            + "【三月份重点工作】\n"
            + "◇开展“学雷锋”志愿服务活动（责任单位：集团团委、各板块团委）\n"
            + "◇做好党费收缴工作，牵头单位：集团党委组织部\n"
            + "◇召开述职评议会(责任部门:各板块党委)\n"
            + "◇开展春节走访慰问。\n";
    TextImports imports = TextImports.text(text);
    assertThat(imports.issues()).isEmpty();
    assertThat(imports.bulletin().priorities())
        .containsExactly(
            PriorityItem.builder()
                .text("开展“学雷锋”志愿服务活动")
                .addResponsibleOrganizations("集团团委", "各板块团委")
                .build(),
            PriorityItem.builder().text("做好党费收缴工作").addResponsibleOrganization("集团党委组织部").build(),
            PriorityItem.builder().text("召开述职评议会").addResponsibleOrganization("各板块党委").build(),
            PriorityItem.builder().text("开展春节走访慰问。").build());
  }

  @Test
  void trailerLinesInTheirForms() {
    String text =
        HEAD
            + NEWS
            + "责任编辑：周某某　签发：朱某某\n"
            + "报送：集团董事会\n"
            + "抄送：集团监事会，集团纪委\n"
            + "发送：各板块党委 各板块工会\n"
            + "（共印120份）\n"
            + "印数：很多\n";
    TextImports imports = TextImports.text(text);
    assertThat(imports.issues()).containsExactly("IO-VALUE@12:4 printCount");
    Bulletin bulletin = imports.bulletin();
    assertThat(bulletin.editor()).contains("周某某");
    assertThat(bulletin.approver()).contains("朱某某");
    assertThat(bulletin.printCount()).hasValue(120);
    var distribution = bulletin.distribution().orElseThrow();
    assertThat(distribution.reportTo()).containsExactly("集团董事会");
    assertThat(distribution.sendTo()).containsExactly("集团监事会", "集团纪委");
    assertThat(distribution.issueTo()).containsExactly("各板块党委", "各板块工会");
  }

  @Test
  void theWholeTextBeyondMaxRecordSizeIsALimitIssue() {
    String text = HEAD + NEWS.repeat(20);
    TextImports imports =
        TextImports.read(
            text.getBytes(StandardCharsets.UTF_8),
            ImportOptions.builder()
                .asOf(TextImports.AS_OF)
                .limits(ReadLimits.builder().maxRecordSize(200).build())
                .build());
    assertThat(imports.issues()).containsExactly("IO-LIMIT@1", "IO-REJECTED@1");
    assertThat(imports.report.issues().get(0).arguments())
        .containsEntry("limit", "maxRecordSize")
        .containsEntry("max", "200");
    assertThat(imports.input().rejected()).isEqualTo(1);
  }

  @Test
  void aLineBeyondMaxFieldLengthIsALimitIssueAtThatLine() {
    String text = HEAD + "【集团党群简讯】\n➤集团党委召开会议\n　　" + "会".repeat(120) + "。\n";
    TextImports imports =
        TextImports.read(
            text.getBytes(StandardCharsets.UTF_8),
            ImportOptions.builder()
                .asOf(TextImports.AS_OF)
                .limits(ReadLimits.builder().maxFieldLength(100).build())
                .build());
    assertThat(imports.issues()).containsExactly("IO-REJECTED@1", "IO-LIMIT@6");
    assertThat(imports.report.issues().get(1).arguments()).containsEntry("limit", "maxFieldLength");
  }
}
