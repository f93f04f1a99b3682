package com.example.downstream;

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
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Test;

/**
 * Validation as a downstream application's test suite checks it: the JUnit extension injects a
 * generated group of 81 members (generated once for the class), {@code @WithDefect} breaks it in a
 * named way, and the report assertions check what {@link DangjianValidator} says, hard and soft.
 */
class MembershipRulesTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
  private static final DangjianValidator VALIDATOR = DangjianValidator.defaults();

  @Test
  void theGeneratedGroupIsValid(@GeneratedDataset(seed = 3, members = 81) Dataset group) {
    assertThat(group).hasNoDuplicateIdNumbers();

    assertThat(VALIDATOR.validate(group, AS_OF, "group.jsonl")).hasNoErrors().hasNoIssues();
  }

  @Test
  @WithDefect(Defect.BRANCH_WITH_TWO_FULL_MEMBERS)
  void aBranchWithTwoFullMembersBreaksOnlyItsRule(
      @GeneratedDataset(seed = 3, members = 81) Mutation broken) {
    ValidationReport report = VALIDATOR.validate(broken.dataset(), AS_OF, "group.jsonl");

    assertThat(report)
        .hasExactly("ORG-001@" + broken.recordId())
        .hasIssue("ORG-001")
        .at(broken.recordId())
        .withSeverity(Severity.ERROR);
  }

  @Test
  void sixMonthsOfUnpaidDuesAreAWarningAtTheMember(
      @GeneratedDataset(seed = 3, members = 81) @WithDefect(Defect.DUES_UNPAID_SIX_MONTHS)
          Mutation broken) {
    ValidationReport report = VALIDATOR.validate(broken.dataset(), AS_OF, "group.jsonl");

    ReportSoftAssertions.assertReportsSoftly(
        softly -> {
          softly.assertThat(report).onlyRules("DUES-012");
          softly
              .assertThat(report)
              .hasIssue("DUES-012")
              .at(broken.recordId())
              .withSeverity(Severity.WARNING);
          // A warning: the report still passes.
          softly.assertThat(report).hasNoErrors();
        });
  }
}
