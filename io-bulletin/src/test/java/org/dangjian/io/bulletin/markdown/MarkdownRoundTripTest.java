package org.dangjian.io.bulletin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.BulletinItem;
import org.dangjian.core.bulletin.ImmutableBulletin;
import org.dangjian.core.bulletin.Section;
import org.dangjian.core.bulletin.SectionKind;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.core.bulletin.StatisticsBlock;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.SampleBulletins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markdown bulletins are lossless: what the writer writes reads back as equal bulletins, with no
 * issue from the reader, for the full issue-62 fixture, a minimal bulletin, custom sections,
 * several bulletins in one file, single nasty texts in every place, and 400 seeded random
 * bulletins.
 */
class MarkdownRoundTripTest {

  private static final int SEEDS = 400;

  private static List<Bulletin> roundTrip(List<Bulletin> bulletins) throws Exception {
    String markdown = Bulletins.write(bulletins);
    Bulletins.Read read = Bulletins.read(markdown);
    assertThat(read.inputIssues()).as(markdown).isEmpty();
    return read.bulletins;
  }

  @Test
  void issue62() throws Exception {
    Bulletin bulletin = SampleBulletins.issue62();
    assertThat(roundTrip(List.of(bulletin))).containsExactly(bulletin);
  }

  @Test
  void minimal() throws Exception {
    Bulletin bulletin = Bulletins.minimal();
    assertThat(roundTrip(List.of(bulletin))).containsExactly(bulletin);
    assertThat(Bulletins.write(List.of(bulletin))).isEqualTo("# 党群工作简报\n\n- 期别：2024.12\n");
  }

  @Test
  void customSectionsAndHeadingsThatDifferFromTheirKind() throws Exception {
    Bulletin bulletin =
        ImmutableBulletin.copyOf(Bulletins.minimal())
            .withSections(
                Section.builder().kind(SectionKind.CUSTOM).heading("学习园地").build(),
                Section.builder().kind(SectionKind.CUSTOM).heading("党建要闻").build(),
                Section.builder().kind(SectionKind.PRIORITIES).heading("近期工作安排").build(),
                Section.builder().kind(SectionKind.GRASSROOTS_PARTY).heading("【基层动态】").build(),
                Section.builder().kind(SectionKind.PRIORITIES).heading("三月份重点工作").build());
    String markdown = Bulletins.write(List.of(bulletin));
    assertThat(markdown)
        .contains("## 【学习园地】\n")
        .contains("## 【党建要闻】 <!-- kind=99 -->\n")
        .contains("## 【近期工作安排】 <!-- kind=07 -->\n")
        .contains("## 【【基层动态】】 <!-- kind=04 -->\n")
        .contains("## 【三月份重点工作】\n");
    assertThat(roundTrip(List.of(bulletin))).containsExactly(bulletin);
  }

  @Test
  void severalBulletinsInOneFile() throws Exception {
    List<Bulletin> bulletins =
        List.of(SampleBulletins.issue62(), Bulletins.minimal(), new RandomBulletins(7).bulletin());
    Bulletins.Read read = Bulletins.read(Bulletins.write(bulletins));
    assertThat(read.bulletins).containsExactlyElementsOf(bulletins);
    assertThat(read.locations)
        .extracting(l -> l.recordIndex().getAsLong())
        .containsExactly(0L, 1L, 2L);
    assertThat(read.report.input().orElseThrow().accepted()).isEqualTo(3);
  }

  @Test
  void testkitBulletins() throws Exception {
    var dataset =
        DatasetGenerator.generate(
            org.dangjian.testkit.GeneratorSettings.proportional(11, 60).build());
    List<Bulletin> bulletins =
        List.of(
            SampleBulletins.issue62(),
            org.dangjian.testkit.BulletinGenerator.reporting(
                dataset, java.time.YearMonth.of(2024, 1), 62));
    assertThat(roundTrip(bulletins)).containsExactlyElementsOf(bulletins);
  }

  @Test
  void decimalsKeepTheirScale() throws Exception {
    List<String> values = List.of("10", "10.0", "10.00", "1E+3", "0.000", "-0.5", "1E-7");
    var block =
        StatisticsBlock.builder()
            .asOf(LocalDate.of(2024, 1, 31))
            .shareOfEmployeesPercent(new BigDecimal("10.0"));
    for (String value : values) {
      block.addOtherFigure(
          StatedFigure.builder().label("数" + value).value(new BigDecimal(value)).build());
    }
    Bulletin bulletin =
        ImmutableBulletin.copyOf(Bulletins.minimal())
            .withSections(
                Section.builder()
                    .kind(SectionKind.STATISTICS)
                    .heading("党建大数据")
                    .statistics(block.build())
                    .build());
    Bulletin back = roundTrip(List.of(bulletin)).get(0);
    assertThat(back).isEqualTo(bulletin);
    assertThat(back.statistics().orElseThrow().otherFigures())
        .extracting(f -> f.value().toString())
        .containsExactlyElementsOf(values);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*强调* _下划线_ # 井号 | 竖线 \\ 反斜杠 ` 反引号 < > [ ] ! 感叹号",
        "1. 像有序列表",
        "2) 像有序列表",
        "- 像列表",
        "+ 像列表",
        "> 像引用",
        "# 像标题",
        "➤ 像条目",
        "◇ 像重点工作",
        "　　全角空格开头和结尾　　",
        "  半角空格开头和结尾  ",
        "第一行\n第二行",
        "第一行\n\n第三行\n",
        "\n开头换行",
        "===",
        "---",
        "~~~",
        "```java",
        "<!-- 注释 -->",
        "&amp; &#32; &copy;",
        "a\r\nb",
        "制表\t符",
        "12345. 数字",
        "[链接](http://example.com) ![图](x.png)",
        "行尾反斜杠\\",
        "x #",
        ":-: | --- |"
      })
  void nastyTextInEveryPlace(String text) throws Exception {
    Bulletin bulletin = SampleBulletins.issue62();
    Bulletin nasty =
        ImmutableBulletin.copyOf(bulletin)
            .withMasthead(
                org.dangjian.core.bulletin.ImmutableMasthead.copyOf(bulletin.masthead())
                    .withTitle(text)
                    .withCompilingStatement(text))
            .withSections(
                Section.builder()
                    .kind(SectionKind.CUSTOM)
                    .heading(text)
                    .addItem(
                        BulletinItem.builder()
                            .headline(text)
                            .dateText(text)
                            .addParagraph(text)
                            .addParagraph(text + text)
                            .build())
                    .addPriority(
                        org.dangjian.core.bulletin.PriorityItem.builder()
                            .text(text)
                            .addResponsibleOrganization(text)
                            .build())
                    .statistics(
                        StatisticsBlock.builder()
                            .asOf(LocalDate.of(2024, 1, 31))
                            .addOtherFigure(
                                StatedFigure.builder()
                                    .label(text)
                                    .value(BigDecimal.ONE)
                                    .unit(text)
                                    .build())
                            .build())
                    .build())
            .withEditor(text);
    assertThat(roundTrip(List.of(nasty))).containsExactly(nasty);
  }

  @Test
  void randomBulletins() throws Exception {
    List<Long> failed = new ArrayList<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Bulletin bulletin = new RandomBulletins(seed).bulletin();
      String markdown = Bulletins.write(List.of(bulletin));
      Bulletins.Read read = Bulletins.read(markdown);
      if (!read.inputIssues().isEmpty() || !read.bulletins.equals(List.of(bulletin))) {
        failed.add(seed);
        if (failed.size() == 1) {
          System.out.println("seed " + seed + "\n" + markdown + "\n" + read.messages());
          System.out.println("expected " + bulletin + "\nactual   " + read.bulletins);
        }
      }
    }
    assertThat(failed).as("seeds whose bulletin did not round-trip").isEmpty();
  }

  @Test
  void otherRecordsAreSkippedAndCounted() throws Exception {
    var dataset =
        DatasetGenerator.generate(
            org.dangjian.testkit.GeneratorSettings.proportional(3, 30).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long skipped;
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.defaults()).open(out, DataFormat.MARKDOWN)) {
      for (var organization : dataset.organizations()) {
        writer.write(organization);
      }
      for (var member : dataset.members()) {
        writer.write(member);
      }
      writer.write(Bulletins.minimal());
      skipped = writer.skipped();
    }
    assertThat(skipped).isEqualTo(dataset.organizations().size() + dataset.members().size());
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(Bulletins.write(List.of(Bulletins.minimal())));
  }
}
