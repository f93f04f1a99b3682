package org.dangjian.validation.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.dangjian.core.record.Location;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.RuleCatalogue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

class InputProblemTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Test
  void everyInputProblemIsACatalogueRuleOfTheIoFamily() {
    for (InputProblem problem : InputProblem.values()) {
      assertThat(problem.code()).startsWith("IO-");
      assertThat(RuleCatalogue.defaults().find(problem.code())).contains(problem.rule());
    }
  }

  @Test
  void decodingProblemsAreIssuesWithTheirFileLocationAndCountAsErrors() {
    ValidationRun run = DangjianValidator.defaults().newRun("members.csv", AS_OF);
    assertThat(run.errorCount()).isZero();
    Location cell = Location.builder().source("members.csv").line(12).column(6).build();
    run.input(InputProblem.HEADER_DUPLICATE, cell, "姓名", Map.of("header", "姓名", "first", "2"));
    run.input(InputProblem.HEADER_UNKNOWN, cell, "籍贯", Map.of("header", "籍贯"));
    run.input(
        InputProblem.VALUE,
        cell,
        "2020-13-01",
        Map.of("field", "birthDate", "expected", "日期", "expectedEn", "a date"));
    assertThat(run.errorCount()).isEqualTo(2);

    ValidationReport report = run.finish(new InputSummary(3, 2, 1, false));

    assertThat(report.isSuccessful()).isFalse();
    assertThat(report.count(Severity.ERROR)).isEqualTo(2);
    assertThat(report.issuesOf("IO-HEADER-DUPLICATE"))
        .singleElement()
        .satisfies(i -> assertThat(i.message(Locale.CHINA)).isEqualTo("列“姓名”重复：已在第 2 列出现。"));
    assertThat(report.issuesOf("IO-HEADER-UNKNOWN"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.severity()).isEqualTo(Severity.INFO);
              assertThat(i.message(Locale.CHINA)).isEqualTo("列“籍贯”不是已知字段，其内容已作为附加属性保留。");
            });
    assertThat(report.issuesOf("IO-VALUE").get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "The value \"2020-13-01\" of field \"birthDate\" cannot be read; expected a date.");
    assertThat(report.input()).contains(new InputSummary(3, 2, 1, false));
    assertThat(report.render(ReportFormat.TEXT, Locale.CHINA)).contains("读取记录 3，接受 2，拒收 1");
    assertThat(report.render(ReportFormat.TEXT, Locale.ENGLISH))
        .contains("records read 3, accepted 2, rejected 1");
    assertThat(report.render(ReportFormat.JSON, Locale.ENGLISH))
        .contains("\"input\":{\"read\":3,\"accepted\":2,\"rejected\":1,\"stoppedEarly\":false}");
  }

  @Test
  void aColumnOfASheetWithoutExtrasIsAWarningThatItWasNotRead() {
    ValidationRun run = DangjianValidator.defaults().newRun("units.csv", AS_OF);
    Location cell = Location.builder().source("units.csv").line(3).column(12).build();
    run.input(InputProblem.COLUMN_NOT_KEPT, cell, "备注", Map.of("header", "备注", "roster", "单位名册"));
    ValidationReport report = run.finish();
    assertThat(report.issuesOf("IO-COLUMN-NOT-KEPT"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.severity()).isEqualTo(Severity.WARNING);
              assertThat(i.message(Locale.CHINA)).isEqualTo("列“备注”不是单位名册的已知字段，其内容未读入。");
            });
    assertThat(report.count(Severity.ERROR)).isZero();
  }

  @Test
  void aReportWithoutImportHasNoInputSummary() {
    ValidationReport report = DangjianValidator.defaults().newRun("x", AS_OF).finish();
    assertThat(report.input()).isEmpty();
    assertThat(report.render(ReportFormat.JSON, Locale.ENGLISH)).doesNotContain("\"input\"");
  }

  @Test
  void writingAReportLeavesTheWriterOpen() throws Exception {
    ValidationReport report = DangjianValidator.defaults().newRun("x", AS_OF).finish();
    boolean[] closed = {false};
    java.io.StringWriter text = new java.io.StringWriter();
    java.io.Writer out =
        new java.io.FilterWriter(text) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    for (ReportFormat format : ReportFormat.values()) {
      report.write(format, Locale.ENGLISH, out);
    }
    assertThat(closed[0]).isFalse();
    assertThat(text.toString()).contains("\"source\":\"x\"");
  }

  @Test
  void inputSummaryCountsMustAddUp() {
    assertThatThrownBy(() -> new InputSummary(3, 1, 1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("read must equal accepted + rejected");
  }
}
