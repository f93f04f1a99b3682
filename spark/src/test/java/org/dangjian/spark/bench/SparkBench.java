package org.dangjian.spark.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.spark.DangjianSpark;
import org.dangjian.spark.SparkValidation;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.SyntheticGroup;
import org.dangjian.validation.ValidationSettings;
import org.dangjian.validation.report.ReportFormat;

/**
 * The benchmark of docs/SPARK.md, not a test: {@code generate MEMBERS DIR FILES} streams a
 * synthetic group into FILES JSON Lines files (organizations in the first, the members and the rest
 * spread round-robin over the others); {@code spark MASTER DIR...} validates the files on Spark and
 * prints the report's summary. It reads no clock: the command in docs/SPARK.md times it, and the
 * single-machine CLI on the same files, with {@code /usr/bin/time}.
 */
public final class SparkBench {

  private SparkBench() {}

  /** Runs a mode; see the class comment. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 4 && args[0].equals("generate")) {
      generate(Integer.parseInt(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
    } else if (args.length >= 3 && args[0].equals("spark")) {
      List<String> files = Arrays.asList(args).subList(2, args.length);
      SparkSession spark =
          SparkSession.builder()
              .master(args[1])
              .appName("dangjian-spark-bench")
              .config("spark.ui.enabled", "false")
              .getOrCreate();
      try {
        SparkValidation result =
            DangjianSpark.validate(
                spark, files, ValidationSettings::defaults, GeneratorSettings.DEFAULT_AS_OF);
        String text = result.report().render(ReportFormat.TEXT, Locale.ENGLISH);
        out.println(text.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElse(""));
      } finally {
        spark.stop();
      }
    } else {
      out.println("usage: generate MEMBERS DIR FILES | spark MASTER FILE...");
    }
  }

  private static void generate(int members, Path directory, int files) throws IOException {
    Files.createDirectories(directory);
    DangjianExporter exporter = DangjianExporter.of(ExportOptions.of(Privacy.FULL));
    List<RecordWriter> writers = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      writers.add(exporter.open(directory.resolve(String.format("part-%03d.jsonl", i))));
    }
    LocalDate asOf = GeneratorSettings.DEFAULT_AS_OF;
    long[] written = {0};
    SyntheticGroup.defaults().stream(
        1,
        members,
        asOf,
        new RecordVisitor<Location>() {
          @Override
          public void record(RecordKind kind, Object record, Location location) {
            int file =
                kind == RecordKind.ORGANIZATION || files == 1
                    ? 0
                    : 1 + (int) (written[0]++ % (files - 1));
            try {
              writers.get(file).write(record);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        });
    for (RecordWriter writer : writers) {
      writer.close();
    }
  }
}
