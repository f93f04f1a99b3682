package org.dangjian.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class ReportRenderingTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);
  private static final String VALID_ID = "11010519491231002X";
  private static final String BAD_ID = "110105194912310021";

  private static Location cell(int row, String cell) {
    return Location.builder()
        .source("members.xlsx")
        .sheet("党员")
        .recordKind(RecordKind.MEMBER)
        .recordIndex(row - 2)
        .row(row)
        .cell(cell)
        .fieldPath("idNumber")
        .build();
  }

  private static ValidationReport report(ValidationSettings settings) {
    ValidationRun run = DangjianValidator.of(settings).newRun("members.xlsx", AS_OF);
    run.residentIdNumber(BAD_ID, cell(7, "F7"));
    run.residentIdNumber(VALID_ID, cell(3, "F3"));
    run.mobileNumber("12345678901", cell(4, "G4").atField("phone"));
    run.residentIdNumber("1101051949123", cell(5, "F5"));
    return run.finish();
  }

  @Test
  void issuesAreOrderedByPlaceAndCarryMaskedValues() {
    ValidationReport report = report(ValidationSettings.defaults());
    assertThat(report.issues())
        .extracting(Issue::code, i -> i.location().cell().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PHONE-FORMAT", "G4"),
            org.assertj.core.groups.Tuple.tuple("ID-FORMAT", "F5"),
            org.assertj.core.groups.Tuple.tuple("ID-CHECKSUM", "F7"));
    assertThat(report.isSuccessful()).isFalse();
    assertThat(report.count(Severity.ERROR)).isEqualTo(2);
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.issuesOf("ID-CHECKSUM").get(0).value()).contains("11****************");
  }

  @Test
  void renderingsNeverShowAFullNumber() {
    ValidationReport report = report(ValidationSettings.defaults());
    for (ReportFormat format : ReportFormat.values()) {
      for (Locale locale : new Locale[] {Locale.CHINA, Locale.ENGLISH}) {
        String text = report.render(format, locale);
        assertThat(text)
            .doesNotContain(BAD_ID)
            .doesNotContain("1101051949123")
            .doesNotContain("12345678901");
      }
    }
    assertThat(report.toString()).doesNotContain(BAD_ID);
  }

  @Test
  void textIsChineseByDefaultAndEnglishOnRequest() {
    ValidationReport report = report(ValidationSettings.defaults());
    String zh = report.render(ReportFormat.TEXT, Locale.ROOT);
    assertThat(zh)
        .startsWith("members.xlsx（截至 2024-01-31，national）：未通过，错误 2，警告 1，提示 0")
        .contains(
            "[错误] ID-CHECKSUM members.xlsx 党员 F7 #5 idNumber：公民身份号码校验码不正确（11****************）。")
        .contains("按规则统计：");
    String en = report.render(ReportFormat.TEXT, Locale.ENGLISH);
    assertThat(en)
        .startsWith("members.xlsx as of 2024-01-31: failed, 2 errors, 1 warning, 0 infos")
        .contains("[ERROR] ID-CHECKSUM members.xlsx 党员 F7 #5 idNumber: The check character")
        .contains("By rule:");
  }

  @Test
  void jsonIsWellFormedAndByteIdenticalAcrossRuns() {
    String first = report(ValidationSettings.defaults()).render(ReportFormat.JSON, Locale.ENGLISH);
    String second = report(ValidationSettings.defaults()).render(ReportFormat.JSON, Locale.ENGLISH);
    assertThat(first).isEqualTo(second);
    int issues = 0;
    try (JsonParser p =
        JsonFactory.builder().build().createParser(ObjectReadContext.empty(), first)) {
      int depth = 0;
      int issuesDepth = -1;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.PROPERTY_NAME && depth == 1 && p.currentName().equals("issues")) {
          issuesDepth = depth + 1;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
          if (t == JsonToken.START_OBJECT && depth == issuesDepth + 1) {
            issues++;
          }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        }
      }
    }
    assertThat(first)
        .contains("\"successful\":false")
        .contains("\"cell\":\"F7\"")
        .contains("\"sheet\":\"党员\"")
        .contains("\"field\":\"idNumber\"")
        .contains("\"value\":\"11****************\"");
    assertThat(issues).isEqualTo(3);
  }

  @Test
  void theCapKeepsTheFirstIssuesAndCountsTheRest() {
    ValidationReport report = report(ValidationSettings.builder().maxIssues(1).build());
    assertThat(report.issues()).hasSize(1);
    assertThat(report.omittedIssues()).isEqualTo(2);
    assertThat(report.count(Severity.ERROR) + report.count(Severity.WARNING)).isEqualTo(3);
    assertThat(report.render(ReportFormat.TEXT, Locale.CHINA)).contains("另有 2 个问题未列出");
  }

  @Test
  void aValidNumberIsReturnedAndNotReported() {
    ValidationRun run = DangjianValidator.defaults().newRun("x", AS_OF);
    assertThat(run.residentIdNumber(VALID_ID, Location.unknown()))
        .contains(ResidentIdNumber.parse(VALID_ID).orElseThrow());
    ValidationReport report = run.finish();
    assertThat(report.issues()).isEmpty();
    assertThat(report.isSuccessful()).isTrue();
  }
}
