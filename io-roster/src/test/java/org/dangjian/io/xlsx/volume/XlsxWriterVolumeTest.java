package org.dangjian.io.xlsx.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The XLSX roster writer keeps bounded memory: copies of a generated 2,000-member group, all
 * organizations first and then all members (so that the members, the larger roster, go through the
 * spill file), written into a workbook with a small heap. The heap and the size come from the
 * surefire execution {@code bounded-memory} of this module: 200,000 members in {@code -Xmx96m} in
 * every build, 1,000,000 members in {@code -Xmx256m} under {@code -Pvolume}. The heap in use
 * ({@code Runtime} total minus free memory, garbage included, so an upper bound of the live data)
 * is sampled every 1,000 records; its largest sample is printed for docs/BENCHMARKS.md.
 */
@Tag("volume")
class XlsxWriterVolumeTest {

  private static final int TEMPLATE_MEMBERS = 2_000;

  /** The largest sample of the heap in use. */
  private static final long[] PEAK = new long[1];

  private static long used() {
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }

  @Test
  void writesBothRostersWithinTheHeapLimit() throws Exception {
    int members = Integer.getInteger("dangjian.volume.members", 200_000);
    GeneratorSettings template = GeneratorSettings.proportional(1, TEMPLATE_MEMBERS).build();
    int copies = members / TEMPLATE_MEMBERS;
    long[] counts = new long[RecordKind.values().length];
    CountingStream out = new CountingStream();
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.of(Privacy.MASKED)).open(out, DataFormat.XLSX)) {
      for (RecordKind kind : List.of(RecordKind.ORGANIZATION, RecordKind.MEMBER)) {
        DatasetGenerator.stream(template, copies, only(kind, writer, counts));
      }
    }
    long peak = Math.max(PEAK[0], used());
    long maxHeap = Runtime.getRuntime().maxMemory();
    System.out.printf(
        "xlsx writer volume: %d members, %d organizations, %d MiB written,"
            + " max heap %d MiB, largest sample of the heap in use %d MiB%n",
        counts[RecordKind.MEMBER.ordinal()],
        counts[RecordKind.ORGANIZATION.ordinal()],
        out.count >> 20,
        maxHeap >> 20,
        peak >> 20);
    assertThat(counts[RecordKind.MEMBER.ordinal()]).isGreaterThanOrEqualTo(members);
    assertThat(counts[RecordKind.ORGANIZATION.ordinal()]).isPositive();
    assertThat(out.closed).isTrue();
  }

  /** A sink that passes on the records of one kind. */
  private static RecordVisitor<Location> only(RecordKind kind, RecordWriter writer, long[] counts) {
    return new RecordVisitor<Location>() {
      @Override
      public void record(RecordKind of, Object record, Location location) {
        if (of == kind) {
          try {
            writer.write(record);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (++counts[of.ordinal()] % 1_000 == 0) {
            PEAK[0] = Math.max(PEAK[0], used());
          }
        }
      }
    };
  }

  /** Counts the bytes of the workbook and drops them. */
  private static final class CountingStream extends OutputStream {
    long count;
    boolean closed;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
