package org.dangjian.io.bulletin.markdown.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.fuzz.FuzzOracle;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.ValidationReport;

/**
 * Fuzzes the Markdown bulletin reader: whatever the bytes, the import returns a report (no
 * exception) that passes the {@link FuzzOracle} (every bulletin read was accepted or rejected, no
 * personal number in clear), and the accepted bulletins are the ones handed on. Small limits make
 * the limit paths reachable. Regression mode replays {@code MarkdownReaderFuzzTestInputs/anyBytes}
 * (the golden issue 62, the bad files, nasty round-trip output and odd CommonMark structures) in
 * every build; see docs/FORMATS.md, "Fuzzing", for fuzzing mode ({@code
 * -Dtest=MarkdownReaderFuzzTest}).
 */
class MarkdownReaderFuzzTest {

  private static final ImportOptions OPTIONS =
      ImportOptions.builder()
          .asOf(LocalDate.of(2024, 2, 29))
          .limits(ReadLimits.builder().maxRecordSize(4_000).maxNumberLength(24).build())
          .build();

  private static final DangjianImporter IMPORTER = DangjianImporter.of(OPTIONS);

  @FuzzTest(maxDuration = "30s")
  void anyBytes(byte[] data) throws Exception {
    AtomicLong handed = new AtomicLong();
    ValidationReport report =
        IMPORTER.read(
            new ByteArrayInputStream(data),
            "fuzz.md",
            DataFormat.MARKDOWN,
            new RecordHandler() {
              @Override
              public void bulletin(Bulletin bulletin, Location location) {
                handed.incrementAndGet();
              }
            });
    InputSummary input = FuzzOracle.check(report);
    assertThat(handed.get()).isEqualTo(input.accepted());
  }
}
