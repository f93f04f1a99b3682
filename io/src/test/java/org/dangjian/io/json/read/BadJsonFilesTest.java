package org.dangjian.io.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dangjian.core.record.Location;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.json.JsonTestSupport;
import org.dangjian.io.json.JsonTestSupport.Imported;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed corpus of bad JSON and JSON Lines files ({@code bad/json}): each gives exactly the
 * issue {@code bad/expected.tsv} names, at the location it names (line and column, then the JSON
 * pointer, as the text report writes them), besides the record it rejects and references to the
 * organization the files leave out. The files hold two members of one branch, valid but for the one
 * defect. The exit column is what the command line returns: 2 for input that cannot be read as its
 * format (IO-ENCODING, IO-SYNTAX, IO-LIMIT), else 1.
 */
class BadJsonFilesTest {

  private static final Set<String> UNREADABLE = Set.of("IO-ENCODING", "IO-SYNTAX", "IO-LIMIT");

  record Expected(String file, int exit, String rule, String location) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> jsonFiles() throws IOException {
    List<Expected> rows = new ArrayList<>();
    try (InputStream in = BadJsonFilesTest.class.getResourceAsStream("/bad/expected.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      assertThat(lines[0]).isEqualTo("file\texit\trule\tlocation");
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].split("\t", -1);
        if (cells[0].startsWith("json/")) {
          rows.add(new Expected(cells[0], Integer.parseInt(cells[1]), cells[2], cells[3]));
        }
      }
    }
    assertThat(rows).hasSize(13);
    return rows.stream();
  }

  @ParameterizedTest
  @MethodSource("jsonFiles")
  void eachBadFileGivesItsIssueAtItsLocation(Expected expected) throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/bad/" + expected.file())) {
      bytes = in.readAllBytes();
    }
    DataFormat format = DataFormat.forFileName(expected.file()).orElseThrow();

    Imported imported =
        JsonTestSupport.read(bytes, format, ImportOptions.of(JsonTestSupport.AS_OF));

    List<Issue> decoding =
        imported.report().issues().stream()
            .filter(i -> i.severity() == Severity.ERROR)
            .filter(i -> !i.code().equals("IO-REJECTED") && !i.code().startsWith("REF-"))
            .toList();
    assertThat(decoding).extracting(Issue::code).containsExactly(expected.rule());
    assertThat(where(decoding.get(0).location())).isEqualTo(expected.location());
    assertThat(expected.exit()).isEqualTo(UNREADABLE.contains(expected.rule()) ? 2 : 1);
    InputSummary input = imported.report().input().orElseThrow();
    assertThat(input.read()).isEqualTo(input.accepted() + input.rejected());
    assertThat(
            imported
                .report()
                .render(org.dangjian.validation.report.ReportFormat.TEXT, java.util.Locale.ENGLISH))
        .doesNotContain("11010519800512001X")
        .doesNotContain("110105199203080025");
  }

  /** Line and column, then the JSON pointer when there is one. */
  static String where(Location location) {
    String text = "line " + location.line().getAsInt() + ":" + location.column().getAsInt();
    return location.jsonPointer().map(p -> text + " " + p).orElse(text);
  }
}
