package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dangjian generate}: the file holds exactly the members asked for, valid on its date. */
class GenerateCommandTest {

  @TempDir Path dir;

  @Test
  void writesAValidGroupOfExactlyNMembers() throws IOException {
    Path out = dir.resolve("g.jsonl");
    Result result =
        CliRunner.run(
            "generate", "--members", "75", "--seed", "3", "--as-of", "2025-03-31", out.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err())
        .matches(
            "dangjian generate：生成 75 名党员，写入 "
                + java.util.regex.Pattern.quote(out.toString())
                + " [0-9,]+ 条记录（种子 3，截至 2025-03-31，full）；用时 0\\.0 秒\n");
    ImportResult back =
        DangjianImporter.of(ImportOptions.of(java.time.LocalDate.of(2025, 3, 31))).read(out);
    assertThat(back.dataset().members().stream().filter(m -> m.stage().isPartyMember()))
        .hasSize(75);
    assertThat(back.report().issues()).isEmpty();
  }

  @Test
  void aStreamedGroupCanBeWrittenAsOneJsonDocument() throws IOException {
    // above 20,000 members the group is streamed as copies whose kinds interleave
    Path out = dir.resolve("big.json");
    Result result =
        CliRunner.run(
            "generate",
            "--members",
            "20060",
            "--seed",
            "4",
            "--as-of",
            "2025-03-31",
            out.toString());
    assertThat(result.exitCode()).isZero();
    Result check = CliRunner.run("validate", out.toString(), "--as-of", "2025-03-31");
    assertThat(check.exitCode()).isZero();
    assertThat(check.out()).contains("错误 0，警告 0");
  }

  @Test
  void theDefaultDateIsToday() throws IOException {
    Path out = dir.resolve("g.jsonl");
    assertThat(CliRunner.run("generate", "--members", "60", out.toString()).exitCode()).isZero();
    Result check = CliRunner.run("validate", out.toString());
    assertThat(check.exitCode()).isZero();
    assertThat(check.out()).contains("（截至 " + CliRunner.TODAY + "，national）：通过");
  }

  @Test
  void theSameArgumentsGiveTheSameBytes() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Path c = dir.resolve("c.json");
    CliRunner.run("generate", "--members", "60", "--seed", "8", a.toString());
    CliRunner.run("generate", "--members", "60", "--seed", "8", b.toString());
    CliRunner.run("generate", "--members", "60", "--seed", "9", c.toString());
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
  }

  @Test
  void privacyCanBeMasked() throws IOException {
    Path full = dir.resolve("full.jsonl");
    Path masked = dir.resolve("masked.jsonl");
    CliRunner.run("generate", "--members", "60", full.toString());
    CliRunner.run("generate", "--members", "60", "--privacy", "masked", masked.toString());
    assertThat(Files.readString(full)).containsPattern("\"\\d{17}[\\dX]\"");
    assertThat(Files.readString(masked)).doesNotContainPattern("\"\\d{17}[\\dX]\"");
  }
}
