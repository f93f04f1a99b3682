package org.dangjian.cli.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.cli.internal.VersionProvider;
import org.dangjian.io.DataFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} and {@code --version} work on every command, on stdout, with exit code 0. */
class HelpAndVersionTest {

  @ParameterizedTest
  @ValueSource(strings = {"validate", "convert", "generate", "stats", "anniversaries", "points"})
  void everyCommandHasHelpWithItsOptionsAndExitCodes(String command) {
    Result result = CliRunner.run(command, "--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .startsWith("\n")
        .contains("Usage: dangjian " + command, "--lang=zh|en", "Exit codes (退出码)", "Examples:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "convert", "generate", "stats", "anniversaries", "points"})
  void everyCommandPrintsTheVersion(String command) {
    Result result = CliRunner.run(command, "--version");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("dangjian " + VersionProvider.version() + " (");
  }

  @Test
  void theVersionComesFromTheBuild() {
    assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void helpCommandExplainsACommand() {
    Result result = CliRunner.run("help", "validate");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains(
            "Validate data files against every rule (校验数据文件).",
            "--report=text|json",
            "--as-of=yyyy-MM-dd",
            "--profile=national|soe",
            "--strict",
            "--max-issues=N",
            "--[no-]progress");
  }

  @Test
  void theCommandLineHasEveryFormatOfTheSdk() {
    assertThat(DataFormat.readable())
        .containsExactly(
            DataFormat.JSON,
            DataFormat.JSON_LINES,
            DataFormat.CSV,
            DataFormat.XLSX,
            DataFormat.XLS,
            DataFormat.TEXT,
            DataFormat.MARKDOWN,
            DataFormat.forName("docx").orElseThrow(),
            DataFormat.forName("pdf").orElseThrow());
    assertThat(DataFormat.writable())
        .containsExactly(
            DataFormat.JSON,
            DataFormat.JSON_LINES,
            DataFormat.CSV,
            DataFormat.XLSX,
            DataFormat.MARKDOWN,
            DataFormat.HTML,
            DataFormat.forName("docx").orElseThrow());
  }

  @Test
  void validateHelpListsExactlyTheReadableFormats() {
    Result result = CliRunner.run("validate", "--help");
    assertThat(result.exitCode()).isZero();
    List<DataFormat> readable = DataFormat.readable();
    assertThat(result.out())
        .contains(
            "--format=" + readable.stream().map(DataFormat::name).collect(Collectors.joining("|")));
    Set<DataFormat> every = new LinkedHashSet<>(DataFormat.wellKnown());
    every.addAll(readable);
    every.addAll(DataFormat.writable());
    assertThat(every).hasSizeGreaterThan(readable.size());
    for (DataFormat format : every) {
      Pattern word =
          Pattern.compile(
              "(?<![\\w-])" + Pattern.quote(format.name()) + "(?![\\w-])",
              Pattern.CASE_INSENSITIVE);
      assertThat(word.matcher(result.out()).find())
          .as("validate --help names %s", format)
          .isEqualTo(readable.contains(format));
    }
  }

  @Test
  void topHelpListsTheCommands() {
    Result result = CliRunner.run("--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .containsPattern("(?m)^  validate +Validate")
        .containsPattern("(?m)^  convert +Convert")
        .containsPattern("(?m)^  generate +Generate")
        .containsPattern("(?m)^  stats +Print")
        .containsPattern("(?m)^  completion +Print a shell completion script");
  }
}
