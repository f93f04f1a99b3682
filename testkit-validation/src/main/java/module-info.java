/**
 * AssertJ assertions on dangjian-sdk validation reports ({@code ReportAssertions}, {@code
 * ValidationReportAssert}, {@code ReportSoftAssertions}), for test suites that validate data and
 * assert what the report says. Separate from {@code org.dangjian.testkit} because the validation
 * module's own tests use testkit.
 */
module org.dangjian.testkit.validation {
  requires transitive org.dangjian.testkit;
  requires transitive org.dangjian.validation;
  requires transitive org.assertj.core;

  exports org.dangjian.testkit.validation;
}
