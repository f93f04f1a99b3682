package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} reads standard input, as Unix tools do: a pipe, which cannot seek. */
class StdinInputTest {

  @TempDir Path dir;

  @Test
  void validate_stats_and_convert_read_standard_input() throws Exception {
    Path file = dir.resolve("g.jsonl");
    assertThat(
            CliRunner.run(
                    "generate",
                    "--members",
                    "60",
                    "--seed",
                    "8",
                    "--as-of",
                    "2024-01-31",
                    "" + file)
                .exitCode())
        .isZero();
    byte[] bytes = Files.readAllBytes(file);

    Result validate = withStdin(bytes, "validate", "-", "--format", "jsonl");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).startsWith("stdin（截至 2024-01-31");

    Result stats = withStdin(bytes, "stats", "-", "--format", "jsonl", "--as-of", "2024-01-31");
    assertThat(stats.exitCode()).as(stats.err()).isZero();
    assertThat(stats.out()).contains("党员");

    Path csv = dir.resolve("members.csv");
    Result convert = withStdin(bytes, "convert", "-", csv.toString(), "--from", "jsonl");
    assertThat(convert.exitCode()).as(convert.err()).isIn(0, 1);
    assertThat(csv).isNotEmptyFile();
  }

  @Test
  void standard_input_needs_a_format() {
    Result result = withStdin(new byte[0], "validate", "-");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("standard input (-)").contains("--format");
  }

  private static Result withStdin(byte[] bytes, String... args) {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(bytes));
      return CliRunner.run(args);
    } finally {
      System.setIn(original);
    }
  }
}
