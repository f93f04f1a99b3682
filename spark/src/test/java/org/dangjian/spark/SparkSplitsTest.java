package org.dangjian.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
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
import org.dangjian.spark.internal.ReadTask;
import org.dangjian.spark.internal.Splits;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ReportFormat;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large JSON Lines files read in splits give the single machine's report byte for byte, and its
 * statistics: with split sizes from a few hundred bytes (most splits hold one line or none) to a
 * few kilobytes, over files with blank lines before the header, a byte-order mark, CR LF line ends,
 * a malformed line, a line that is not UTF-8, no line end after the last line, and a file whose
 * wrong header stops its reading (the splits after it are not read, as on one machine).
 */
class SparkSplitsTest {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;

  @TempDir static Path directory;

  private static List<String> files;
  private static ImportResult single;

  @BeforeAll
  static void writeFiles() throws IOException {
    Dataset dataset = DatasetGenerator.generate(GeneratorSettings.proportional(11, 300).build());
    List<String> a = lines(dataset.organizations());
    a.addAll(0, List.of("", "  ", ""));
    a.add(a.size() / 2, "{\"kind\":\"organization\",\"record\":{\"id\":");
    for (int i = 0; i < a.size(); i += 3) {
      a.set(i, a.get(i) + "\r");
    }
    int members = dataset.members().size();
    List<String> b = lines(dataset.members().subList(0, members / 2));
    b.set(0, "\uFEFF" + b.get(0));
    List<String> c = lines(dataset.members().subList(members / 2, members));
    c.set(0, "{\"kind\":\"header\",\"format\":\"dangjian-exchange\",\"version\":\"0.9\"}");
    List<String> d = lines(concat(dataset.activities(), dataset.pairings()));
    files = new ArrayList<>();
    files.add(write("a.jsonl", String.join("\n", a)));
    Path bPath = Path.of(write("b.jsonl", String.join("\n", b) + "\n"));
    byte[] bytes = Files.readAllBytes(bPath);
    int middle = bytes.length / 2;
    while (bytes[middle] != '"' || bytes[middle + 1] != ':' || bytes[middle + 2] != '"') {
      middle++;
    }
    bytes[middle + 3] = (byte) 0xC3;
    bytes[middle + 4] = (byte) 0x28;
    Files.write(bPath, bytes);
    files.add(bPath.toString());
    files.add(write("c.jsonl", String.join("\n", c) + "\n"));
    files.add(write("d.jsonl", String.join("\n", d) + "\n"));
    single =
        DangjianImporter.of(ImportOptions.of(AS_OF))
            .read(files.stream().map(Path::of).toArray(Path[]::new));
  }

  @AfterEach
  void defaultSplitSize() {
    LocalSpark.session().conf().unset(DangjianSpark.SPLIT_BYTES);
  }

  @ParameterizedTest
  @ValueSource(longs = {300, 1_000, 7_000, 40_000})
  void aFileReadInSplitsGivesTheSingleMachineReport(long splitBytes) {
    SparkSession spark = LocalSpark.session();
    spark.conf().set(DangjianSpark.SPLIT_BYTES, Long.toString(splitBytes));
    ValidationReport report = single.report();

    List<ReadTask> tasks =
        Splits.plan(
            JavaSparkContext.fromSparkContext(spark.sparkContext()),
            files,
            new HashMap<>(),
            splitBytes,
            AS_OF);
    SparkValidation result =
        DangjianSpark.validate(spark, files, ValidationSettings::defaults, AS_OF);

    assertThat(tasks).hasSizeGreaterThan(files.size());
    assertThat(tasks.get(tasks.size() - 1).firstLine()).isGreaterThan(1);
    assertThat(report.issues())
        .extracting(Issue::code)
        .contains("IO-SYNTAX", "IO-ENCODING", "IO-FORMAT", "IO-REJECTED");
    assertThat(render(result.report())).isEqualTo(render(report));
    assertThat(result.report()).isEqualTo(report);
  }

  @ParameterizedTest
  @ValueSource(longs = {500, 9_000})
  void aFileReadInSplitsGivesTheSingleMachineFigures(long splitBytes) {
    SparkSession spark = LocalSpark.session();
    spark.conf().set(DangjianSpark.SPLIT_BYTES, Long.toString(splitBytes));
    var view = single.dataset().asOf(AS_OF);

    SparkStatistics figures =
        DangjianSpark.statistics(spark, files, ValidationSettings::defaults, AS_OF);

    assertThat(figures.members()).isEqualTo(PartyStatistics.members(view));
    assertThat(figures.organizations()).isEqualTo(PartyStatistics.organizations(view));
    assertThat(figures.members().total()).isPositive();
  }

  private static List<String> lines(List<?> records) throws IOException {
    Path file = directory.resolve("scratch.jsonl");
    try (RecordWriter writer = DangjianExporter.of(ExportOptions.of(Privacy.FULL)).open(file)) {
      for (Object record : records) {
        writer.write(record);
      }
    }
    return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private static String write(String name, String text) throws IOException {
    Path file = directory.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  private static List<Object> concat(List<?> first, List<?> second) {
    List<Object> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  static String render(ValidationReport report) {
    return report.render(ReportFormat.JSON, Locale.ROOT)
        + "\n"
        + report.render(ReportFormat.TEXT, Locale.ROOT)
        + "\n"
        + report.render(ReportFormat.TEXT, Locale.ENGLISH);
  }
}
