package org.dangjian.io.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a libFuzzer run printed about itself, read from its log: executions, executions per second,
 * coverage (edges {@code cov} and features {@code ft}, from the last status line), the size of the
 * working corpus, the units it added, the peak memory and the first finding, if any. Jazzer's
 * {@code -print_final_stats=1} prints the {@code stat::} lines this reads.
 *
 * @param executions units executed
 * @param execsPerSecond average executions per second
 * @param coverage coverage edges ({@code cov:})
 * @param features coverage features ({@code ft:})
 * @param corpus entries in the working corpus at the end ({@code corp:})
 * @param newUnits units added to the working corpus during the run
 * @param peakRssMb peak resident memory in MB
 * @param finding the first line of the first finding ({@code == Java Exception: ...}), or empty
 */
public record FuzzStats(
    long executions,
    long execsPerSecond,
    long coverage,
    long features,
    long corpus,
    long newUnits,
    long peakRssMb,
    String finding) {

  private static final Pattern STATUS =
      Pattern.compile("^#(\\d+)\\s+\\S+\\s+cov: (\\d+) ft: (\\d+)(?: corp: (\\d+)/)?");
  private static final Pattern STAT = Pattern.compile("^stat::(\\w+):\\s+(\\d+)");

  /**
   * Reads the statistics of the run logged in {@code log}.
   *
   * @param log the combined output of the run
   * @return the statistics; zeros where the log has none
   * @throws IOException when the log cannot be read
   */
  public static FuzzStats parse(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
    long executions = 0;
    long rate = 0;
    long coverage = 0;
    long features = 0;
    long corpus = 0;
    long added = 0;
    long rss = 0;
    String finding = "";
    for (String line : lines) {
      Matcher status = STATUS.matcher(line);
      if (status.find()) {
        executions = Math.max(executions, Long.parseLong(status.group(1)));
        coverage = Long.parseLong(status.group(2));
        features = Long.parseLong(status.group(3));
        if (status.group(4) != null) {
          corpus = Long.parseLong(status.group(4));
        }
        continue;
      }
      Matcher stat = STAT.matcher(line);
      if (stat.find()) {
        long value = Long.parseLong(stat.group(2));
        switch (stat.group(1)) {
          case "number_of_executed_units" -> executions = value;
          case "average_exec_per_sec" -> rate = value;
          case "new_units_added" -> added = value;
          case "peak_rss_mb" -> rss = Math.max(rss, value);
          default -> {}
        }
        continue;
      }
      if (finding.isEmpty()
          && (line.startsWith("== Java Exception") || line.contains("ERROR: libFuzzer"))) {
        finding = line;
      }
    }
    return new FuzzStats(executions, rate, coverage, features, corpus, added, rss, finding);
  }
}
