package org.dangjian.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.fuzz.FuzzOracle.Mode;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.RuleCatalogue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fuzz oracle finds what it is for in both modes: a full ID number in an issue's value, a
 * mobile number in a message argument, a rejection without IO-REJECTED, an undeclared code, fewer
 * records handed on than accepted; and it passes the report of a real import of a member whose
 * numbers are an array and an object (finding P1 of issue 12), which shows them masked.
 */
class FuzzOracleTest {

  private static final String ID = "320106195410111207";
  private static final String PHONE = "18938905777";

  private static Issue issue(String code, String value, Map<String, String> arguments) {
    return Issue.builder()
        .rule(RuleCatalogue.defaults().find(code).orElseThrow())
        .severity(Severity.ERROR)
        .location(Location.unknown())
        .value(Optional.ofNullable(value))
        .putAllArguments(arguments)
        .build();
  }

  private static ValidationReport report(long accepted, long rejected, Issue... issues) {
    return ValidationReport.builder()
        .source("fuzz")
        .asOf(JsonTestSupport.AS_OF)
        .profile("NATIONAL")
        .addIssues(issues)
        .input(new InputSummary(accepted + rejected, accepted, rejected, false))
        .build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aNumberInClearInAValueOrAnArgumentIsAFindingThatDoesNotPrintIt(Mode mode) {
    ValidationReport value = report(1, 0, issue("IO-VALUE", "ID" + ID, Map.of()));
    assertThatThrownBy(() -> FuzzOracle.check(value, mode))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("personal number in clear")
        .hasMessageNotContaining(ID);
    ValidationReport argument =
        report(1, 0, issue("IO-VALUE", null, Map.of("value", "tel " + PHONE)));
    assertThatThrownBy(() -> FuzzOracle.check(argument, mode))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("personal number in clear")
        .hasMessageNotContaining(PHONE);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRejectionWithoutIoRejectedIsAFinding(Mode mode) {
    ValidationReport silent = report(0, 1, issue("IO-SYNTAX", null, Map.of()));
    assertThatThrownBy(() -> FuzzOracle.check(silent, mode))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("IO-REJECTED");
    ValidationReport said =
        report(0, 1, issue("IO-SYNTAX", null, Map.of()), issue("IO-REJECTED", null, Map.of()));
    assertThat(FuzzOracle.check(said, mode).rejected()).isEqualTo(1);
    assertThatThrownBy(() -> FuzzOracle.rejectionsExplainedBy(said, Set.of("IO-LIMIT")))
        .isInstanceOf(AssertionError.class);
    FuzzOracle.rejectionsExplainedBy(said, Set.of("IO-SYNTAX"));
    assertThatThrownBy(() -> FuzzOracle.onlyDeclaredCodes(said, Set.of("IO-REJECTED")))
        .hasMessageContaining("undeclared issue code IO-SYNTAX");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theNumbersOfARealImportAreMaskedAndPass(Mode mode) throws Exception {
    String line =
        "{\"kind\":\"header\",\"format\":\"dangjian-exchange\",\"version\":\"1.0\"}\n"
            + "{\"kind\":\"member\",\"record\":{\"id\":\"m1\",\"name\":\"张三\",\"idNumber\":[\""
            + ID
            + "\"],\"phone\":{\"p\":\""
            + PHONE
            + "\"}}}\n";
    ValidationReport report =
        DangjianImporter.of(ImportOptions.of(JsonTestSupport.AS_OF))
            .read(
                new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                "fuzz.jsonl",
                DataFormat.JSON_LINES,
                new org.dangjian.io.RecordHandler() {});
    assertThat(
            report.render(org.dangjian.validation.report.ReportFormat.JSON, java.util.Locale.ROOT))
        .contains("IO-REJECTED");
    InputSummary input = FuzzOracle.check(report, mode);
    assertThat(input.rejected()).isEqualTo(1);
    assertThatThrownBy(() -> FuzzOracle.check(report, 1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("handed on 1");
  }
}
