package org.dangjian.io.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImmutableImportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.io.json.JsonTestSupport.Imported;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSON Lines decoded on several threads ({@link ImportOptions#decodingThreads()}) gives the import
 * of one thread: the same report, issue for issue with lines, columns, pointers and record indexes,
 * and the same records in the same order, over a generated file of several chunks, the same file
 * with a defect every few lines of every kind the reader reports, a strict import, a line over the
 * size limit, and the committed corpus of bad files.
 */
class ParallelDecodingTest {

  private static final int[] THREADS = {2, 4};

  private static ImportOptions options(int threads) {
    return ImportOptions.builder().asOf(JsonTestSupport.AS_OF).decodingThreads(threads).build();
  }

  private static void assertSameForEveryThreadCount(byte[] bytes, ImmutableImportOptions base) {
    Imported one = JsonTestSupport.read(bytes, DataFormat.JSON_LINES, base.withDecodingThreads(1));
    for (int threads : THREADS) {
      Imported many =
          JsonTestSupport.read(bytes, DataFormat.JSON_LINES, base.withDecodingThreads(threads));
      assertThat(many.report().render(ReportFormat.JSON, Locale.ROOT))
          .as("report with %d threads", threads)
          .isEqualTo(one.report().render(ReportFormat.JSON, Locale.ROOT));
      assertThat(many.report()).isEqualTo(one.report());
      assertThat(many.dataset()).as("records with %d threads", threads).isEqualTo(one.dataset());
    }
  }

  private static ImmutableImportOptions base() {
    return ImportOptions.builder().asOf(JsonTestSupport.AS_OF).build();
  }

  @Test
  void generatedFileOfManyChunksGivesTheSameRecordsAndReport() {
    byte[] bytes = JsonTestSupport.export(DataFormat.JSON_LINES, Privacy.FULL);
    assertThat(lines(bytes)).hasSizeGreaterThan(4 * 512);
    Imported one = JsonTestSupport.read(bytes, DataFormat.JSON_LINES, options(1));
    assertThat(one.report().input().orElseThrow().accepted()).isGreaterThan(2048);
    assertThat(one.dataset().members()).isNotEmpty();
    assertSameForEveryThreadCount(bytes, base());
  }

  @Test
  void brokenLinesGiveTheSameIssuesAtTheSameLocations() {
    byte[] broken = broken(JsonTestSupport.export(DataFormat.JSON_LINES, Privacy.FULL));
    Imported one = JsonTestSupport.read(broken, DataFormat.JSON_LINES, options(1));
    List<String> codes = one.report().issues().stream().map(Issue::code).distinct().toList();
    assertThat(codes)
        .contains(
            "IO-SYNTAX",
            "IO-ENCODING",
            "IO-UNKNOWN-FIELD",
            "IO-VALUE",
            "IO-MISSING-FIELD",
            "IO-REJECTED");
    assertThat(codes).anyMatch(code -> code.startsWith("ID-"));
    // Issues far into the file carry record indexes counted over every chunk before them.
    assertThat(one.report().issues())
        .anySatisfy(
            issue -> assertThat(issue.location().recordIndex().orElse(0)).isGreaterThan(1000));
    assertSameForEveryThreadCount(broken, base());
  }

  @Test
  void strictImportStopsAtTheSameLine() {
    byte[] broken = broken(JsonTestSupport.export(DataFormat.JSON_LINES, Privacy.FULL));
    Imported one = JsonTestSupport.read(broken, DataFormat.JSON_LINES, base().withStrict(true));
    assertThat(one.report().input().orElseThrow().stoppedEarly()).isTrue();
    assertSameForEveryThreadCount(broken, base().withStrict(true));
  }

  @Test
  void lineOverTheSizeLimitEndsTheReadingAtTheSameLine() {
    String text = new String(JsonTestSupport.export(DataFormat.JSON_LINES, Privacy.FULL), UTF8);
    String[] lines = text.split("\n", -1);
    StringBuilder huge = new StringBuilder(lines[1500]);
    huge.insert(huge.length() - 1, ",\"padding\":\"" + "x".repeat(40_000) + "\"");
    lines[1500] = huge.toString();
    byte[] bytes = String.join("\n", lines).getBytes(UTF8);
    ReadLimits limits = ReadLimits.builder().maxRecordSize(30_000).build();
    Imported one = JsonTestSupport.read(bytes, DataFormat.JSON_LINES, options(1));
    assertThat(one.report().issuesOf("IO-LIMIT")).isEmpty();
    Imported limited =
        JsonTestSupport.read(bytes, DataFormat.JSON_LINES, base().withLimits(limits));
    assertThat(limited.report().issuesOf("IO-LIMIT"))
        .singleElement()
        .satisfies(issue -> assertThat(issue.location().line()).hasValue(1501));
    assertSameForEveryThreadCount(bytes, base().withLimits(limits));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "malformed-line.jsonl",
        "missing-header.jsonl",
        "unknown-kind.jsonl",
        "wrong-encoding.json",
        "bad-date.json",
        "bad-id-number.json",
        "unknown-field.json"
      })
  void committedBadFilesGiveTheSameReport(String file) throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/bad/json/" + file)) {
      bytes = in.readAllBytes();
    }
    assertSameForEveryThreadCount(bytes, base());
  }

  @Test
  void fewerThanOneThreadIsRefused() {
    assertThatThrownBy(() -> options(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decodingThreads");
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static List<String> lines(byte[] bytes) {
    return Stream.of(new String(bytes, UTF8).split("\n")).toList();
  }

  /**
   * The file with one defect every 37 lines after the header, in turn: a line cut short, bytes that
   * are not UTF-8, an unknown field, a date that does not exist, a number where text belongs, a
   * missing record, an invalid resident ID number, a blank line, and an unknown kind.
   */
  private static byte[] broken(byte[] exported) {
    String[] lines = new String(exported, UTF8).split("\n", -1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int defect = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      byte[] bytes = line.getBytes(UTF8);
      if (i > 0 && i % 37 == 0 && !line.isEmpty()) {
        switch (defect++ % 9) {
          case 0 -> bytes = line.substring(0, line.length() / 2).getBytes(UTF8);
          case 1 -> {
            bytes = bytes.clone();
            bytes[bytes.length / 2] = (byte) 0xC3;
            bytes[bytes.length / 2 + 1] = (byte) 0x28;
          }
          case 2 -> bytes = line.replaceFirst("\\{\"id\":", "{\"oops\":1,\"id\":").getBytes(UTF8);
          case 3 ->
              bytes =
                  line.replaceFirst("\"(\\d{4})-\\d\\d-\\d\\d\"", "\"$1-02-30\"").getBytes(UTF8);
          case 4 -> bytes = line.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":12").getBytes(UTF8);
          case 5 -> bytes = line.replaceFirst(",\"record\":", ",\"recording\":").getBytes(UTF8);
          case 6 ->
              bytes =
                  line.replaceFirst("\"idNumber\":\"\\d{17}", "\"idNumber\":\"12345")
                      .getBytes(UTF8);
          case 7 -> bytes = "   ".getBytes(UTF8);
          default ->
              bytes = line.replaceFirst("\"kind\":\"\\w+\"", "\"kind\":\"robot\"").getBytes(UTF8);
        }
      }
      out.write(bytes, 0, bytes.length);
      if (i < lines.length - 1) {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }
}
