package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values from the input reach stdout and stderr escaped: a member id that holds ESC sequences and a
 * line feed cannot clear the terminal or forge a line of the output, and a right-to-left override
 * cannot reorder it.
 */
class ControlCharactersTest {

  private static final String ESC = "\u001b";
  private static final String RLO = "\u202E";

  @TempDir Path dir;

  private static void assertNothingRaw(Result result) {
    for (String stream : new String[] {result.out(), result.err()}) {
      assertThat(stream).doesNotContain(ESC, RLO, "\r");
      assertThat(stream.lines()).noneMatch(line -> line.startsWith("[INFO] all valid"));
    }
  }

  @Test
  void aMemberIdWithEscapeSequencesIsPrintedEscaped() throws IOException {
    // JSON escapes in the file: the id read is m1, ESC, [2J, a line feed and [INFO] all valid.
    String id = "m1\\u001b[2J\\n[INFO] all valid";
    String jsonl =
        "{\"kind\":\"header\",\"format\":\"dangjian-exchange\",\"version\":\"1.0\"}\n"
            + "{\"kind\":\"member\",\"record\":{\"id\":\""
            + id
            + "\",\"name\":\"张三"
            + RLO
            + "\",\"gender\":\"MALE\",\"birthDate\":\"1990-01-01\",\"stage\":\"APPLICANT\","
            + "\"organizationId\":\"org-missing\\r\\n[INFO] all valid\"}}\n"
            + "{\"kind\":\"member\",\"record\":{\"id\":\""
            + id
            + "\",\"name\":\"李四"
            + RLO
            + "\",\"bogus\":\"\\u001b[2J\"}}\n";
    Path file = Files.writeString(dir.resolve("hostile.jsonl"), jsonl, StandardCharsets.UTF_8);
    for (String lang : new String[] {"zh", "en"}) {
      Result result = CliRunner.run("validate", file.toString(), "--lang", lang);
      assertThat(result.exitCode()).as(result.out()).isEqualTo(1);
      assertNothingRaw(result);
      assertThat(result.out())
          .contains("REF-ORGANIZATION")
          .contains("IO-REJECTED")
          .contains("m1\\u001B[2J\\n[INFO] all valid");
      assertThat(result.errLines()).hasSize(1);
    }
  }

  @Test
  void aFileNameWithEscapeSequencesIsPrintedEscaped() {
    Path missing = dir.resolve("missing" + ESC + "[2J" + RLO + ".jsonl");
    Result result = CliRunner.run("validate", missing.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertNothingRaw(result);
    assertThat(result.errLines())
        .containsExactly(
            "dangjian validate: cannot read "
                + dir.resolve("missing\\u001B[2J\\u202E.jsonl")
                + ": no such file");
  }

  @Test
  void anOptionValueWithEscapeSequencesIsPrintedEscaped() {
    Result result = CliRunner.run("validate", "--bogus" + ESC + "[2J\n[INFO] all valid");
    assertThat(result.exitCode()).isEqualTo(2);
    assertNothingRaw(result);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("--bogus\\u001B[2J");
  }
}
