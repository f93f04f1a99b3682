package org.dangjian.spark.internal;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.internal.json.JsonLinesSplit;

/**
 * Plans the {@link ReadTask}s of a reading: a JSON Lines file larger than the split size is read in
 * splits of whole lines, every other file whole. A split's nominal range starts at a multiple of
 * the split size; its actual start is the first byte after the first line end at or after the byte
 * before the nominal start (so a split owns the lines that begin inside its range, and the splits
 * of a file cover it without overlap, some possibly empty). One Spark job scans the splits in
 * parallel for their actual ranges and their lines (a line count and whether one is not blank); the
 * driver adds the counts up into each split's first line number and picks the split that holds the
 * header.
 */
public final class Splits {

  private Splits() {}

  /** The tasks of {@code files} in reading order, each file number {@code i} of the list. */
  public static List<ReadTask> plan(
      JavaSparkContext spark,
      List<String> files,
      Map<String, String> hadoop,
      long splitBytes,
      LocalDate asOf) {
    Configuration configuration = configuration(hadoop);
    List<Nominal> scans = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String path = files.get(i);
      if (!PartReader.formatOf(path).equals(DataFormat.JSON_LINES)) {
        continue;
      }
      long length = length(path, configuration);
      if (length <= splitBytes) {
        continue;
      }
      long count = (length + splitBytes - 1) / splitBytes;
      for (long k = 0; k < count; k++) {
        scans.add(
            new Nominal(path, i, (int) k, k * splitBytes, Math.min(length, (k + 1) * splitBytes)));
      }
    }
    int maxRecordSize = ImportOptions.of(asOf).limits().maxRecordSize();
    List<Scanned> scanned =
        scans.isEmpty()
            ? List.of()
            : spark
                .parallelize(scans, scans.size())
                .map(n -> scan(n, hadoop, maxRecordSize))
                .collect();
    List<ReadTask> tasks = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < files.size(); i++) {
      if (next < scanned.size() && scanned.get(next).of.file == i) {
        int first = next;
        while (next < scanned.size() && scanned.get(next).of.file == i) {
          next++;
        }
        tasks.addAll(splitsOf(scanned.subList(first, next)));
      } else {
        tasks.add(ReadTask.whole(files.get(i), i));
      }
    }
    return tasks;
  }

  /** The tasks of one file's scanned splits: first line numbers and the header's split. */
  private static List<ReadTask> splitsOf(List<Scanned> splits) {
    int header = 0;
    for (int k = 0; k < splits.size(); k++) {
      if (splits.get(k).content) {
        header = k;
        break;
      }
    }
    List<ReadTask> tasks = new ArrayList<>();
    long line = 1;
    for (int k = 0; k < splits.size(); k++) {
      Scanned s = splits.get(k);
      tasks.add(
          new ReadTask(
              s.of.path,
              s.of.file,
              k,
              s.start,
              s.end,
              line,
              k == header,
              new java.util.LinkedHashMap<>()));
      line += s.lines;
    }
    return tasks;
  }

  private static Scanned scan(Nominal n, Map<String, String> hadoop, int maxRecordSize)
      throws IOException {
    Path file = new Path(n.path);
    try (FSDataInputStream in = file.getFileSystem(configuration(hadoop)).open(file)) {
      long start = lineStart(in, n.start);
      long end = Math.max(start, lineStart(in, n.end));
      in.seek(start);
      JsonLinesSplit.Scan scan =
          JsonLinesSplit.scan(new PartReader.Limited(in, end - start), maxRecordSize, start == 0);
      return new Scanned(n, start, end, scan.lines(), scan.content());
    }
  }

  /**
   * The first byte of the first line that begins at or after {@code nominal}: 0 for 0, else the
   * byte after the first line end at or after {@code nominal - 1}, or the file's end if none.
   */
  static long lineStart(FSDataInputStream in, long nominal) throws IOException {
    if (nominal == 0) {
      return 0;
    }
    in.seek(nominal - 1);
    byte[] buffer = new byte[1 << 16];
    long position = nominal - 1;
    int n;
    while ((n = in.read(buffer)) > 0) {
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          return position + i + 1;
        }
      }
      position += n;
    }
    return position;
  }

  private static long length(String path, Configuration configuration) {
    Path file = new Path(path);
    try {
      FileSystem fs = file.getFileSystem(configuration);
      return fs.getFileStatus(file).getLen();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  static Configuration configuration(Map<String, String> hadoop) {
    Configuration configuration = new Configuration(false);
    hadoop.forEach(configuration::set);
    return configuration;
  }

  /** A split's nominal byte range. */
  private record Nominal(String path, int file, int split, long start, long end)
      implements Serializable {}

  /** A split's actual range of whole lines and what they hold. */
  private record Scanned(Nominal of, long start, long end, long lines, boolean content)
      implements Serializable {}
}
