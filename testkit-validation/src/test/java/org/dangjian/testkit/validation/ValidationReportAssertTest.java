package org.dangjian.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import org.assertj.core.api.SoftAssertions;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.testkit.Mutators;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.ImmutableValidationReport;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/**
 * Each report assertion passes on the report it describes and fails, with a message naming what was
 * expected and showing the report's issues masked, on a report that differs; the assertions also
 * collect failures under AssertJ's soft assertions.
 */
class ValidationReportAssertTest {

  static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
  static final Dataset VALID =
      DatasetGenerator.generate(GeneratorSettings.proportional(3, 81).build());
  static final ValidationReport CLEAN = validate(VALID);
  static final Mutation SHORT_TRAINING = Mutators.apply(Defect.TRAINING_TOO_SHORT, VALID, AS_OF);
  static final ValidationReport TRAINING = validate(SHORT_TRAINING.dataset());
  static final String ID = SHORT_TRAINING.recordId();

  static ValidationReport validate(Dataset dataset) {
    return DangjianValidator.defaults().validate(dataset, AS_OF, "dataset");
  }

  @Test
  void hasNoErrorsPassesOnACleanReportAndFailsWithTheIssueLines() {
    ReportAssertions.assertThat(CLEAN).hasNoErrors().hasNoIssues().hasExactly();
    assertThatThrownBy(() -> ReportAssertions.assertThat(TRAINING).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no errors but the report has 1")
        .hasMessageContaining("The report:")
        .hasMessageContaining("[ERROR] DEV-010 dataset " + ID + " development.training");
  }

  @Test
  void hasExactlyMatchesCodesWithOrWithoutRecordIdsAndNamesWhatDiffers() {
    ReportAssertions.assertThat(TRAINING).hasExactly("DEV-010@" + ID).hasExactly("DEV-010");
    assertThatThrownBy(() -> ReportAssertions.assertThat(TRAINING).hasExactly("DEV-008"))
        .hasMessageContaining("Expected exactly [DEV-008] but found [DEV-010@" + ID + "]")
        .hasMessageContaining("missing [DEV-008]")
        .hasMessageContaining("unexpected [DEV-010@" + ID + "]");
    assertThatThrownBy(() -> ReportAssertions.assertThat(TRAINING).hasExactly("DEV-010@mem-none"))
        .hasMessageContaining("missing [DEV-010@mem-none]");
    assertThatThrownBy(() -> ReportAssertions.assertThat(TRAINING).hasExactly("DEV-010", "DEV-010"))
        .hasMessageContaining("missing [DEV-010]");
    assertThatThrownBy(() -> ReportAssertions.assertThat(CLEAN).hasExactly("DEV-010"))
        .hasMessageContaining("but found []");
  }

  @Test
  void hasIssueChainsRecordFieldAndSeverityAndSaysWhichStepFailed() {
    ReportAssertions.assertThat(TRAINING)
        .hasIssue("DEV-010")
        .at(ID)
        .field("development.training")
        .withSeverity(Severity.ERROR);
    assertThatThrownBy(() -> ReportAssertions.assertThat(TRAINING).hasIssue("DEV-008"))
        .hasMessageContaining("Expected an issue DEV-008 but found none");
    assertThatThrownBy(() -> ReportAssertions.assertThat(TRAINING).hasIssue("DEV-010").at("m-x"))
        .hasMessageContaining("Expected an issue DEV-010 at m-x but found none")
        .hasMessageContaining("the issues DEV-010 are [DEV-010@" + ID + " development.training]");
    assertThatThrownBy(
            () ->
                ReportAssertions.assertThat(TRAINING)
                    .hasIssue("DEV-010")
                    .at(ID)
                    .field("development.application"))
        .hasMessageContaining(
            "Expected an issue DEV-010 at " + ID + " field development.application but found none");
    assertThatThrownBy(
            () ->
                ReportAssertions.assertThat(TRAINING)
                    .hasIssue("DEV-010")
                    .withSeverity(Severity.INFO))
        .hasMessageContaining("Expected an issue DEV-010 severity INFO but found none");
    assertThatThrownBy(() -> ReportAssertions.assertThat(TRAINING).at(ID))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyRulesFailsNamingTheOtherRules() {
    ReportAssertions.assertThat(TRAINING).onlyRules("DEV-010", "DEV-008");
    ReportAssertions.assertThat(CLEAN).onlyRules();
    assertThatThrownBy(() -> ReportAssertions.assertThat(TRAINING).onlyRules("DEV-008"))
        .hasMessageContaining("Expected only rules [DEV-008] but the report also has [DEV-010]");
  }

  @Test
  void failureMessagesShowResidentIdNumbersOnlyMasked() {
    Mutation duplicate = Mutators.apply(Defect.DUPLICATE_ID_NUMBER, VALID, AS_OF);
    Member holder =
        duplicate.dataset().members().stream()
            .filter(m -> m.id().equals(duplicate.recordId()))
            .findFirst()
            .orElseThrow();
    String clear = holder.idNumber().orElseThrow().value();
    String masked = holder.idNumber().orElseThrow().masked();
    ValidationReport report = validate(duplicate.dataset());
    assertThatThrownBy(() -> ReportAssertions.assertThat(report).hasNoErrors())
        .hasMessageContaining("ID-DUPLICATE")
        .hasMessageContaining(masked)
        .hasMessageNotContaining(clear);
  }

  @Test
  void longReportsAreCutInTheMessage() {
    ValidationReport many =
        ImmutableValidationReport.copyOf(TRAINING)
            .withIssues(Collections.nCopies(25, TRAINING.issues().get(0)));
    assertThatThrownBy(() -> ReportAssertions.assertThat(many).hasExactly())
        .hasMessageContaining("... and 5 more issues not listed")
        .satisfies(
            e ->
                assertThat(e.getMessage().split("\\[ERROR\\] DEV-010", -1))
                    .hasSize(ValidationReportAssert.SHOWN + 1));
  }

  @Test
  void softAssertionsCollectEveryFailureOfTheChain() {
    assertThatThrownBy(
            () ->
                ReportSoftAssertions.assertReportsSoftly(
                    softly -> {
                      softly.assertThat(TRAINING).hasNoErrors();
                      softly.assertThat(TRAINING).hasIssue("DEV-010").at("m-x").field("f");
                      softly.assertThat(TRAINING).onlyRules("DEV-010");
                      softly.assertThat(1).isEqualTo(2);
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Multiple Failures (3 failures)")
        .hasMessageContaining("Expected no errors")
        .hasMessageContaining("Expected an issue DEV-010 at m-x but found none")
        .hasMessageNotContaining("field f");
  }

  @Test
  void plainSoftAssertionsCanProxyTheReportAssert() {
    SoftAssertions softly = new SoftAssertions();
    softly
        .proxy(ValidationReportAssert.class, ValidationReport.class, TRAINING)
        .hasExactly("DEV-003")
        .hasIssue("DEV-010")
        .at(ID);
    assertThat(softly.errorsCollected())
        .singleElement()
        .extracting(Throwable::getMessage)
        .asString()
        .contains("missing [DEV-003]");
  }
}
