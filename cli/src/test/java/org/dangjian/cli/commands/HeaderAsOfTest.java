package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.io.json.ExchangeFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate --as-of D} records D in the exchange header, and {@code validate} without {@code
 * --as-of} judges the file as of D (the test environment's today is 2024-01-31), saying so.
 */
class HeaderAsOfTest {

  @TempDir Path dir;

  @Test
  void validate_uses_the_date_recorded_by_generate() throws IOException {
    for (String name : new String[] {"g.jsonl", "g.json"}) {
      Path out = dir.resolve(name);
      Result generated =
          CliRunner.run(
              "generate",
              "--members",
              "60",
              "--seed",
              "5",
              "--as-of",
              "2022-06-30",
              out.toString());
      assertThat(generated.exitCode()).isZero();
      try (InputStream in = Files.newInputStream(out)) {
        assertThat(ExchangeFormat.declaredAsOf(in)).contains(LocalDate.of(2022, 6, 30));
      }

      Result check = CliRunner.run("validate", out.toString());
      assertThat(check.out())
          .as(name)
          .startsWith("截至日期 2022-06-30 取自文件头（asOf）")
          .contains("截至 2022-06-30")
          .contains("错误 0，警告 0");
      assertThat(check.exitCode()).isZero();

      Result explicit = CliRunner.run("validate", out.toString(), "--as-of", "2024-01-31");
      assertThat(explicit.out()).doesNotContain("取自文件头").contains("截至 2024-01-31");
      assertThat(explicit.exitCode()).isEqualTo(1);
    }
  }

  @Test
  void json_report_stays_json_and_the_note_goes_to_stderr() throws IOException {
    Path out = dir.resolve("g.jsonl");
    CliRunner.run("generate", "--members", "60", "--seed", "5", "--as-of", "2022-06-30", "" + out);
    Result check = CliRunner.run("validate", out.toString(), "--report", "json", "--lang", "en");
    assertThat(check.out()).startsWith("{");
    assertThat(check.err()).contains("As of 2022-06-30, the date recorded in the file header");
  }

  @Test
  void files_recording_different_dates_ask_for_as_of() throws IOException {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    CliRunner.run("generate", "--members", "60", "--seed", "5", "--as-of", "2022-06-30", "" + a);
    CliRunner.run("generate", "--members", "60", "--seed", "6", "--as-of", "2023-06-30", "" + b);
    Result check = CliRunner.run("validate", a.toString(), b.toString());
    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(check.err()).contains("different dates").contains("--as-of");
  }

  @Test
  void header_without_a_date_declares_none() {
    String line = "{\"kind\":\"header\",\"format\":\"dangjian-exchange\",\"version\":\"1.0\"}\n";
    assertThat(ExchangeFormat.declaredAsOf(stream(line))).isEmpty();
    assertThat(
            ExchangeFormat.declaredAsOf(
                stream(
                    "{\"format\":\"dangjian-exchange\",\"version\":\"1.0\",\"asOf\":\"2024-13-01\"}")))
        .isEmpty();
    assertThat(ExchangeFormat.declaredAsOf(stream("not json"))).isEmpty();
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
