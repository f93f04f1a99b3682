package org.dangjian.validation.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

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
 * dataset rules keep bounded state. The heap limit and the size come from the surefire execution
 * that runs this test (tag {@code volume}): {@code -Xmx128m} and 250,000 members in every build,
 * and {@code -Xmx256m} with 1,000,000 members under {@code -Pvolume} (see docs/BENCHMARKS.md).
 * Members come from copies of a 2,000-member generated group with rewritten ids.
 */
@Tag("volume")
class StreamingVolumeTest {

  private static final int TEMPLATE_MEMBERS = 2_000;

  @Test
  void aLargeStreamValidatesWithinTheHeapLimit() {
    int members = Integer.getInteger("dangjian.volume.members", 250_000);
    GeneratorSettings template = GeneratorSettings.proportional(1, TEMPLATE_MEMBERS).build();
    int copies = members / TEMPLATE_MEMBERS;
    ValidationRun run = DangjianValidator.defaults().newRun("stream", template.asOf());
    long[] seen = new long[1];
    DatasetGenerator.stream(
        template,
        copies,
        new RecordVisitor<Location>() {
          @Override
          public void record(RecordKind kind, Object record, Location location) {
            if (kind == RecordKind.MEMBER) {
              seen[0]++;
            }
            run.record(kind, record, location);
          }
        });
    ValidationReport report = run.finish();
    long maxHeap = Runtime.getRuntime().maxMemory();
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(
        "volume: %d member records, max heap %d MiB, in use at the end %d MiB, %s%n",
        seen[0], maxHeap >> 20, used >> 20, report.summary());
    assertThat(seen[0]).isGreaterThanOrEqualTo((long) members);
    assertThat(report.recordCounts()).containsEntry(RecordKind.MEMBER, seen[0]);
    assertThat(report.count(Severity.ERROR)).as(report.tallies().toString()).isZero();
    assertThat(report.count(Severity.WARNING)).as(report.tallies().toString()).isZero();
  }
}
