package org.dangjian.cli.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;

/**
 * The sample bundled in the jar is what {@link SampleBuilder} makes today, and {@code dangjian
 * validate} without a file reports exactly its four deliberate errors, explains them and ends with
 * exit code 1. Run with {@code -Ddangjian.regenerateSample=true} to rewrite the committed files
 * (see docs/CLI.md).
 */
class BundledSampleTest {

  private static final Path RESOURCES = Path.of("src/main/resources/org/dangjian/cli/internal");

  @Test
  void theCommittedSampleIsCurrent() throws IOException {
    SampleBuilder.Sample sample = SampleBuilder.build();
    if (Boolean.getBoolean("dangjian.regenerateSample")) {
      Files.createDirectories(RESOURCES);
      Files.writeString(
          RESOURCES.resolve("bundled-sample.jsonl"), sample.data(), StandardCharsets.UTF_8);
      Files.writeString(
          RESOURCES.resolve("bundled-sample.properties"),
          sample.properties(),
          StandardCharsets.UTF_8);
      Files.writeString(
          RESOURCES.resolve("bundled-sample.zh.txt"),
          sample.explanationZh(),
          StandardCharsets.UTF_8);
      Files.writeString(
          RESOURCES.resolve("bundled-sample.en.txt"),
          sample.explanationEn(),
          StandardCharsets.UTF_8);
    }
    String committed =
        Files.readString(RESOURCES.resolve("bundled-sample.jsonl"), StandardCharsets.UTF_8);
    assertThat(firstDifference(committed, sample.data()))
        .as("bundled-sample.jsonl is stale: regenerate it as docs/CLI.md says")
        .isEmpty();
    assertThat(RESOURCES.resolve("bundled-sample.properties")).hasContent(sample.properties());
    assertThat(RESOURCES.resolve("bundled-sample.zh.txt")).hasContent(sample.explanationZh());
    assertThat(RESOURCES.resolve("bundled-sample.en.txt")).hasContent(sample.explanationEn());
  }

  /** Empty when equal, else the number of the first line that differs (1-based). */
  private static String firstDifference(String committed, String built) {
    List<String> a = committed.lines().toList();
    List<String> b = built.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      if (i >= a.size() || i >= b.size() || !a.get(i).equals(b.get(i))) {
        return "line " + (i + 1) + " differs";
      }
    }
    return committed.equals(built) ? "" : "line endings differ";
  }

  @Test
  void validateWithoutAFileReportsTheFourDeliberateErrorsAndExitsWithOne() {
    Result result = CliRunner.run("validate");
    assertThat(result.exitCode()).isEqualTo(1);
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("bundled-sample.jsonl（截至 2024-01-31，national）：未通过，错误 4，警告 0，提示 0");
    assertThat(lines.stream().filter(l -> l.startsWith("[错误]")).map(l -> l.split(" ", 3)[1]))
        .containsExactlyInAnyOrder("ID-CHECKSUM", "DEV-010", "DEV-008", "REF-PARENT");
    assertThat(result.out()).contains("关于内置示例", "故意设置的错误");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("示例数据中的错误是故意设置的，因此本次运行以退出码 1 结束，这是预期结果。");
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("dangjian validate：读取 ");
  }

  @Test
  void theExplanationNamesTheRecordAndLineOfEachError() {
    Result result = CliRunner.run("validate", "--lang", "en");
    List<String> errors = result.out().lines().filter(l -> l.startsWith("[ERROR]")).toList();
    List<String> explained =
        result
            .out()
            .lines()
            .dropWhile(l -> !l.startsWith("About the bundled sample"))
            .skip(1)
            .filter(l -> l.startsWith("  "))
            .toList();
    assertThat(explained).hasSize(4);
    for (String line : explained) {
      String[] parts = line.strip().split("  line |, |: ", 4);
      String rule = parts[0];
      String where = "line " + parts[1];
      String record = parts[2];
      assertThat(errors)
          .as("%s at %s of %s", rule, where, record)
          .anyMatch(
              e ->
                  e.contains(" " + rule + " ")
                      && (e.contains(where + ":") || e.contains(where + " "))
                      && e.contains(record));
    }
    assertThat(result.out().lines().reduce((a, b) -> b))
        .contains(
            "The sample's errors are deliberate, so this run ends with exit code 1, as intended.");
  }

  @Test
  void aJsonReportKeepsStdoutPureAndPutsTheExplanationOnStderr() {
    Result result = CliRunner.run("validate", "--report", "json");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).startsWith("{").endsWith("}\n").doesNotContain("关于内置示例");
    assertThat(result.err()).contains("关于内置示例", "退出码 1");
  }

  @Test
  void anotherDateStillFindsTheErrors() {
    Result result = CliRunner.run("validate", "--as-of", "2024-06-30", "--report", "json");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("\"2024-06-30\"");
  }
}
