package org.dangjian.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.report.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Import of a generated, valid member file with full validation, against plain Jackson parsing of
 * the same bytes in the same run: streaming tokenization (the floor any reader pays) and
 * databinding into generic trees or maps (what a hand-rolled importer without rules would do). JSON
 * Lines holds the whole dataset (organizations, members with their 25 development steps and dues
 * payments, activities); CSV holds the member roster, which carries far fewer fields per member.
 * Report figures as the ratio of {@code importWithValidation} to the baselines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class ImportBenchmark {

  /** Number of Party members generated. */
  @Param({"20000"})
  public int members;

  /** The name of the file format: jsonl or csv. */
  @Param({"jsonl", "csv"})
  public String formatName;

  /** Threads decoding JSON Lines and CSV ({@code ImportOptions.decodingThreads}). */
  @Param({"1"})
  public int threads;

  private DataFormat format;

  private byte[] bytes;
  private DangjianImporter importer;
  private final ObjectMapper json = JsonMapper.builder().build();
  private final CsvMapper csv = CsvMapper.builder().build();

  /** Generates the dataset once and exports it in full. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    format = DataFormat.forName(formatName).orElseThrow();
    GeneratorSettings settings = GeneratorSettings.proportional(62, members).build();
    Dataset dataset = DatasetGenerator.generate(settings);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DangjianExporter.of(ExportOptions.of(Privacy.FULL)).write(dataset, out, format);
    bytes = out.toByteArray();
    importer =
        DangjianImporter.of(
            ImportOptions.builder().asOf(settings.asOf()).decodingThreads(threads).build());
  }

  /** Decodes and validates every record, as {@code dangjian validate} does. */
  @Benchmark
  public ValidationReport importWithValidation() throws IOException {
    return importer.read(new ByteArrayInputStream(bytes), "bench", format, new RecordHandler() {});
  }

  /** Baseline: Jackson's streaming parser reads every token and nothing else. */
  @Benchmark
  public long jacksonTokens() {
    long tokens = 0;
    ObjectMapper mapper = format.equals(DataFormat.CSV) ? csv : json;
    try (JsonParser parser = mapper.createParser(bytes)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  /** Baseline: Jackson databinds every record into a generic tree (JSON) or map (CSV). */
  @Benchmark
  public long jacksonTrees() {
    long records = 0;
    if (format.equals(DataFormat.CSV)) {
      try (MappingIterator<Map<String, String>> rows =
          csv.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(bytes)) {
        while (rows.hasNext()) {
          records += rows.next().size() > 0 ? 1 : 0;
        }
      }
    } else {
      try (MappingIterator<JsonNode> lines = json.readerFor(JsonNode.class).readValues(bytes)) {
        while (lines.hasNext()) {
          records += lines.next().size() > 0 ? 1 : 0;
        }
      }
    }
    return records;
  }
}
