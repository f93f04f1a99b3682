package org.dangjian.io.xls.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.fuzz.FuzzOracle;
import org.dangjian.io.roster.Imports;

/**
 * Fuzzes the XLS roster reader (OLE2 container, record-stream guard and POI's HSSF event reader):
 * whatever the bytes, the import returns a report (no exception) that passes the {@link FuzzOracle}
 * (every record read accepted or rejected and the accepted ones handed on, rejections explained, no
 * personal number in clear). Small limits keep each input cheap. Regression mode replays {@code
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
    FuzzOracle.check(imports.report, imports.members.size() + imports.organizations.size());
  }
}
