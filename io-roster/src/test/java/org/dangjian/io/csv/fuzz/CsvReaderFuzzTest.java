package org.dangjian.io.csv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.roster.Imports;
import org.dangjian.validation.report.InputSummary;

/**
 * Fuzzes the CSV roster reader: whatever the bytes, the import returns a report (no exception) in
 * which every record read was accepted or rejected. Small limits make the limit paths reachable.
 * Regression mode replays {@code CsvReaderFuzzTestInputs/anyBytes} in every build; see
 * docs/FORMATS.md, "Fuzzing", for fuzzing mode.
 */
class CsvReaderFuzzTest {

  private static final ImportOptions OPTIONS =
      ImportOptions.builder()
          .asOf(Imports.AS_OF)
          .limits(
              ReadLimits.builder().maxFieldLength(200).maxColumns(40).maxRecordSize(2_000).build())
          .build();

  @FuzzTest(maxDuration = "30s")
  void anyBytes(byte[] data) throws Exception {
    Imports imports = Imports.read(data, DataFormat.CSV, OPTIONS);
    InputSummary input = imports.report.input().orElseThrow();
    assertThat(input.read()).isEqualTo(input.accepted() + input.rejected());
    assertThat(imports.members.size() + imports.organizations.size())
        .isEqualTo((int) input.accepted());
  }
}
