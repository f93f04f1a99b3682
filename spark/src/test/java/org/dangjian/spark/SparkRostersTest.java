package org.dangjian.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.dangjian.io.Roster;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV and Excel rosters on Spark: an organization roster (CSV), a member roster (CSV) whose rows
 * name their organization, a JSON Lines file of activities and pairings, and a workbook (XLSX) with
 * both rosters of a second dataset, read as one dataset, give the single machine's report byte for
 * byte and its statistics; a format Spark does not read is refused, naming the file.
 */
class SparkRostersTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  @TempDir static Path directory;

  private static List<String> files;
  private static ImportResult single;

  @BeforeAll
  static void writeFiles() throws IOException {
    Dataset dataset = DatasetGenerator.generate(GeneratorSettings.proportional(13, 300).build());
    Dataset other = DatasetGenerator.generate(GeneratorSettings.proportional(14, 120).build());
    files = new ArrayList<>();
    files.add(
        roster(
            dataset,
            "organizations.csv",
            ExportOptions.builder().privacy(Privacy.FULL).roster(Roster.ORGANIZATIONS).build()));
    files.add(roster(dataset, "members.csv", ExportOptions.of(Privacy.FULL)));
    Path rest = directory.resolve("activities.jsonl");
    try (RecordWriter writer = DangjianExporter.of(ExportOptions.of(Privacy.FULL)).open(rest)) {
      for (Object record : dataset.activities()) {
        writer.write(record);
      }
      for (Object record : dataset.pairings()) {
        writer.write(record);
      }
    }
    files.add(rest.toString());
    files.add(roster(other, "second.xlsx", ExportOptions.of(Privacy.FULL)));
    single =
        DangjianImporter.of(ImportOptions.of(AS_OF))
            .read(files.stream().map(Path::of).toArray(Path[]::new));
  }

  @Test
  void rostersGiveTheSingleMachineReport() {
    ValidationReport report = single.report();

    SparkValidation result =
        DangjianSpark.validate(LocalSpark.session(), files, ValidationSettings::defaults, AS_OF);

    assertThat(report.recordCounts().values().stream().mapToLong(Number::longValue).sum())
        .isGreaterThan(400);
    assertThat(SparkSplitsTest.render(result.report())).isEqualTo(SparkSplitsTest.render(report));
    assertThat(result.report()).isEqualTo(report);
  }

  @Test
  void rostersGiveTheSingleMachineFigures() {
    var view = single.dataset().asOf(AS_OF);

    SparkStatistics figures =
        DangjianSpark.statistics(LocalSpark.session(), files, ValidationSettings::defaults, AS_OF);

    assertThat(figures.members()).isEqualTo(PartyStatistics.members(view));
    assertThat(figures.organizations()).isEqualTo(PartyStatistics.organizations(view));
    assertThat(figures.members().total()).isGreaterThan(300);
  }

  @Test
  void aFormatSparkDoesNotReadIsRefused() {
    SparkSession spark = LocalSpark.session();
    for (String name : List.of("bulletin.txt", "members.dat")) {
      assertThatThrownBy(
              () ->
                  DangjianSpark.validate(
                      spark,
                      List.of(files.get(0), directory.resolve(name).toString()),
                      ValidationSettings::defaults,
                      AS_OF))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(name);
    }
  }

  private static String roster(Dataset dataset, String name, ExportOptions options)
      throws IOException {
    Path file = directory.resolve(name);
    DangjianExporter.of(options).write(dataset, file);
    return file.toString();
  }
}
