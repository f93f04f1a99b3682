package org.dangjian.io.bulletin.forms.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.bulletin.text.TextImports;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;

/**
 * The oracle of the PDF and Word fuzz tests: whatever the bytes, the import returns a report (no
 * exception escapes), the one bulletin a file holds is accepted or rejected, the bulletins handed
 * on are the accepted ones, a rejection is explained by an issue of a declared input code, and no
 * message shows a resident ID or mobile number in clear.
 */
final class FuzzOracle {

  /** The codes a rejected PDF or Word file may be explained by. */
  private static final Set<String> REASONS =
      Set.of("IO-SYNTAX", "IO-LIMIT", "IO-ENCODING", "IO-MISSING-FIELD", "IO-VALUE");

  private static final ImportOptions OPTIONS =
      ImportOptions.builder()
          .asOf(TextImports.AS_OF)
          .limits(ReadLimits.builder().maxFieldLength(2_000).maxRecordSize(50_000).build())
          .build();

  private FuzzOracle() {}

  static void check(byte[] data, String format) throws Exception {
    List<Bulletin> bulletins = new ArrayList<>();
    RecordHandler handler =
        new RecordHandler() {
          @Override
          public void bulletin(Bulletin bulletin, Location location) {
            bulletins.add(bulletin);
          }
        };
    ValidationReport report =
        DangjianImporter.of(OPTIONS)
            .read(
                new ByteArrayInputStream(data),
                "fuzz." + format,
                DataFormat.forName(format).orElseThrow(),
                handler);
    InputSummary input = report.input().orElseThrow();
    assertThat(input.read()).isEqualTo(1);
    assertThat(input.read()).isEqualTo(input.accepted() + input.rejected());
    assertThat(bulletins).hasSize((int) input.accepted());
    List<String> codes = report.issues().stream().map(i -> i.rule().code()).toList();
    if (input.rejected() > 0) {
      assertThat(codes).contains("IO-REJECTED").containsAnyElementsOf(REASONS);
    }
    for (Issue issue : report.issues()) {
      assertThat(PersonalNumbers.containsPersonalNumber(issue.message(Locale.ROOT)))
          .as("a personal number in clear in %s", issue.rule().code())
          .isFalse();
    }
  }
}
