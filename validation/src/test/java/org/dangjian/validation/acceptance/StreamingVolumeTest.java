package org.dangjian.validation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordVisitor;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.ValidationReport;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Streams a large generated dataset through one validation run with a small heap, proving that the
 * dataset rules keep bounded state: the records are made one copy of the template at a time and
 * handed on at once, never held. The heap limit and the size come from the surefire execution that
 * runs this test (tag {@code volume}): {@code -Xmx128m} and 250,000 members in every build, and
 * {@code -Xmx512m} with 10,000,000 members under {@code -Pvolume} (issue 16; other sizes with
 * {@code -Dvolume.members=N -Dvolume.heap=SIZE}, see docs/BENCHMARKS.md). Members come from copies
 * of a 2,000-member generated group with rewritten ids; the report must count every record of every
 * kind that was streamed and hold no issue at all (the template is valid).
 */
@Tag("volume")
class StreamingVolumeTest {

  private static final int TEMPLATE_MEMBERS = 2_000;

  /** Members between two progress lines (a ten-million-member run takes long on a busy machine). */
  private static final long PROGRESS = 1_000_000;

  @Test
  void aLargeStreamValidatesWithinTheHeapLimit() {
    int members = Integer.getInteger("dangjian.volume.members", 250_000);
    GeneratorSettings template = GeneratorSettings.proportional(1, TEMPLATE_MEMBERS).build();
    int copies = Math.max(1, members / TEMPLATE_MEMBERS);
    ValidationRun run = DangjianValidator.defaults().newRun("stream", template.asOf());
    Map<RecordKind, Long> seen = new EnumMap<>(RecordKind.class);
    DatasetGenerator.stream(
        template,
        copies,
        new RecordVisitor<Location>() {
          @Override
          public void record(RecordKind kind, Object record, Location location) {
            long count = seen.merge(kind, 1L, Long::sum);
            if (kind == RecordKind.MEMBER && count % PROGRESS == 0) {
              System.out.printf("volume: %,d members streamed%n", count);
            }
            run.record(kind, record, location);
          }
        });
    ValidationReport report = run.finish();
    long maxHeap = Runtime.getRuntime().maxMemory();
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(
        "volume: %s records, max heap %d MiB, in use at the end %d MiB, %s%n",
        seen, maxHeap >> 20, used >> 20, report.summary());
    assertThat(seen.get(RecordKind.MEMBER)).isGreaterThanOrEqualTo((long) members);
    assertThat(report.recordCounts()).isEqualTo(seen);
    assertThat(report.count(Severity.ERROR)).as(report.tallies().toString()).isZero();
    assertThat(report.count(Severity.WARNING)).as(report.tallies().toString()).isZero();
    assertThat(report.issues()).as(report.tallies().toString()).isEmpty();
  }
}
