package org.dangjian.io.bulletin.news.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.dangjian.core.bulletin.NewsReport;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.bulletin.NewsReading;
import org.dangjian.io.bulletin.NewsReportReader;
import org.dangjian.io.bulletin.NewsReportReader.Form;
import org.dangjian.io.fuzz.FuzzOracle;

/**
 * Fuzzes the news report reader: the first byte picks the form ({@code H} HTML, {@code M} Markdown,
 * anything else plain text), the rest is the page. Whatever the bytes, the reader returns (no
 * exception) with only the declared reading problems, every report found is built or rejected and
 * the built ones are handed back, every report has a headline and a publication, every figure a
 * label and a sentence found in the report's paragraphs, and no message or value shows a resident
 * ID or mobile number in clear. Small limits make the limit paths reachable. Regression mode
 * replays {@code NewsReportReaderFuzzTestInputs/anyPage} (the news corpus in its three forms,
 * chrome-only, problem and hostile pages) in every build.
 */
class NewsReportReaderFuzzTest {

  private static final Set<String> DECLARED =
      Set.of("IO-UNPLACED", "IO-MISSING-FIELD", "IO-REJECTED", "IO-LIMIT", "IO-ENCODING");

  private static final NewsReportReader READER =
      NewsReportReader.of(
          ImportOptions.builder()
              .asOf(LocalDate.of(2024, 1, 31))
              .limits(ReadLimits.builder().maxFieldLength(600).maxRecordSize(12_000).build())
              .build());

  @FuzzTest(maxDuration = "30s")
  void anyPage(byte[] data) throws Exception {
    Form form = Form.TEXT;
    if (data.length > 0 && data[0] == 'H') {
      form = Form.HTML;
    } else if (data.length > 0 && data[0] == 'M') {
      form = Form.MARKDOWN;
    }
    byte[] page = data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length);
    NewsReading reading = READER.read(new ByteArrayInputStream(page), "fuzz", form);

    FuzzOracle.check(reading.report(), reading.reports().size());
    FuzzOracle.onlyDeclaredCodes(reading.report(), DECLARED);
    for (NewsReport report : reading.reports()) {
      assertThat(report.headline()).isNotBlank();
      assertThat(report.publication()).isNotBlank();
      for (StatedFigure figure : report.figures()) {
        assertThat(figure.label()).isNotBlank();
        String sentence = figure.sentence().orElseThrow();
        assertThat(report.paragraphs()).anyMatch(p -> p.contains(sentence));
      }
    }
  }
}
