package org.dangjian.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dangjian.validation.report.ValidationReport;

/**
 * The result of {@link DangjianSpark#validate}: the {@link #report()}, the same summary and issues
 * the single-machine {@code DangjianValidator} gives for the same files, and its {@link #issues()}
 * as a Spark {@code Dataset<Row>} (one row per issue in report order, columns in {@link
 * DangjianSpark#ISSUE_SCHEMA}) to write as Parquet or JSON Lines with Spark's writers. Values are
 * masked as in every report.
 */
public final class SparkValidation {

  private final ValidationReport report;
  private final Dataset<Row> issues;

  SparkValidation(ValidationReport report, Dataset<Row> issues) {
    this.report = Objects.requireNonNull(report, "report");
    this.issues = Objects.requireNonNull(issues, "issues");
  }

  /** The report: summary, tallies and the issues kept (up to the settings' cap). */
  public ValidationReport report() {
    return report;
  }

  /** The issues of the report as rows, in report order. */
  public Dataset<Row> issues() {
    return issues;
  }

  /** The counts of the report; never the issues' values. */
  @Override
  public String toString() {
    return "SparkValidation{source="
        + report.source()
        + ", issues="
        + report.issues().size()
        + ", omitted="
        + report.omittedIssues()
        + "}";
  }
}
