package org.dangjian.io.bulletin.internal.text;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.io.ReadLimits;

/**
 * Splits decoded text into lines (LF, CR or CRLF) under the read limits, for the bulletin and the
 * news-page readers alike: the whole text may hold at most {@code maxRecordSize} characters and,
 * when asked, a line at most {@code maxFieldLength}. {@code BufferedReader.readLine} would read an
 * unbounded line into memory before a limit could be checked, hence this loop.
 */
public final class BoundedLines {

  /** Told which limit was exceeded, at which 1-based line. */
  @FunctionalInterface
  public interface Exceeded {
    void limit(int line, String limit, long max);
  }

  private BoundedLines() {}

  /**
   * The lines of {@code text}, or null when a limit was exceeded (and told to {@code exceeded}).
   */
  public static List<String> read(
      Reader text, ReadLimits limits, boolean lineLimit, Exceeded exceeded) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    char[] buffer = new char[8192];
    long total = 0;
    boolean afterCr = false;
    int n;
    while ((n = text.read(buffer, 0, buffer.length)) >= 0) {
      total += n;
      if (total > limits.maxRecordSize()) {
        exceeded.limit(lines.size() + 1, "maxRecordSize", limits.maxRecordSize());
        return null;
      }
      for (int i = 0; i < n; i++) {
        char c = buffer[i];
        if (c == '\n' && afterCr) {
          afterCr = false;
          continue;
        }
        afterCr = c == '\r';
        if (c == '\n' || c == '\r') {
          lines.add(line.toString());
          line.setLength(0);
        } else {
          line.append(c);
          if (lineLimit && line.length() > limits.maxFieldLength()) {
            exceeded.limit(lines.size() + 1, "maxFieldLength", limits.maxFieldLength());
            return null;
          }
        }
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
