package org.dangjian.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dangjian.core.record.Location;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.core.statistics.StatisticsTally;
import org.dangjian.spark.internal.ExchangeCodec;
import org.dangjian.spark.internal.PartReader;
import org.dangjian.spark.internal.Reading;
import org.dangjian.validation.internal.Segment;
import org.dangjian.validation.internal.parts.Parts;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;

/**
 * Validates and counts party-organization data files on Apache Spark. Each file (JSON Lines, from
 * any Hadoop file system) is read on an executor, where the SDK's reader decodes it and the field
 * and record rules run; what the dataset rules need of each record travels to the driver, which
 * replays the files in the order given into one run of the dataset rules. The report equals the one
 * {@code DangjianImporter} and {@code DangjianValidator} give on one machine for the same files in
 * the same order: the same issues (codes, records, locations, masked values), the same order, the
 * same summary. docs/SPARK.md shows an example and the {@code spark-submit} command.
 *
 * <pre>{@code
 * SparkValidation result = DangjianSpark.validate(
 *     spark, List.of("hdfs:///data/orgs.jsonl", "hdfs:///data/members-1.jsonl"),
 *     ValidationSettings::defaults, LocalDate.of(2026, 6, 30));
 * result.issues().write().parquet("hdfs:///reports/issues");
 * }</pre>
 */
public final class DangjianSpark {

  /** The columns of {@link SparkValidation#issues()}. */
  public static final StructType ISSUE_SCHEMA =
      new StructType()
          .add("code", DataTypes.StringType, false)
          .add("severity", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, true)
          .add("line", DataTypes.IntegerType, true)
          .add("column", DataTypes.IntegerType, true)
          .add("recordKind", DataTypes.StringType, true)
          .add("recordIndex", DataTypes.LongType, true)
          .add("recordId", DataTypes.StringType, true)
          .add("field", DataTypes.StringType, true)
          .add("jsonPointer", DataTypes.StringType, true)
          .add("value", DataTypes.StringType, true)
          .add("messageZh", DataTypes.StringType, false)
          .add("messageEn", DataTypes.StringType, false);

  /**
   * The Spark configuration key of the size in bytes above which a JSON Lines file is read in
   * splits, on several executors (default {@value #DEFAULT_SPLIT_BYTES}, 32 MiB: a split's segment,
   * about twice its size, is held in an executor's memory while it is read); set it with {@code
   * --conf spark.dangjian.splitBytes=...} or {@code spark.conf().set(...)}.
   */
  public static final String SPLIT_BYTES = "spark.dangjian.splitBytes";

  /** The split size when {@link #SPLIT_BYTES} is not set. */
  public static final long DEFAULT_SPLIT_BYTES = 32L << 20;

  private DangjianSpark() {}

  /**
   * Validates {@code paths} as one dataset, as of {@code asOf}; the report's source is the paths
   * joined by ", ", as on one machine.
   *
   * @param paths JSON Lines, JSON, CSV or Excel files ({@code .jsonl}, {@code .json}, {@code .csv},
   *     {@code .xlsx}, {@code .xls}), each a Hadoop path; read in this order
   * @param settings makes the validation settings on the driver and the executors
   * @throws IllegalArgumentException when a path is not in one of those formats
   */
  public static SparkValidation validate(
      SparkSession spark, List<String> paths, ValidationSettingsSource settings, LocalDate asOf) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(asOf, "asOf");
    List<String> files = checked(paths);
    ValidationReport report;
    try (Reading reading = Reading.of(spark, files, settings, asOf, splitBytes(spark), false)) {
      Iterator<Segment> inOrder = reading.segments();
      report =
          Parts.join(
              settings.get(),
              String.join(", ", files),
              asOf,
              () -> inOrder,
              ExchangeCodec.INSTANCE);
    }
    List<Row> rows = new ArrayList<>(report.issues().size());
    for (Issue issue : report.issues()) {
      rows.add(row(issue));
    }
    return new SparkValidation(report, spark.createDataFrame(rows, ISSUE_SCHEMA));
  }

  /**
   * The statistics of {@code paths} as of {@code asOf}: the figures {@link PartyStatistics} gives
   * for the records the single-machine importer accepts from the same files. Each task counts its
   * accepted records into a {@link StatisticsTally} on its executor; only the tallies (a few dozen
   * counters each) travel to the driver, which merges them.
   */
  public static SparkStatistics statistics(
      SparkSession spark, List<String> paths, ValidationSettingsSource settings, LocalDate asOf) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(asOf, "asOf");
    List<String> files = checked(paths);
    StatisticsTally tally = StatisticsTally.on(asOf);
    try (Reading reading = Reading.of(spark, files, settings, asOf, splitBytes(spark), true)) {
      reading.parts().forEachRemaining(part -> tally.merge(part.tally()));
    }
    return new SparkStatistics(tally.members(), tally.organizations());
  }

  private static long splitBytes(SparkSession spark) {
    long bytes =
        Long.parseLong(spark.conf().get(SPLIT_BYTES, Long.toString(DEFAULT_SPLIT_BYTES)).trim());
    if (bytes < 1) {
      throw new IllegalArgumentException(SPLIT_BYTES + " must be at least 1: " + bytes);
    }
    return bytes;
  }

  private static List<String> checked(List<String> paths) {
    List<String> files = List.copyOf(paths);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no input paths");
    }
    files.forEach(PartReader::formatOf);
    return files;
  }

  private static Row row(Issue issue) {
    Location at = issue.location();
    return RowFactory.create(
        issue.code(),
        issue.severity().name(),
        at.source().orElse(null),
        at.line().isPresent() ? at.line().getAsInt() : null,
        at.column().isPresent() ? at.column().getAsInt() : null,
        at.recordKind().map(kind -> kind.code()).orElse(null),
        at.recordIndex().isPresent() ? at.recordIndex().getAsLong() : null,
        at.recordId().orElse(null),
        at.fieldPath().orElse(null),
        at.jsonPointer().orElse(null),
        issue.value().orElse(null),
        issue.message(Locale.CHINA),
        issue.message(Locale.ENGLISH));
  }
}
