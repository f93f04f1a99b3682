package org.dangjian.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.record.Location;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.io.RecordHandler;
import org.dangjian.spark.internal.ExchangeCodec;
import org.dangjian.spark.internal.PartReader;
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

  private DangjianSpark() {}

  /**
   * Validates {@code paths} as one dataset, as of {@code asOf}; the report's source is the paths
   * joined by ", ", as on one machine.
   *
   * @param paths JSON Lines files ({@code .jsonl}), each a Hadoop path; read in this order
   * @param settings makes the validation settings on the driver and the executors
   * @throws IllegalArgumentException when a path is not a JSON Lines file
   */
  public static SparkValidation validate(
      SparkSession spark, List<String> paths, ValidationSettingsSource settings, LocalDate asOf) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(asOf, "asOf");
    List<String> files = checked(paths);
    JavaRDD<Segment> segments = segments(spark, files, settings, asOf);
    ValidationReport report;
    try {
      segments.count();
      Iterator<Segment> inOrder = segments.toLocalIterator();
      report =
          Parts.join(
              settings.get(),
              String.join(", ", files),
              asOf,
              () -> inOrder,
              ExchangeCodec.INSTANCE);
    } finally {
      segments.unpersist(false);
    }
    List<Row> rows = new ArrayList<>(report.issues().size());
    for (Issue issue : report.issues()) {
      rows.add(row(issue));
    }
    return new SparkValidation(report, spark.createDataFrame(rows, ISSUE_SCHEMA));
  }

  /**
   * The statistics of {@code paths} as of {@code asOf}: the figures {@link PartyStatistics} gives
   * for the records the single-machine importer accepts from the same files. The files are read and
   * decoded on the executors; the records are gathered on the driver, so this is bounded by the
   * driver's memory (docs/SPARK.md).
   */
  public static SparkStatistics statistics(
      SparkSession spark, List<String> paths, ValidationSettingsSource settings, LocalDate asOf) {
    List<String> files = checked(paths);
    JavaRDD<Segment> segments = segments(spark, files, settings, asOf);
    ImmutableDataset.Builder dataset = org.dangjian.core.dataset.Dataset.builder();
    RecordHandler into = RecordHandler.into(dataset);
    try {
      segments.count();
      Iterator<Segment> inOrder = segments.toLocalIterator();
      while (inOrder.hasNext()) {
        inOrder.next().records(ExchangeCodec.INSTANCE, into);
      }
    } finally {
      segments.unpersist(false);
    }
    var view = dataset.build().asOf(asOf);
    return new SparkStatistics(PartyStatistics.members(view), PartyStatistics.organizations(view));
  }

  private static List<String> checked(List<String> paths) {
    List<String> files = List.copyOf(paths);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no input paths");
    }
    files.forEach(PartReader::formatOf);
    return files;
  }

  /** One segment per file, file i in partition i, computed in parallel and kept until joined. */
  private static JavaRDD<Segment> segments(
      SparkSession spark, List<String> files, ValidationSettingsSource settings, LocalDate asOf) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<String, String> hadoop = new HashMap<>();
    for (Map.Entry<String, String> entry : spark.sparkContext().hadoopConfiguration()) {
      hadoop.put(entry.getKey(), entry.getValue());
    }
    return context
        .parallelize(files, files.size())
        .mapPartitions(paths -> PartReader.read(paths, hadoop, settings, asOf))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
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
