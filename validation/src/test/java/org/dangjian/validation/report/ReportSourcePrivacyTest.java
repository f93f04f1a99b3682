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
 * Issue 12: a file named after a resident ID or mobile number (such as {@code
 * 320106195410111207.csv}) is named masked in the report header, in the locations and in the
 * one-line summary, in the text and JSON reports alike.
 */
class ReportSourcePrivacyTest {

  private static final String ID = "320106195410111207";
  private static final String PHONE = "189 3890 5777";
  private static final String SOURCE = ID + "-" + PHONE + ".csv";

  private static ValidationReport report() {
    ValidationRun run = DangjianValidator.defaults().newRun(SOURCE, LocalDate.of(2024, 1, 31));
    Location record =
        Location.builder()
            .source(SOURCE)
            .recordKind(RecordKind.MEMBER)
            .recordIndex(0)
            .line(2)
            .build();
    run.input(InputProblem.REJECTED, record, "x", Map.of());
    return run.finish();
  }

  @Test
  void theSourceNameIsMaskedEverywhere() {
    ValidationReport report = report();
    assertThat(report.source()).isEqualTo(SOURCE);
    String masked = "32****************-189 **** 5777.csv";
    for (Locale locale : new Locale[] {Locale.CHINA, Locale.ENGLISH}) {
      String text = report.render(ReportFormat.TEXT, locale);
      String json = report.render(ReportFormat.JSON, locale);
      assertThat(text).as("text").doesNotContain(ID, "3890").contains(masked);
      assertThat(json).as("json").doesNotContain(ID, "3890").contains("\"source\":\"" + masked);
      assertThat(text.lines().findFirst().orElseThrow()).startsWith(masked);
    }
    assertThat(report.summary()).startsWith(masked + " as of 2024-01-31").doesNotContain(ID);
  }
}
