package org.dangjian.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.text.SafeText;

/**
 * The progress line on stderr and the elapsed time of a command. While the command runs, the line
 * shows bytes read of the file's size (one input file) or the records so far (several files, or
 * generation), redrawn in place with a carriage return at most five times a second and only after
 * the first half second, so that short inputs draw nothing. It is drawn only when asked or when the
 * console is a terminal; {@link #clear()} erases it before the command's summary line.
 *
 * <p>Kept hand-written after a review against me.tongfei:progressbar 0.10.2 (docs/CLI.md
 * "Progress"): that library would add 494 KB (itself 39 KB, jline-terminal 265 KB, jline-native 190
 * KB) to the 31 MB runnable jar, which is not the point; it redraws from its own thread on the wall
 * clock, which this class takes from {@code clock} so that its tests never read the time, and it
 * knows neither our two languages nor the masking of file names.
 */
final class Progress {

  private static final long REDRAW_NANOS = 200_000_000L;
  private static final long FIRST_DRAW_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final boolean draw;
  private final LongSupplier clock;
  private final Lang lang;
  private final String command;
  private final long start;
  private long nextDraw;
  private long totalBytes = -1;
  private long bytes;
  private long totalRecords = -1;
  private long records;
  private int width;

  Progress(PrintWriter err, boolean draw, LongSupplier clock, Lang lang, String command) {
    this.err = err;
    this.draw = draw;
    this.clock = clock;
    this.lang = lang;
    this.command = command;
    this.start = clock.getAsLong();
    this.nextDraw = start + FIRST_DRAW_NANOS;
  }

  /** The language of the line and of the command's summary. */
  Lang lang() {
    return lang;
  }

  /** Announces that {@code total} bytes will be read. */
  void expectBytes(long total) {
    totalBytes = total;
  }

  /** Announces that {@code total} records will be written. */
  void expectRecords(long total) {
    totalRecords = total;
  }

  /** Counts {@code n} bytes read. */
  void bytes(long n) {
    bytes += n;
    maybeDraw();
  }

  /** Counts one record. */
  void record() {
    records++;
    if ((records & 0xFF) == 0) {
      maybeDraw();
    }
  }

  /** The records counted so far. */
  long records() {
    return records;
  }

  /** Erases the progress line, if one was drawn. */
  void clear() {
    if (width > 0) {
      err.print('\r' + " ".repeat(width) + '\r');
      err.flush();
      width = 0;
    }
  }

  /** Seconds since the command started, for the summary line. */
  String elapsed() {
    double seconds = (clock.getAsLong() - start) / 1e9;
    return String.format(Locale.ROOT, lang.pick("用时 %.1f 秒", "%.1f s"), seconds);
  }

  /**
   * Prints the one-line summary of the command on stderr, after erasing the progress line. {@code
   * text} may name files, so it is escaped ({@link SafeText#escape}) and a resident ID or mobile
   * number in it is masked ({@link PersonalNumbers#scrub}).
   */
  void summary(String text) {
    clear();
    err.println(
        "dangjian "
            + command
            + lang.pick("：", ": ")
            + SafeText.escape(PersonalNumbers.scrub(text))
            + lang.pick("；", "; ")
            + elapsed());
    err.flush();
  }

  private void maybeDraw() {
    if (!draw) {
      return;
    }
    long now = clock.getAsLong();
    if (now - nextDraw < 0) {
      return;
    }
    nextDraw = now + REDRAW_NANOS;
    String line = line();
    int columns = columns(line);
    err.print('\r' + line + " ".repeat(Math.max(0, width - columns)));
    err.flush();
    width = Math.max(width, columns);
  }

  /**
   * The terminal columns {@code text} takes: two for each CJK ideograph or full-width punctuation
   * mark (U+2E80 and above, enough for the Chinese of these lines), one for anything else.
   */
  static int columns(String text) {
    return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
  }

  /** The text of the progress line now. */
  String line() {
    String count = String.format(Locale.ROOT, "%,d", records);
    if (totalBytes > 0) {
      long percent = Math.min(100, bytes * 100 / totalBytes);
      return String.format(
          Locale.ROOT,
          lang.pick("读取 %d%%（%s / %s），%s 条记录", "reading %d%% (%s / %s), %s records"),
          percent,
          size(bytes),
          size(totalBytes),
          count);
    }
    if (totalRecords > 0) {
      long percent = Math.min(100, records * 100 / totalRecords);
      return String.format(
          Locale.ROOT,
          lang.pick("写入 %d%%（%s / %,d 名党员）", "writing %d%% (%s / %,d members)"),
          percent,
          count,
          totalRecords);
    }
    return lang.pick("读取 " + count + " 条记录", "reading, " + count + " records");
  }

  private static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
