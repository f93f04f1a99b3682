package org.dangjian.io.bulletin.forms.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.bulletin.text.TextImports;
import org.dangjian.io.fuzz.FuzzOracle;
import org.dangjian.validation.report.ValidationReport;

/**
 * Fuzzes the Word bulletin reader (the ZIP guard, POI's XWPF, the text layout engine) with the
 * decoders' {@link FuzzOracle}. Regression mode replays {@code DocxReaderFuzzTestInputs/anyBytes}
 * (issue 62 as the Word writer and as an office writes it, a truncated file, a file with an
 * external entity) in every build; docs/FORMATS.md, "Fuzzing", says how to fuzz.
 */
class DocxReaderFuzzTest {

  /** The codes a rejected file is explained by. */
  private static final Set<String> REASONS =
      Set.of("IO-SYNTAX", "IO-LIMIT", "IO-ENCODING", "IO-MISSING-FIELD", "IO-VALUE");

  private static final DangjianImporter IMPORTER =
      DangjianImporter.of(
          ImportOptions.builder()
              .asOf(TextImports.AS_OF)
              .limits(ReadLimits.builder().maxFieldLength(2_000).maxRecordSize(50_000).build())
              .build());

  @FuzzTest(maxDuration = "30s")
  void anyBytes(byte[] data) throws Exception {
    AtomicLong handed = new AtomicLong();
    ValidationReport report =
        IMPORTER.read(
            new ByteArrayInputStream(data),
            "fuzz.docx",
            DataFormat.forName("docx").orElseThrow(),
            new RecordHandler() {
              @Override
              public void bulletin(Bulletin bulletin, Location location) {
                handed.incrementAndGet();
              }
            });
    // a file is one bulletin, accepted or rejected
    assertThat(FuzzOracle.check(report, handed.get()).read()).isEqualTo(1);
    FuzzOracle.rejectionsExplainedBy(report, REASONS);
  }
}
