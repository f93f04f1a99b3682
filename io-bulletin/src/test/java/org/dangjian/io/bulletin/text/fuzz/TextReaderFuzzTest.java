package org.dangjian.io.bulletin.text.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.bulletin.text.TextImports;
import org.dangjian.io.fuzz.FuzzOracle;
import org.dangjian.validation.report.InputSummary;

/**
 * Fuzzes the plain-text bulletin reader: whatever the bytes, the import returns a report (no
 * exception) that passes the {@link FuzzOracle} (read = accepted + rejected, no personal number in
 * clear), the one bulletin a file holds is accepted or rejected (at most one), and the bulletins
 * handed on are the accepted ones. Small limits make the limit paths reachable. Regression mode
 * replays {@code TextReaderFuzzTestInputs/anyBytes} (the sample, the bad bulletin corpus and odd
 * structures) in every build; see docs/bulletin-text.md.
 */
class TextReaderFuzzTest {

  private static final ImportOptions OPTIONS =
      ImportOptions.builder()
          .asOf(TextImports.AS_OF)
          .limits(ReadLimits.builder().maxFieldLength(400).maxRecordSize(20_000).build())
          .build();

  private static final DangjianImporter IMPORTER = DangjianImporter.of(OPTIONS);

  @FuzzTest(maxDuration = "30s")
  void anyBytes(byte[] data) throws IOException {
    TextImports imports = new TextImports();
    imports.report =
        IMPORTER.read(new ByteArrayInputStream(data), "fuzz.txt", DataFormat.TEXT, imports);
    InputSummary input = FuzzOracle.check(imports.report);
    assertThat(input.read()).isEqualTo(1);
    assertThat(imports.bulletins.size()).isEqualTo((int) input.accepted());
  }
}
