package org.dangjian.testkit.validation;

import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.dangjian.validation.report.ValidationReport;

/**
 * AssertJ soft assertions that know validation reports: every failure of {@link
 * #assertThat(ValidationReport)} is collected, along with those of the standard {@code
 * assertThat}s, and reported together at the end. With plain {@link SoftAssertions}, the same is
 * reached with {@code softly.proxy(ValidationReportAssert.class, ValidationReport.class, report)}.
 *
 * <pre>{@code
 * ReportSoftAssertions.assertReportsSoftly(softly -> {
 *   softly.assertThat(report).hasIssue("DEV-010").at("mem-0004");
 *   softly.assertThat(report).onlyRules("DEV-010");
 * });
 * }</pre>
 */
public class ReportSoftAssertions extends SoftAssertions {

  /** Creates an empty collector; {@link #assertAll()} reports what it collected. */
  public ReportSoftAssertions() {}

  /** Starts a soft assertion on a validation report. */
  public ValidationReportAssert assertThat(ValidationReport actual) {
    return proxy(ValidationReportAssert.class, ValidationReport.class, actual);
  }

  /** Runs {@code assertions} softly and then fails with every collected failure, if any. */
  public static void assertReportsSoftly(Consumer<ReportSoftAssertions> assertions) {
    SoftAssertionsProvider.assertSoftly(ReportSoftAssertions.class, assertions);
  }
}
