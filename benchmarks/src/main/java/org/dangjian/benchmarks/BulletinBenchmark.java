package org.dangjian.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.core.link.MentionLinker;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.testkit.BulletinGenerator;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
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

/**
 * One bulletin of a generated group: reading and writing it in each bulletin format (one issue of a
 * few kilobytes, so the figures are per bulletin), checking its figures against the group's data
 * (the BUL-STATS rules over the whole dataset, which dominates), and suggesting links for its
 * names. The group has {@code members} Party members; the bulletin reports on the month before the
 * generator's date.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class BulletinBenchmark {

  /** Party members of the group the bulletin reports on. */
  @Param({"3000"})
  public int members;

  private Dataset group;
  private Bulletin bulletin;
  private Dataset withBulletin;
  private byte[] markdown;
  private byte[] text;
  private DangjianImporter importer;
  private LocalDate asOf;

  /** Generates the group and its bulletin, and writes the bulletin in each format once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    GeneratorSettings settings = GeneratorSettings.proportional(62, members).build();
    asOf = settings.asOf();
    group = DatasetGenerator.generate(settings);
    bulletin = BulletinGenerator.reporting(group, YearMonth.from(asOf).minusMonths(1), 62);
    withBulletin = ImmutableDataset.copyOf(group).withBulletins(bulletin);
    markdown = write(DataFormat.MARKDOWN);
    try (var in = BulletinBenchmark.class.getResourceAsStream("/sample-2024-1.txt")) {
      text = in.readAllBytes();
    }
    importer = DangjianImporter.of(ImportOptions.of(asOf));
  }

  private byte[] write(DataFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DangjianExporter.of(ExportOptions.of(Privacy.FULL))
        .write(Dataset.builder().addBulletin(bulletin).build(), out, format);
    return out.toByteArray();
  }

  /** Reads the plain-text sample bulletin (issue 2024.1, PDF leftovers included). */
  @Benchmark
  public ValidationReport readText() throws IOException {
    return importer.read(
        new ByteArrayInputStream(text), "sample.txt", DataFormat.TEXT, new RecordHandler() {});
  }

  /** Reads the bulletin from Markdown. */
  @Benchmark
  public ValidationReport readMarkdown() throws IOException {
    return importer.read(
        new ByteArrayInputStream(markdown), "b.md", DataFormat.MARKDOWN, new RecordHandler() {});
  }

  /** Writes the bulletin as Markdown. */
  @Benchmark
  public byte[] writeMarkdown() throws IOException {
    return write(DataFormat.MARKDOWN);
  }

  /** Writes the bulletin as an HTML page. */
  @Benchmark
  public byte[] writeHtml() throws IOException {
    return write(DataFormat.HTML);
  }

  /** Validates the group with the bulletin: every rule, the BUL-STATS figures included. */
  @Benchmark
  public ValidationReport validateGroupWithBulletin() {
    return DangjianValidator.defaults().validate(withBulletin, asOf);
  }

  /** Validates the group alone, the baseline of {@link #validateGroupWithBulletin}. */
  @Benchmark
  public ValidationReport validateGroupAlone() {
    return DangjianValidator.defaults().validate(group, asOf);
  }

  /** Indexes the group and suggests links for the bulletin's names. */
  @Benchmark
  public Object suggestLinks() {
    return MentionLinker.of(group).suggest(bulletin);
  }
}
