package org.dangjian.io.csv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.fuzz.FuzzOracle;
import org.dangjian.io.roster.Imports;
import org.dangjian.validation.report.InputSummary;

/**
 * Fuzzes the CSV roster reader: whatever the bytes, the import returns a report (no exception) that
 * passes the {@link FuzzOracle} (every record read was accepted or rejected, no personal number in
 * clear) and the accepted records are the ones handed on. Small limits make the limit paths
 * reachable. Regression mode replays {@code CsvReaderFuzzTestInputs/anyBytes} in every build; see
 * docs/FORMATS.md, "Fuzzing", for fuzzing mode.
 */
class CsvReaderFuzzTest {

  private static final ImportOptions OPTIONS =
      ImportOptions.builder()
          .asOf(Imports.AS_OF)
          .limits(
              ReadLimits.builder().maxFieldLength(200).maxColumns(40).maxRecordSize(2_000).build())
          .build();

  private static final DangjianImporter IMPORTER = DangjianImporter.of(OPTIONS);

  @FuzzTest(maxDuration = "30s")
  void anyBytes(byte[] data) throws Exception {
    Imports imports = new Imports();
    imports.report =
        IMPORTER.read(new ByteArrayInputStream(data), "fuzz.csv", DataFormat.CSV, imports);
    InputSummary input = FuzzOracle.check(imports.report);
    assertThat(imports.members.size() + imports.organizations.size())
        .isEqualTo((int) input.accepted());
  }
}
