package org.dangjian.io.bulletin.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.testkit.SampleBulletins;
import org.junit.jupiter.api.Test;

/**
 * Hand-edited Markdown bulletins with mistakes: every problem is reported in one pass with its rule
 * code, line and field, what can be read is read, and a bulletin without a title, a period or a
 * section heading is rejected after its problems.
 */
class BadMarkdownFilesTest {

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = BadMarkdownFilesTest.class.getResourceAsStream("/bulletin/bad/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void everyMisplacedLineAndBadValueIsReportedWithItsLine() throws Exception {
    Bulletins.Read read =
        Bulletins.read(resource("misplaced.md"), ImportOptions.of(Bulletins.AS_OF));
    assertThat(read.inputIssues())
        .containsExactlyInAnyOrder(
            "IO-VALUE@4 masthead.issueNumber",
            "IO-VALUE@6 masthead.publishDate",
            "IO-UNPLACED@7",
            "IO-UNPLACED@8",
            "IO-UNPLACED@10",
            "IO-VALUE@12 sections[0].kind",
            "IO-UNPLACED@14",
            "IO-VALUE@18 sections[0].items[0].date",
            "IO-MISSING-FIELD@19 sections[0].items[0].organizations[0].name",
            "IO-UNPLACED@20",
            "IO-UNPLACED@22",
            "IO-UNPLACED@24",
            "IO-UNPLACED@26",
            "IO-VALUE@34 sections[1].statistics.memberTotal",
            "IO-VALUE@35 sections[1].statistics.partyCommittees",
            "IO-UNPLACED@36",
            "IO-VALUE@37 sections[1].statistics.otherFigures[0].value",
            "IO-UNPLACED@39",
            "IO-VALUE@43 printCount",
            "IO-UNPLACED@44",
            "IO-UNPLACED@46",
            "IO-UNPLACED@54");
    assertThat(read.bulletins).hasSize(1);
    var bulletin = read.bulletins.get(0);
    assertThat(bulletin.designation()).isEqualTo("党群工作简报 2024.1 总第62期");
    assertThat(bulletin.sections().get(0).items().get(0).paragraphs()).containsExactly("正文有加粗。");
    assertThat(bulletin.sections().get(0).items().get(0).dateText()).contains("1月13日");
    assertThat(bulletin.sections().get(0).items().get(0).date()).isEmpty();
    assertThat(bulletin.statistics().orElseThrow().otherFigures()).isEmpty();
    assertThat(bulletin.editor()).contains("张三");
    assertThat(bulletin.sections().get(2).statistics().orElseThrow().partyCommittees()).isEmpty();
    assertThat(read.report.issues())
        .filteredOn(issue -> issue.code().startsWith("IO-"))
        .allSatisfy(
            issue -> assertThat(issue.location().recordId()).contains("党群工作简报 2024.1 总第62期"));
  }

  @Test
  void unplacedLinesSayWhyInChineseAndEnglish() throws Exception {
    Bulletins.Read read =
        Bulletins.read(resource("misplaced.md"), ImportOptions.of(Bulletins.AS_OF));
    var issue =
        read.report.issues().stream()
            .filter(i -> i.location().line().orElse(0) == 7)
            .findFirst()
            .orElseThrow();
    assertThat(issue.message(java.util.Locale.CHINA))
        .isEqualTo("此行无法归入简报结构（此处没有字段“主编”），未读入：“- 主编：张三”");
    assertThat(issue.message(java.util.Locale.ENGLISH))
        .isEqualTo(
            "This line cannot be placed in the bulletin (no field \"主编\" here) and was not read:"
                + " \"- 主编：张三\"");
  }

  @Test
  void bulletinsWithoutTitlePeriodOrSectionHeadingAreRejected() throws Exception {
    Bulletins.Read read =
        Bulletins.read(resource("rejected.md"), ImportOptions.of(Bulletins.AS_OF));
    assertThat(read.inputIssues())
        .containsExactlyInAnyOrder(
            "IO-MISSING-FIELD@1 masthead.title",
            "IO-REJECTED@1",
            "IO-MISSING-FIELD@3 masthead.period",
            "IO-MISSING-FIELD@7 sections[0].heading",
            "IO-REJECTED@3",
            "IO-UNPLACED@13",
            "IO-UNPLACED@15",
            "IO-UNPLACED@17");
    assertThat(read.bulletins).extracting(b -> b.designation()).containsExactly("第三份 2024.3");
    var input = read.report.input().orElseThrow();
    assertThat(input.read()).isEqualTo(3);
    assertThat(input.accepted()).isEqualTo(1);
    assertThat(input.rejected()).isEqualTo(2);
  }

  @Test
  void undecodableBytesEndTheFileWithTheirLine() throws Exception {
    byte[] head = "# 简报\n\n- 期别：2024.1\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = (byte) 0x28;
    bytes[head.length + 2] = '\n';
    Bulletins.Read read = Bulletins.read(bytes, ImportOptions.of(Bulletins.AS_OF));
    assertThat(read.inputIssues()).containsExactly("IO-ENCODING@4");
    assertThat(read.report.input().orElseThrow().stoppedEarly()).isTrue();
  }

  @Test
  void aBulletinLongerThanTheRecordLimitEndsTheFile() throws Exception {
    String markdown =
        Bulletins.write(java.util.List.of(Bulletins.minimal(), SampleBulletins.issue62()));
    ImportOptions options =
        ImportOptions.builder()
            .asOf(Bulletins.AS_OF)
            .limits(ReadLimits.builder().maxRecordSize(200).build())
            .build();
    Bulletins.Read read = Bulletins.read(markdown.getBytes(StandardCharsets.UTF_8), options);
    assertThat(read.bulletins).containsExactly(Bulletins.minimal());
    assertThat(read.inputIssues()).containsExactly("IO-LIMIT@5");
  }

  @Test
  void aLineOfChineseLongerThanTheLimitIsOverTheLimitAndNotUndecodable() throws Exception {
    // 902 bytes, over four bytes per character of the limit: a cut at a byte count would fall
    // inside a character
    String markdown = "# " + "党".repeat(300) + "\n\n- 期别：2024.1\n";
    ImportOptions options =
        ImportOptions.builder()
            .asOf(Bulletins.AS_OF)
            .limits(ReadLimits.builder().maxRecordSize(200).build())
            .build();
    Bulletins.Read read = Bulletins.read(markdown.getBytes(StandardCharsets.UTF_8), options);
    assertThat(read.bulletins).isEmpty();
    assertThat(read.inputIssues()).containsExactly("IO-LIMIT@1");
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsAreRead() throws Exception {
    String markdown = "\uFEFF" + Bulletins.write(java.util.List.of(SampleBulletins.issue62()));
    Bulletins.Read read = Bulletins.read(markdown.replace("\n", "\r\n"));
    assertThat(read.inputIssues()).isEmpty();
    assertThat(read.bulletins).containsExactly(SampleBulletins.issue62());
  }
}
