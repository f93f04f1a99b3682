package org.dangjian.io.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.ImmutableDataset;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.fuzz.FuzzOracle;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.ValidationReport;

/**
 * Fuzzes the JSON document and JSON Lines readers: whatever the bytes, the import returns a report
 * (no exception) that passes the {@link FuzzOracle} (every record read was accepted or rejected, no
 * personal number in clear), and the accepted records are the ones handed on. Small limits make the
 * limit paths reachable. Regression mode replays {@code JsonReaderFuzzTestInputs/document} and
 * {@code .../jsonLines} in every build; see docs/FORMATS.md, "Fuzzing", for fuzzing mode.
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

  private static final DangjianImporter IMPORTER = DangjianImporter.of(OPTIONS);

  @FuzzTest(maxDuration = "30s")
  void document(byte[] data) throws IOException {
    check(data, DataFormat.JSON);
  }

  @FuzzTest(maxDuration = "30s")
  void jsonLines(byte[] data) throws IOException {
    check(data, DataFormat.JSON_LINES);
  }

  private static void check(byte[] data, DataFormat format) throws IOException {
    ImmutableDataset.Builder builder = Dataset.builder();
    ValidationReport report =
        IMPORTER.read(new ByteArrayInputStream(data), "fuzz", format, RecordHandler.into(builder));
    InputSummary input = FuzzOracle.check(report);
    Dataset dataset = builder.build();
    long handed =
        dataset.organizations().size()
            + dataset.members().size()
            + dataset.activities().size()
            + dataset.pairings().size();
    assertThat(handed).isEqualTo(input.accepted());
  }
}
