package org.dangjian.testkit.validation;

import org.dangjian.validation.report.ValidationReport;

/**
 * The AssertJ entry point for validation reports: {@code assertThat(report)} returns a {@link
 * ValidationReportAssert}. It complements {@code org.dangjian.testkit.assertj.DangjianAssertions}
 * (members, organizations, datasets); import both statically, the overloads do not clash.
 *
 * <pre>{@code
 * import static org.dangjian.testkit.validation.ReportAssertions.assertThat;
 *
 * assertThat(report).hasExactly("DEV-010@mem-0004");
 * assertThat(report).hasIssue("DEV-010").at("mem-0004").field("development.training");
 * }</pre>
 */
public final class ReportAssertions {

  private ReportAssertions() {}

  /** Starts an assertion on a validation report. */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }
}
