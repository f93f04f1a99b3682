package org.dangjian.io.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.spi.ReadContext;

/**
 * A JSON Lines file read in splits, for engines that read one large file on several machines
 * (dangjian-spark): a split is a run of whole lines of the file, from the first byte of a line to
 * the first byte of a later one. {@link #scan} counts a split's lines and tells whether it holds
 * anything but blank lines, so that the caller knows the number of each split's first line and
 * which split holds the header (the file's first line that is not blank); {@link #read} reads a
 * split as {@link JsonLinesReader} reads those lines of the whole file: the same records, problems
 * and line numbers, with record indexes counted from the split's first record (the caller adds the
 * {@linkplain #read counts} of the splits before it). Not API: exported to dangjian-spark only.
 */
public final class JsonLinesSplit {

  private JsonLinesSplit() {}

  /** The record kinds of the counts {@link #read} returns, in their order. */
  public static List<RecordKind> kinds() {
    return RecordSession.KINDS;
  }

  /**
   * Counts the lines of a split ({@code in} holds exactly its bytes), as the reader counts them.
   *
   * @param maxRecordSize the reading's {@code ReadLimits.maxRecordSize()}, beyond which a line is
   *     measured but not kept
   * @param fileStart true for the split at the start of the file (a byte-order mark is dropped)
   */
  public static Scan scan(InputStream in, int maxRecordSize, boolean fileStart) throws IOException {
    Lines lines = new Lines(in, maxRecordSize, fileStart ? 1 : 2);
    long count = 0;
    boolean content = false;
    while (lines.next()) {
      count++;
      content |= !lines.isBlank();
    }
    return new Scan(count, content);
  }

  /**
   * Reads a split ({@code in} holds exactly its bytes) into {@code context}.
   *
   * @param firstLine the number of the split's first line in the file
   * @param header true for the split that holds the file's header (the first split that is not
   *     blank, or the first split of a blank file): its lines are read as the start of a file
   * @return the number of records of each kind the split holds, in the order of {@link #kinds()}
   */
  public static long[] read(
      InputStream in, String source, ReadContext context, long firstLine, boolean header)
      throws IOException {
    return JsonLinesReader.read(in, source, context, firstLine, !header);
  }

  /**
   * What {@link #scan} found in a split.
   *
   * @param lines the number of lines (a last line without a line end included)
   * @param content true when a line is not blank (a line that is not UTF-8 or too long counts)
   */
  public record Scan(long lines, boolean content) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
