package org.dangjian.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The progress line: drawn only when enabled, not in the first half second, at most once per 200
 * ms, erased before the summary; the summary is one line with the elapsed time. A hand-moved clock
 * stands in for time.
 */
class ProgressTest {

  private static final long MS = 1_000_000L;

  private final StringWriter text = new StringWriter();
  private long now = 1_000 * MS;

  private Progress progress(boolean draw, Lang lang) {
    return new Progress(new PrintWriter(text), draw, () -> now, lang, "validate");
  }

  @Test
  void nothingIsDrawnInTheFirstHalfSecond() {
    Progress progress = progress(true, Lang.EN);
    progress.expectBytes(1000);
    now += 499 * MS;
    progress.bytes(100);
    assertThat(text.toString()).isEmpty();
  }

  @Test
  void bytesOfTheFileSizeWithTheRecordsSoFar() {
    Progress progress = progress(true, Lang.EN);
    progress.expectBytes(4L * 1024 * 1024);
    for (int i = 0; i < 300; i++) {
      progress.record();
    }
    now += 500 * MS;
    progress.bytes(1024 * 1024);
    assertThat(text.toString()).isEqualTo("\rreading 25% (1.0 MB / 4.0 MB), 300 records");
  }

  @Test
  void redrawnAtMostFiveTimesASecond() {
    Progress progress = progress(true, Lang.ZH);
    progress.expectBytes(1000);
    now += 500 * MS;
    progress.bytes(100);
    now += 199 * MS;
    progress.bytes(100);
    now += MS;
    progress.bytes(100);
    assertThat(text.toString())
        .isEqualTo("\r读取 10%（0.1 KB / 1.0 KB），0 条记录" + "\r读取 30%（0.3 KB / 1.0 KB），0 条记录");
  }

  @Test
  void recordsAreCheckedEvery256() {
    Progress progress = progress(true, Lang.EN);
    now += 600 * MS;
    for (int i = 0; i < 255; i++) {
      progress.record();
    }
    assertThat(text.toString()).isEmpty();
    progress.record();
    assertThat(text.toString()).isEqualTo("\rreading, 256 records");
  }

  @Test
  void generationShowsMembersOfTheTotal() {
    Progress progress = progress(true, Lang.EN);
    progress.expectRecords(1_000_000);
    now += 600 * MS;
    for (int i = 0; i < 512; i++) {
      progress.record();
    }
    assertThat(text.toString()).isEqualTo("\rwriting 0% (256 / 1,000,000 members)");
  }

  @Test
  void disabledDrawsNothingButTheSummary() {
    Progress progress = progress(false, Lang.EN);
    progress.expectBytes(10);
    now += 2_000 * MS;
    progress.bytes(10);
    progress.summary("3 records read");
    assertThat(text.toString()).isEqualTo("dangjian validate: 3 records read; 2.0 s\n");
  }

  @Test
  void chineseTakesTwoColumns() {
    assertThat(Progress.columns("读取 50%（1.0 KB）")).isEqualTo(2 * 2 + 4 + 2 + 6 + 2);
  }

  @Test
  void theSummaryErasesTheProgressLineFirst() {
    Progress progress = progress(true, Lang.ZH);
    progress.expectBytes(10);
    now += 1_250 * MS;
    progress.bytes(5);
    progress.summary("读取 3 条记录");
    String line = "\r读取 50%（0.0 KB / 0.0 KB），0 条记录";
    assertThat(text.toString())
        .isEqualTo(
            line
                + "\r"
                + " ".repeat(Progress.columns(line) - 1)
                + "\r"
                + "dangjian validate：读取 3 条记录；用时 1.3 秒\n");
  }
}
