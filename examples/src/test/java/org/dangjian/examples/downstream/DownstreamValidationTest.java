package org.dangjian.examples.downstream;

import static org.dangjian.testkit.assertj.DangjianAssertions.assertThat;
import static org.dangjian.testkit.validation.ReportAssertions.assertThat;

import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.dangjian.testkit.junit.GeneratedDataset;
import org.dangjian.testkit.junit.WithDefect;
import org.dangjian.testkit.validation.ReportSoftAssertions;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * A test suite as an application that validates Party data would write it, with only the public API
 * of the published artifacts: the JUnit extension supplies a generated group of 300 members
 * (generated once for the class), a named defect breaks it, and the report assertions check what
 * the validator says. docs/TESTING.md walks through this class.
 */
class DownstreamValidationTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
  private static final DangjianValidator VALIDATOR = DangjianValidator.defaults();

  @Test
  void aGeneratedGroupPassesValidation(@GeneratedDataset(seed = 1, members = 300) Dataset group) {
    assertThat(group).hasNoDuplicateIdNumbers();

    ValidationReport report = VALIDATOR.validate(group, AS_OF, "group.jsonl");

    assertThat(report).hasNoErrors().hasNoIssues();
  }

  @Test
  @WithDefect(Defect.TRAINING_TOO_SHORT)
  void shortTrainingIsReportedAtTheMemberAndField(
      @GeneratedDataset(seed = 1, members = 300) Mutation broken) {
    ValidationReport report = VALIDATOR.validate(broken.dataset(), AS_OF, "group.jsonl");

    assertThat(report)
        .hasExactly("DEV-010@" + broken.recordId())
        .hasIssue("DEV-010")
        .at(broken.recordId())
        .field("development.training");
  }

  @Test
  void aDuplicateIdNumberIsTheOnlyRuleBroken(
      @GeneratedDataset(seed = 1, members = 300) @WithDefect(Defect.DUPLICATE_ID_NUMBER)
          Mutation broken) {
    ValidationReport report = VALIDATOR.validate(broken.dataset(), AS_OF, "group.jsonl");

    ReportSoftAssertions.assertReportsSoftly(
        softly -> {
          softly.assertThat(report).onlyRules("ID-DUPLICATE");
          softly.assertThat(report).hasIssue("ID-DUPLICATE").at(broken.recordId());
          softly.assertThat(report.isSuccessful()).isFalse();
        });
  }
}
