package org.dangjian.cli.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Usage errors and unreadable inputs end with exit code 2 and exactly one line on stderr that names
 * the command and the problem, never a stack trace, and nothing on stdout.
 */
class UsageErrorsTest {

  @TempDir Path dir;

  private static void assertUsageError(Result result, String line) {
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).containsExactly(line);
  }

  @Test
  void anUnknownOptionNamesItAndPointsToTheHelp() {
    assertUsageError(
        CliRunner.run("validate", "--bogus"),
        "dangjian validate: 未知选项：'--bogus'（参见 'dangjian validate --help'）");
  }

  @Test
  void anUnknownOptionIsReportedInEnglishUnderLangEn() {
    assertUsageError(
        CliRunner.run("validate", "--lang", "en", "--bogus"),
        "dangjian validate: Unknown option: '--bogus' (see 'dangjian validate --help')");
    assertUsageError(
        CliRunner.run("validate", "--bogus", "--lang=en"),
        "dangjian validate: Unknown option: '--bogus' (see 'dangjian validate --help')");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Result result = CliRunner.run("check", "x.csv");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("dangjian: 无法识别的参数：'check'");
    assertThat(CliRunner.run("check", "x.csv", "--lang", "en").err())
        .startsWith("dangjian: Unmatched arguments from index 0: 'check'");
  }

  @Test
  void aMissingFileIsUnreadableInput() {
    Path missing = dir.resolve("missing.jsonl");
    assertUsageError(
        CliRunner.run("validate", missing.toString()),
        "dangjian validate: cannot read " + missing + ": no such file");
  }

  @Test
  void aDirectoryIsUnreadableInput() {
    assertUsageError(
        CliRunner.run("stats", dir.toString()),
        "dangjian stats: cannot read " + dir + ": it is a directory");
  }

  @Test
  void aFileWithoutAKnownExtensionNeedsFormat() throws IOException {
    Path file = Files.writeString(dir.resolve("data.dat"), "x");
    assertUsageError(
        CliRunner.run("validate", file.toString()),
        "dangjian validate: cannot tell the format of "
            + file
            + " from its name; name it with --format json|jsonl|csv|xlsx|xls|txt|md|docx|pdf");
  }

  @Test
  void everyFileIsCheckedBeforeAnyIsRead() throws IOException {
    Path good = Files.writeString(dir.resolve("a.jsonl"), "");
    Path missing = dir.resolve("b.csv");
    assertUsageError(
        CliRunner.run("validate", good.toString(), missing.toString()),
        "dangjian validate: cannot read " + missing + ": no such file");
  }

  @Test
  void convertRefusesToWriteOverItsInput() throws IOException {
    Path file = Files.writeString(dir.resolve("a.jsonl"), "");
    assertUsageError(
        CliRunner.run("convert", file.toString(), dir.resolve(".").resolve("a.jsonl").toString()),
        "dangjian convert: IN and OUT are the same file: " + dir.resolve(".").resolve("a.jsonl"));
  }

  @Test
  void convertNeedsAnExistingOutputDirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("a.jsonl"), "");
    Path out = dir.resolve("no").resolve("b.csv");
    assertUsageError(
        CliRunner.run("convert", file.toString(), out.toString()),
        "dangjian convert: cannot write " + out + ": no such directory " + out.getParent());
    assertThat(dir.resolve("no")).doesNotExist();
  }

  @Test
  void convertNeedsBothFiles() throws IOException {
    Path file = Files.writeString(dir.resolve("a.jsonl"), "");
    assertUsageError(
        CliRunner.run("convert", file.toString()),
        "dangjian convert: 缺少必需的参数：'OUT'（参见 'dangjian convert --help'）");
    assertUsageError(
        CliRunner.run("convert", "--lang", "en", file.toString()),
        "dangjian convert: Missing required parameter: 'OUT' (see 'dangjian convert --help')");
  }

  @Test
  void generateNeedsMembers() {
    assertUsageError(
        CliRunner.run("generate", dir.resolve("g.jsonl").toString()),
        "dangjian generate: 缺少必需的选项：'--members=N'（参见 'dangjian generate --help'）");
    assertUsageError(
        CliRunner.run("generate", "--lang=en", dir.resolve("g.jsonl").toString()),
        "dangjian generate: Missing required option: '--members=N' (see 'dangjian generate"
            + " --help')");
  }

  @ParameterizedTest
  @CsvSource({
    "49, 49",
    "10000001, '10,000,001'",
  })
  void generateRefusesGroupSizesItCannotMake(String members, String shown) {
    assertUsageError(
        CliRunner.run("generate", "--members", members, dir.resolve("g.jsonl").toString()),
        "dangjian generate: --members must lie between 50 and 10,000,000, not " + shown);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void generateRefusesADateTheGeneratorCannotUse() {
    assertUsageError(
        CliRunner.run(
            "generate",
            "--members",
            "60",
            "--as-of",
            "1989-12-31",
            dir.resolve("g.csv").toString()),
        "dangjian generate: asOf must lie between 1990 and 9000, was 1989");
  }

  @Test
  void statsNeedsAFile() {
    assertUsageError(
        CliRunner.run("stats"), "dangjian stats: 缺少必需的参数：'FILE'（参见 'dangjian stats --help'）");
  }

  @Test
  void anOptionGivenTwiceIsAUsageErrorInEitherLanguage() {
    assertUsageError(
        CliRunner.run("stats", "--employees", "1", "--employees", "2", "a.jsonl"),
        "dangjian stats: 选项 '--employees=N' 只能给一次（参见 'dangjian stats --help'）");
    assertThat(
            CliRunner.run(
                    "stats", "--lang", "en", "--employees", "1", "--employees", "2", "a.jsonl")
                .err())
        .startsWith("dangjian stats: option '--employees' (N) should be specified only once");
  }

  @Test
  void aNonPositiveIssueCapIsAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("a.jsonl"), "");
    assertUsageError(
        CliRunner.run("validate", "--max-issues", "0", file.toString()),
        "dangjian validate: --max-issues must be at least 1, not 0");
  }

  @Test
  void theTopCommandAloneShowsItsUsageOnStderr() {
    Result result = CliRunner.run();
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("Usage: dangjian [-hV] [COMMAND]", "Exit codes (退出码):");
  }
}
