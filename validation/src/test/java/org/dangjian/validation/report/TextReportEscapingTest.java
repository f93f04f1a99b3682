package org.dangjian.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.ValidationRun;
import org.junit.jupiter.api.Test;

/**
 * The text report prints values from the input with their control and bidirectional formatting
 * characters escaped: a record id, a raw record, a header or a file name cannot clear the screen,
 * move the cursor, reorder the line or start a line that looks like the report's own.
 */
class TextReportEscapingTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
  private static final String ESC = "\u001b";
  private static final String RLO = "\u202E";
  private static final String HOSTILE = "m1" + ESC + "[2J\r\n[INFO] all valid" + RLO + "txt";
  private static final String ESCAPED = "m1\\u001B[2J\\r\\n[INFO] all valid\\u202Etxt";

  private static ValidationReport report() {
    String source = "in" + ESC + "]0;title" + "\u0007.jsonl";
    ValidationRun run = DangjianValidator.defaults().newRun(source, AS_OF);
    Location record =
        Location.builder()
            .source(source)
            .recordKind(RecordKind.MEMBER)
            .recordIndex(0)
            .recordId(HOSTILE)
            .line(2)
            .column(1)
            .jsonPointer("/record/id")
            .fieldPath("name\tx")
            .build();
    run.input(InputProblem.REJECTED, record, "{\"id\":\"" + HOSTILE + "\"}", Map.of());
    run.input(
        InputProblem.HEADER_DUPLICATE,
        Location.builder()
            .source(source)
            .recordKind(RecordKind.MEMBER)
            .sheet("党员" + "\u2066")
            .row(1)
            .cell("A1")
            .build(),
        "姓名" + RLO,
        Map.of("header", "姓名" + RLO + "\n[INFO] all valid", "first", "1"));
    return run.finish();
  }

  @Test
  void inputValuesAreEscapedInBothLanguages() {
    ValidationReport report = report();
    assertThat(report.issues()).hasSize(2);
    for (Locale locale : new Locale[] {Locale.CHINA, Locale.ENGLISH}) {
      String text = report.render(ReportFormat.TEXT, locale);
      assertThat(text)
          .as(locale.toString())
          .doesNotContain(ESC, RLO, "\r", "\u2066", "\u0007", "\t");
      assertThat(text.lines()).noneMatch(line -> line.startsWith("[INFO]"));
      assertThat(text)
          .contains(ESCAPED)
          .contains("in\\u001B]0;title\\u0007.jsonl")
          .contains("name\\tx")
          .contains("党员\\u2066")
          .contains("姓名\\u202E\\n[INFO] all valid");
    }
  }

  @Test
  void everyIssueStaysOnItsOwnLine() {
    String text = report().render(ReportFormat.TEXT, Locale.ENGLISH);
    assertThat(text.lines().filter(l -> l.startsWith("[ERROR] "))).hasSize(2);
    assertThat(text.lines().findFirst().orElseThrow())
        .startsWith("in\\u001B]0;title\\u0007.jsonl as of 2024-01-31: failed");
  }

  @Test
  void theJsonReportKeepsTheValuesExactly() {
    String json = report().render(ReportFormat.JSON, Locale.ENGLISH);
    assertThat(json).doesNotContain(ESC, "\r", "\n[INFO]").contains("\\u001B[2J\\r\\n[INFO]");
  }
}
