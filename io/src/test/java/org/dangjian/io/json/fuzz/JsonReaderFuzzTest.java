package org.dangjian.io.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.io.json.JsonTestSupport.Imported;
import org.dangjian.validation.report.InputSummary;

/**
 * Fuzzes the JSON document and JSON Lines readers: whatever the bytes, the import returns a report
 * (no exception) in which every record read was accepted or rejected, and the accepted records are
 * the ones handed on. Small limits make the limit paths reachable. Regression mode replays {@code
 * JsonReaderFuzzTestInputs/document} and {@code .../jsonLines} in every build; see docs/FORMATS.md,
 * "Fuzzing", for fuzzing mode.
 */
class JsonReaderFuzzTest {

  private static final ImportOptions OPTIONS =
      ImportOptions.builder()
          .asOf(JsonTestSupport.AS_OF)
          .limits(
              ReadLimits.builder()
                  .maxNestingDepth(12)
                  .maxStringLength(200)
                  .maxNumberLength(24)
                  .maxNameLength(40)
                  .maxRecordSize(4_000)
                  .build())
          .build();

  @FuzzTest(maxDuration = "30s")
  void document(byte[] data) {
    check(JsonTestSupport.read(data, DataFormat.JSON, OPTIONS));
  }

  @FuzzTest(maxDuration = "30s")
  void jsonLines(byte[] data) {
    check(JsonTestSupport.read(data, DataFormat.JSON_LINES, OPTIONS));
  }

  private static void check(Imported imported) {
    InputSummary input = imported.report().input().orElseThrow();
    assertThat(input.read()).isEqualTo(input.accepted() + input.rejected());
    long handed =
        imported.dataset().organizations().size()
            + imported.dataset().members().size()
            + imported.dataset().activities().size()
            + imported.dataset().pairings().size();
    assertThat(handed).isEqualTo(input.accepted());
  }
}
