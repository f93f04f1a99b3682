package org.dangjian.io.xlsx.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.roster.Imports;
import org.dangjian.validation.report.InputSummary;

/**
 * Fuzzes the XLSX roster reader (guard and fastexcel-reader): whatever the bytes, the import
 * returns a report (no exception) in which every record read was accepted or rejected. Small limits
 * keep each input cheap. Regression mode replays {@code XlsxReaderFuzzTestInputs/anyBytes} in every
 * build; see docs/FORMATS.md, "Fuzzing", for fuzzing mode.
 */
class XlsxReaderFuzzTest {

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
    Imports imports = Imports.read(data, DataFormat.XLSX, OPTIONS);
    InputSummary input = imports.report.input().orElseThrow();
    assertThat(input.read()).isEqualTo(input.accepted() + input.rejected());
  }
}
