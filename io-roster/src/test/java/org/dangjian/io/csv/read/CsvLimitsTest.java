package org.dangjian.io.csv.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.roster.Imports;
import org.dangjian.validation.report.Issue;
import org.junit.jupiter.api.Test;

/**
 * The CSV limits at their boundary: a file exactly at a limit reads, one character or column over
 * it gives one IO-LIMIT naming the limit, and reading stops.
 */
class CsvLimitsTest {

  private static final String HEADER = "编号,姓名,性别,出生日期,人员类别,所在党组织\n";

  private static Imports read(String text, ReadLimits limits) throws Exception {
    return Imports.read(
        text.getBytes(StandardCharsets.UTF_8),
        DataFormat.CSV,
        ImportOptions.builder().asOf(Imports.AS_OF).limits(limits).build());
  }

  private static String row(String name) {
    return "M1," + name + ",男,1990-03-07,正式党员,B1\n";
  }

  @Test
  void aFieldAtMaxFieldLengthReadsAndOneMoreCharacterIsALimit() throws Exception {
    ReadLimits limits = ReadLimits.builder().maxFieldLength(20).build();
    Imports at = read(HEADER + row("张".repeat(20)), limits);
    assertThat(at.inputIssues()).isEmpty();
    assertThat(at.members).hasSize(1);

    Imports over = read(HEADER + row("张".repeat(21)) + row("李四"), limits);
    assertThat(over.inputIssues()).containsExactly("IO-LIMIT@2:2");
    Issue issue = over.report.issuesOf("IO-LIMIT").get(0);
    assertThat(issue.arguments())
        .containsEntry("limit", "maxFieldLength")
        .containsEntry("max", "20")
        .containsEntry("actual", "> 20");
    assertThat(over.members).isEmpty();
    assertThat(over.report.input().orElseThrow().stoppedEarly()).isTrue();
  }

  @Test
  void aQuotedMultiLineFieldOverTheLimitIsReportedAtItsFirstLine() throws Exception {
    ReadLimits limits = ReadLimits.builder().maxFieldLength(20).build();
    Imports over = read(HEADER + row("\"" + "张\n".repeat(11) + "\""), limits);
    assertThat(over.inputIssues()).containsExactly("IO-LIMIT@2:2");
  }

  @Test
  void rowsAtMaxColumnsReadAndOneMoreColumnIsALimit() throws Exception {
    ReadLimits limits = ReadLimits.builder().maxColumns(6).build();
    Imports at = read(HEADER + row("张三"), limits);
    assertThat(at.inputIssues()).isEmpty();

    Imports over = read(HEADER + row("张三").strip() + ",\n", limits);
    assertThat(over.inputIssues()).containsExactly("IO-LIMIT@2:7");
    assertThat(over.report.issuesOf("IO-LIMIT").get(0).arguments())
        .containsEntry("limit", "maxColumns")
        .containsEntry("max", "6");
    assertThat(over.report.input().orElseThrow().read()).isZero();
  }

  @Test
  void aRecordAtMaxRecordSizeReadsAndOneMoreCharacterIsALimit() throws Exception {
    String row = row("张三");
    int size = row.length() - 1; // the characters of the record, without its line end
    Imports at = read(HEADER + row, ReadLimits.builder().maxRecordSize(size).build());
    assertThat(at.inputIssues()).isEmpty();
    assertThat(at.members).hasSize(1);

    Imports over = read(HEADER + row, ReadLimits.builder().maxRecordSize(size - 1).build());
    assertThat(over.inputIssues()).containsExactly("IO-LIMIT@2:6");
    assertThat(over.report.issuesOf("IO-LIMIT").get(0).arguments())
        .containsEntry("limit", "maxRecordSize")
        .containsEntry("max", Integer.toString(size - 1))
        .containsEntry("actual", Integer.toString(size));
  }
}
