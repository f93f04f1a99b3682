package org.dangjian.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.statistics.PartyStatistics;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutators;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's acceptance test, in Spark's local mode on two threads: a generated dataset of 50,000
 * members with testkit defects applied one after the other, written as five JSON Lines files with a
 * malformed line in the middle of one, validated by {@link DangjianSpark} gives the report of the
 * single-machine importer on the same files, equal as a value and byte for byte as JSON and text;
 * its issue rows are the report's issues in order; the statistics equal {@code PartyStatistics}'
 * figures of the records the importer accepts. A defect that cannot be applied after the others
 * (its record was changed by an earlier one), or whose rule the combined report does not show, is
 * applied alone to a slice of its own (a smaller generated dataset, in its own files) and the two
 * reports compared there; every defect a dataset can hold is so exercised, its rule in the report.
 */
class DangjianSparkTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
  private static final int MEMBERS = 50_000;

  @TempDir static Path directory;

  private static SparkSession spark;
  private static List<String> files;

  /** The single-machine import of the files: its report and its accepted records. */
  private static ImportResult single;

  private static List<String> defectsApplied = new ArrayList<>();

  @BeforeAll
  static void writeFilesAndStartSpark() throws IOException {
    Dataset dataset =
        DatasetGenerator.generate(GeneratorSettings.proportional(17, MEMBERS).build());
    for (Defect defect : Defect.values()) {
      if (!defect.representableInDataset()) {
        continue;
      }
      try {
        dataset = Mutators.apply(defect, dataset, AS_OF).dataset();
        defectsApplied.add(defect.name());
      } catch (RuntimeException e) {
        // The defect's record was changed by an earlier defect: applied to a slice of its own.
      }
    }
    files = write(dataset, directory);
    single =
        DangjianImporter.of(ImportOptions.of(AS_OF))
            .read(files.stream().map(Path::of).toArray(Path[]::new));
    spark = LocalSpark.session();
  }

  @Test
  void theReportEqualsTheSingleMachineReport() {
    ValidationReport report = single.report();

    SparkValidation result =
        DangjianSpark.validate(spark, files, ValidationSettings::defaults, AS_OF);

    assertThat(defectsApplied).hasSizeGreaterThan(40);
    assertThat(report.issues()).hasSizeGreaterThan(50);
    assertThat(report.issues())
        .extracting(Issue::code)
        .contains("IO-REJECTED", "REF-PARENT", "BUL-STATS-MEMBERS");
    assertThat(render(result.report())).isEqualTo(render(report));
    assertThat(result.report()).isEqualTo(report);

    List<Row> rows = result.issues().collectAsList();
    assertThat(rows).hasSize(report.issues().size());
    for (int i = 0; i < rows.size(); i++) {
      Issue issue = report.issues().get(i);
      Row row = rows.get(i);
      assertThat(row.getString(row.fieldIndex("code"))).isEqualTo(issue.code());
      assertThat(row.getString(row.fieldIndex("recordId")))
          .isEqualTo(issue.location().recordId().orElse(null));
      assertThat(row.get(row.fieldIndex("line")))
          .isEqualTo(
              issue.location().line().isPresent() ? issue.location().line().getAsInt() : null);
      assertThat(row.getString(row.fieldIndex("messageEn")))
          .isEqualTo(issue.message(Locale.ENGLISH));
    }
  }

  @Test
  void theStatisticsEqualTheSingleMachineFigures() {
    var view = single.dataset().asOf(AS_OF);

    SparkStatistics figures =
        DangjianSpark.statistics(spark, files, ValidationSettings::defaults, AS_OF);

    assertThat(figures.members()).isEqualTo(PartyStatistics.members(view));
    assertThat(figures.organizations()).isEqualTo(PartyStatistics.organizations(view));
    assertThat(figures.members().total()).isGreaterThan(MEMBERS / 2);
  }

  /**
   * Every defect the combined dataset does not show (it could not be applied after the others, or
   * its rule is not in the report) is applied alone to a slice of 3,000 generated members, written
   * as five files of its own: the Spark report equals the single machine's there, and shows the
   * defect's rule. A defect that cannot be applied even to a fresh slice fails the test. Defects
   * whose rule speaks only under other settings ({@code Defect.detection()}: ORG-012 and ORG-013,
   * which the national profile disables, and POINT-CAP, which needs a points policy) are left out:
   * both sides here run the default settings, and testkit-validation's DefectDetectionTest covers
   * them.
   */
  @Test
  void everyDefectIsExercisedAndTheReportsStayEqual() throws IOException {
    Set<String> shown = new HashSet<>();
    single.report().issues().forEach(issue -> shown.add(issue.code()));
    List<Defect> alone = new ArrayList<>();
    for (Defect defect : Defect.values()) {
      if (defect.representableInDataset()
          && defect.detection().isDefault()
          && !(defectsApplied.contains(defect.name()) && shows(shown, defect))) {
        alone.add(defect);
      }
    }
    Dataset slice = DatasetGenerator.generate(GeneratorSettings.proportional(18, 3_000).build());
    List<String> notShown = new ArrayList<>();
    for (Defect defect : alone) {
      Path own = Files.createDirectories(directory.resolve("slice-" + defect.name()));
      List<String> sliceFiles = write(Mutators.apply(defect, slice, AS_OF).dataset(), own);
      ValidationReport report =
          DangjianImporter.of(ImportOptions.of(AS_OF))
              .read(sliceFiles.stream().map(Path::of).toArray(Path[]::new))
              .report();

      SparkValidation result =
          DangjianSpark.validate(spark, sliceFiles, ValidationSettings::defaults, AS_OF);

      assertThat(render(result.report())).as(defect.name()).isEqualTo(render(report));
      Set<String> codes = new HashSet<>();
      report.issues().forEach(issue -> codes.add(issue.code()));
      if (!shows(codes, defect)) {
        notShown.add(defect.name() + " (" + defect.ruleId() + ")");
      }
    }
    assertThat(alone.size()).isLessThan(defectsApplied.size());
    assertThat(notShown).isEmpty();
  }

  /** True when the report's codes hold the defect's rule or one it counts as equivalent. */
  private static boolean shows(Set<String> codes, Defect defect) {
    return codes.contains(defect.ruleId())
        || defect.equivalentRuleIds().stream().anyMatch(codes::contains);
  }

  /**
   * Five files: organizations and half the pairings; the members in three thirds, the second with a
   * malformed line in its middle and the third with the bulletins; the activities, the other
   * pairings, the units, the point entries and the teams.
   */
  private static List<String> write(Dataset dataset, Path into) throws IOException {
    DangjianExporter exporter = DangjianExporter.of(ExportOptions.of(Privacy.FULL));
    int members = dataset.members().size();
    int pairings = dataset.pairings().size();
    List<List<?>> parts =
        List.of(
            concat(dataset.organizations(), dataset.pairings().subList(0, pairings / 2)),
            dataset.members().subList(0, members / 3),
            dataset.members().subList(members / 3, 2 * members / 3),
            concat(dataset.members().subList(2 * members / 3, members), dataset.bulletins()),
            concat(
                concat(dataset.activities(), dataset.pairings().subList(pairings / 2, pairings)),
                concat(concat(dataset.units(), dataset.pointEntries()), dataset.teams())));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Path file = into.resolve("part-" + i + ".jsonl");
      try (RecordWriter writer = exporter.open(file)) {
        for (Object record : parts.get(i)) {
          writer.write(record);
        }
      }
      names.add(file.toString());
    }
    Path second = Path.of(names.get(2));
    List<String> lines = new ArrayList<>(Files.readAllLines(second, StandardCharsets.UTF_8));
    lines.add(lines.size() / 2, "{\"kind\":\"member\",\"record\":{\"id\":");
    Files.write(second, lines, StandardCharsets.UTF_8);
    return names;
  }

  private static List<Object> concat(List<?> first, List<?> second) {
    List<Object> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  private static String render(ValidationReport report) {
    return report.render(ReportFormat.JSON, Locale.ROOT)
        + "\n"
        + report.render(ReportFormat.TEXT, Locale.ROOT)
        + "\n"
        + report.render(ReportFormat.TEXT, Locale.ENGLISH);
  }
}
