package org.dangjian.spark.internal;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One task of a Spark reading: a whole file, or a split of a large JSON Lines file (the bytes from
 * {@code start} to {@code end}, whole lines, the first of them line {@code firstLine} of the file).
 *
 * @param path the file, a Hadoop path
 * @param file the file's position among the files of the reading
 * @param split the split's position among the splits of its file (0 for a whole file)
 * @param start the first byte of the split
 * @param end the byte after the split's last byte; -1 for a whole file
 * @param firstLine the number of the split's first line in its file
 * @param header true when the split holds the file's header line (a whole file always)
 * @param namesBefore the organizations (id to name) of the files before this one, for a roster
 *     whose members name their organization; empty for other files
 */
public record ReadTask(
    String path,
    int file,
    int split,
    long start,
    long end,
    long firstLine,
    boolean header,
    LinkedHashMap<String, String> namesBefore)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The task that reads the whole file {@code path}, number {@code file} of the reading. */
  public static ReadTask whole(String path, int file) {
    return new ReadTask(path, file, 0, 0, -1, 1, true, new LinkedHashMap<>());
  }

  /** True when the task reads its whole file with the file's format reader. */
  public boolean isWhole() {
    return end < 0;
  }

  /** This task with the organizations of the files before it. */
  public ReadTask withNamesBefore(Map<String, String> names) {
    return new ReadTask(
        path, file, split, start, end, firstLine, header, new LinkedHashMap<>(names));
  }
}
