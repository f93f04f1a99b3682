package org.dangjian.io.xls.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.roster.Imports;
import org.dangjian.validation.report.InputSummary;

/**
 * Fuzzes the XLS roster reader (OLE2 container, record-stream guard and POI's HSSF event reader):
 * whatever the bytes, the import returns a report (no exception) in which every record read was
 * accepted or rejected. Small limits keep each input cheap. Regression mode replays {@code
 * XlsReaderFuzzTestInputs/anyBytes} (the hostile files of {@code bad/xls} and a valid roster) in
 * every build; see docs/FORMATS.md, "Fuzzing", for fuzzing mode.
 */
class XlsReaderFuzzTest {

  private static final ImportOptions OPTIONS =
      ImportOptions.builder()
          .asOf(Imports.AS_OF)
          .limits(
              ReadLimits.builder()
                  .maxEntryBytes(4L << 20)
                  .maxSheetRows(1_000)
                  .maxSharedStrings(10_000)
                  .maxSharedStringCharacters(1_000_000)
                  .build())
          .build();

  @FuzzTest(maxDuration = "30s")
  void anyBytes(byte[] data) throws Exception {
    Imports imports = Imports.read(data, DataFormat.XLS, OPTIONS);
    InputSummary input = imports.report.input().orElseThrow();
    assertThat(input.read()).isEqualTo(input.accepted() + input.rejected());
  }
}
