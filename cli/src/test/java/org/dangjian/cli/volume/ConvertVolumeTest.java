package org.dangjian.cli.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, bounded memory in every writer: {@code dangjian generate} writes {@code
 * dangjian.volume.members} members (1,000,000 under {@code -Pvolume}) as JSON Lines, then {@code
 * dangjian convert} turns that file into every format that holds members (JSON, JSON Lines, CSV,
 * XLSX; Markdown, HTML and Word hold bulletins only) in a JVM whose heap is limited ({@code
 * -Xmx256m} under the profile). Each conversion must end as a conversion does (exit 0 or 1, never 3
 * for out of memory) and write every member. The peak heap of each conversion is the sum of the
 * peak usage of the heap's memory pools since the conversion started ({@link
 * MemoryPoolMXBean#getPeakUsage()}, reset before it): an upper bound of the heap in use at any
 * moment, garbage included, which can exceed the heap limit since each pool peaks at its own moment
 * (the conversion's own bound is that it ends without running out of memory). The figures go to
 * {@code target/volume-convert.md} and docs/BENCHMARKS.md.
 */
@Tag("volume")
class ConvertVolumeTest {

  private static final int MEMBERS = Integer.getInteger("dangjian.volume.members", 20_000);
  private static final Pattern WROTE = Pattern.compile("wrote ([\\d,]+) records");

  @TempDir static Path dir;

  private static Path input;

  @BeforeAll
  static void generate() {
    input = dir.resolve("big.jsonl");
    Result r =
        CliRunner.run(
            "generate",
            "--members",
            Integer.toString(MEMBERS),
            "--seed",
            "12",
            "--as-of",
            "2024-01-31",
            "--lang",
            "en",
            input.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "json", "csv", "xlsx"})
  void convertsEveryMemberInBoundedHeap(String format) throws IOException {
    Path out = dir.resolve("out." + format);
    resetPeaks();
    Result r =
        CliRunner.run(
            "convert",
            input.toString(),
            out.toString(),
            "--privacy",
            "masked",
            "--as-of",
            "2024-01-31",
            "--lang",
            "en",
            "--no-progress");
    long peak = peakHeap();
    assertThat(r.exitCode()).as(r.err()).isBetween(0, 1);
    Matcher wrote = WROTE.matcher(r.err());
    assertThat(wrote.find()).as(r.err()).isTrue();
    long records = Long.parseLong(wrote.group(1).replace(",", ""));
    assertThat(records).isGreaterThanOrEqualTo(MEMBERS);
    String row =
        String.format(
            Locale.ROOT,
            "| %s | %,d | %,d | %d MiB | %d MiB | %,d KiB |%n",
            format,
            MEMBERS,
            records,
            Runtime.getRuntime().maxMemory() >> 20,
            peak >> 20,
            Files.size(out) >> 10);
    System.out.print("ConvertVolumeTest " + row);
    Files.writeString(
        Path.of("target", "volume-convert.md"),
        row,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    Files.delete(out);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  private static void resetPeaks() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }
}
