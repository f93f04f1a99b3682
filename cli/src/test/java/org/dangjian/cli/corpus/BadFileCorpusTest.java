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
 * {@code dangjian validate} on every file of the committed corpora of bad files of the io modules
 * ({@code src/test/resources/bad} of io, io-roster and io-bulletin, each listed in its {@code
 * expected.tsv} with the exit code, the rule code and the location each must give): the exit code
 * is the expected one, the report names the rule at the location (as the English text report writes
 * it), and stderr holds exactly the summary line, never a stack trace.
 */
class BadFileCorpusTest {

  /** One row of an expected.tsv, with the corpus it belongs to. */
  record Expected(Path corpus, String file, int exit, String rule, String location) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> corpus() throws IOException {
    List<Expected> rows = new ArrayList<>();
    for (Path corpus : BadCorpora.directories()) {
      List<String> lines =
          Files.readAllLines(corpus.resolve("expected.tsv"), StandardCharsets.UTF_8);
      assertThat(lines.get(0)).isEqualTo("file\texit\trule\tlocation");
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        rows.add(new Expected(corpus, cells[0], Integer.parseInt(cells[1]), cells[2], cells[3]));
      }
    }
    return rows.stream();
  }

  @Test
  void theCorporaCoverEveryFileInThem() throws IOException {
    List<String> listed = corpus().map(e -> e.corpus().resolve(e.file()).toString()).toList();
    List<String> present = new ArrayList<>();
    for (Path corpus : BadCorpora.directories()) {
      try (Stream<Path> files = Files.walk(corpus)) {
        files
            .filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().equals("expected.tsv"))
            .filter(p -> !corpus.relativize(p).toString().startsWith("."))
            .forEach(p -> present.add(p.toString()));
      }
    }
    assertThat(listed).isNotEmpty().containsExactlyInAnyOrderElementsOf(present);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validateGivesTheExpectedExitCodeRuleAndLocation(Expected expected) {
    Path file = expected.corpus().resolve(expected.file());
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
