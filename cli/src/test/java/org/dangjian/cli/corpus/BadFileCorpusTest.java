package org.dangjian.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code dangjian validate} on every file of io's committed corpus of bad files ({@code
 * io/src/test/resources/bad}, listed in {@code expected.tsv} with the exit code, the rule code and
 * the location each must give): the exit code is the expected one, the report names the rule at the
 * location (as the English text report writes it), and stderr holds exactly the summary line, never
 * a stack trace.
 */
class BadFileCorpusTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("dangjian.badCorpus", "../io/src/test/resources/bad"));

  /** One row of expected.tsv. */
  record Expected(String file, int exit, String rule, String location) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> corpus() throws IOException {
    List<String> lines = Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("file\texit\trule\tlocation");
    List<Expected> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      rows.add(new Expected(cells[0], Integer.parseInt(cells[1]), cells[2], cells[3]));
    }
    return rows.stream();
  }

  @Test
  void theCorpusCoversEveryFileInIt() throws IOException {
    List<String> listed = corpus().map(Expected::file).toList();
    try (Stream<Path> files = Files.walk(CORPUS)) {
      List<String> present =
          files
              .filter(Files::isRegularFile)
              .map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
              .filter(p -> !p.equals("expected.tsv") && !p.startsWith("."))
              .toList();
      assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validateGivesTheExpectedExitCodeRuleAndLocation(Expected expected) {
    Path file = CORPUS.resolve(expected.file());
    Result result = CliRunner.run("validate", file.toString(), "--lang", "en");
    assertThat(result.exitCode()).as(result.out()).isEqualTo(expected.exit());
    List<String> issues =
        result.out().lines().filter(l -> l.contains(" " + expected.rule() + " ")).toList();
    assertThat(issues).as(result.out()).isNotEmpty();
    if (!expected.location().equals("-")) {
      assertThat(issues)
          .as(result.out())
          .anyMatch(
              l ->
                  l.contains(" " + expected.location() + " ")
                      || l.contains(" " + expected.location() + ":"));
    }
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("dangjian validate: ").doesNotContain("Exception");
  }
}
