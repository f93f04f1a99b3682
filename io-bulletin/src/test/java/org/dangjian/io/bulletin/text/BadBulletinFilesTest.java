package org.dangjian.io.bulletin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dangjian.core.record.Location;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.rule.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed corpus of bad bulletin texts ({@code bad/bulletin}): each gives exactly the one
 * issue {@code bad/expected.tsv} names (IO-REJECTED aside), at the line and column it names. The
 * exit column is what the command line returns: 2 for input that cannot be read as its format, 1
 * for another ERROR, 0 when the only issue is a warning (IO-UNPLACED).
 */
class BadBulletinFilesTest {

  private static final Set<String> UNREADABLE = Set.of("IO-ENCODING", "IO-SYNTAX", "IO-LIMIT");

  record Expected(String file, int exit, String rule, String location) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> bulletinFiles() throws IOException {
    List<Expected> rows = new ArrayList<>();
    try (InputStream in = BadBulletinFilesTest.class.getResourceAsStream("/bad/expected.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      assertThat(lines[0]).isEqualTo("file\texit\trule\tlocation");
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].split("\t", -1);
        if (cells[0].startsWith("bulletin/")) {
          rows.add(new Expected(cells[0], Integer.parseInt(cells[1]), cells[2], cells[3]));
        }
      }
    }
    assertThat(rows).hasSize(6);
    return rows.stream();
  }

  @ParameterizedTest
  @MethodSource("bulletinFiles")
  void eachBadFileGivesItsIssueAtItsLocation(Expected expected) {
    TextImports imports = TextImports.resource("/bad/" + expected.file());

    List<Issue> issues =
        imports.report.issues().stream().filter(i -> !i.code().equals("IO-REJECTED")).toList();
    assertThat(issues).extracting(Issue::code).containsExactly(expected.rule());
    assertThat(where(issues.get(0).location())).isEqualTo(expected.location());
    boolean error = issues.get(0).severity() == Severity.ERROR;
    assertThat(expected.exit()).isEqualTo(UNREADABLE.contains(expected.rule()) ? 2 : error ? 1 : 0);
    InputSummary input = imports.input();
    assertThat(input.read()).isEqualTo(1);
    assertThat(input.read()).isEqualTo(input.accepted() + input.rejected());
    boolean rejected =
        expected.rule().equals("IO-ENCODING") || expected.rule().equals("IO-MISSING-FIELD");
    assertThat(input.rejected()).isEqualTo(rejected ? 1 : 0);
    assertThat(imports.bulletins).hasSize(rejected ? 0 : 1);
  }

  /** Line, then the column when there is one, as the text report writes them. */
  static String where(Location location) {
    String text = "line " + location.line().getAsInt();
    return location.column().isPresent() ? text + ":" + location.column().getAsInt() : text;
  }
}
