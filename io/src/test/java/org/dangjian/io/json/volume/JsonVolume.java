package org.dangjian.io.json.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.dangjian.core.member.Member;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.RecordWriter;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;

/**
 * Streams a large generated dataset through the JSON writer into the JSON reader and validation
 * with a small heap, proving that a form is read record by record and never as a whole. The heap
 * and the size come from the surefire execution that runs the volume tests (tag {@code volume}),
 * one JVM per test class: {@code -Xmx128m} and 100,000 members in every build, {@code -Xmx256m} and
 * 1,000,000 members under {@code -Pvolume}. A writer thread generates copies of a 2,000-member
 * group (a document takes its records grouped by kind, so the generator runs once per kind) and
 * writes them into a pipe that the import reads.
 */
final class JsonVolume {

  private static final int TEMPLATE_MEMBERS = 2_000;

  private JsonVolume() {}

  /** Streams the generated members through {@code format} and checks the report. */
  static void validatesWithinTheHeapLimit(DataFormat format) throws Exception {
    int members = Integer.getInteger("dangjian.volume.members", 100_000);
    GeneratorSettings template = GeneratorSettings.proportional(1, TEMPLATE_MEMBERS).build();
    int copies = members / TEMPLATE_MEMBERS;
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread writer =
        new Thread(
            () -> {
              try (RecordWriter records =
                  DangjianExporter.of(ExportOptions.of(Privacy.FULL)).open(out, format)) {
                for (RecordKind kind :
                    List.of(RecordKind.ORGANIZATION, RecordKind.MEMBER, RecordKind.ACTIVITY)) {
                  DatasetGenerator.stream(template, copies, only(kind, records));
                }
              } catch (IOException | RuntimeException e) {
                failure.set(e);
              }
            },
            "json-volume-writer");
    writer.start();
    long[] seen = new long[1];
    ValidationReport report =
        DangjianImporter.of(ImportOptions.of(template.asOf()))
            .read(
                in,
                "volume." + format.extensions().get(0),
                format,
                new RecordHandler() {
                  @Override
                  public void member(Member member, org.dangjian.core.record.Location at) {
                    seen[0]++;
                  }
                });
    writer.join();
    long maxHeap = Runtime.getRuntime().maxMemory();
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(
        "json volume (%s): %d member records, max heap %d MiB, in use at the end %d MiB, %s%n",
        format, seen[0], maxHeap >> 20, used >> 20, report.summary());
    assertThat(failure.get()).isNull();
    assertThat(seen[0]).isGreaterThanOrEqualTo((long) members);
    assertThat(report.recordCounts()).containsEntry(RecordKind.MEMBER, seen[0]);
    assertThat(report.input().get().rejected()).isZero();
    assertThat(report.count(Severity.ERROR)).as(report.tallies().toString()).isZero();
    assertThat(report.count(Severity.WARNING)).as(report.tallies().toString()).isZero();
  }

  /** A sink that passes on the records of one kind. */
  private static RecordVisitor<Location> only(RecordKind kind, RecordWriter records) {
    return new RecordVisitor<Location>() {
      @Override
      public void record(RecordKind of, Object record, Location location) {
        if (of == kind) {
          write(() -> records.write(record));
        }
      }
    };
  }

  private interface Write {
    void run() throws IOException;
  }

  private static void write(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
