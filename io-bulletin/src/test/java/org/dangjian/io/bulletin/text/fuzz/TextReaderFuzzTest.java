package org.dangjian.io.bulletin.text.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.bulletin.text.TextImports;
import org.dangjian.validation.report.InputSummary;

/**
 * Fuzzes the plain-text bulletin reader: whatever the bytes, the import returns a report (no
 * exception), the one bulletin a file holds is accepted or rejected (read = accepted + rejected, at
 * most one), and the bulletins handed on are the accepted ones. Small limits make the limit paths
 * reachable. Regression mode replays {@code TextReaderFuzzTestInputs/anyBytes} (the sample, the bad
 * bulletin corpus and odd structures) in every build; see docs/bulletin-text.md.
 */
class TextReaderFuzzTest {

  private static final ImportOptions OPTIONS =
      ImportOptions.builder()
          .asOf(TextImports.AS_OF)
          .limits(ReadLimits.builder().maxFieldLength(400).maxRecordSize(20_000).build())
          .build();

  @FuzzTest(maxDuration = "30s")
  void anyBytes(byte[] data) {
    TextImports imports = TextImports.read(data, OPTIONS);
    InputSummary input = imports.input();
    assertThat(input.read()).isEqualTo(input.accepted() + input.rejected());
    assertThat(input.read()).isEqualTo(1);
    assertThat(imports.bulletins.size()).isEqualTo((int) input.accepted());
  }
}
