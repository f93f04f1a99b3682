package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --layout office --title TEXT}: a roster in the layout offices keep. */
class OfficeLayoutConvertTest {

  @TempDir Path dir;

  @Test
  void convertWritesTheOfficeLayoutWithTheGivenTitle() throws IOException {
    Dataset group = Files4Tests.group(3, 40);
    Path in = Files4Tests.write(group, dir.resolve("in.jsonl"));
    Path out = dir.resolve("花名册.csv");
    Result result =
        CliRunner.run(
            "convert", in.toString(), out.toString(), "--layout", "office", "--title", "某某党委党员花名册");
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("\uFEFF某某党委党员花名册");
    assertThat(lines.get(1)).startsWith("序号,编号,姓名").contains(",所在支部,");
    assertThat(lines.get(2)).startsWith("1,");
    assertThat(lines).hasSize(2 + group.members().size());
  }

  @Test
  void anUnknownLayoutIsAUsageError() throws IOException {
    Path in = Files4Tests.write(Files4Tests.group(3, 30), dir.resolve("in.jsonl"));
    Result result =
        CliRunner.run(
            "convert", in.toString(), dir.resolve("o.csv").toString(), "--layout", "fancy");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("选项 '--layout' 的值 'fancy' 无效：名册样式可用 standard 或 office");
    Result english =
        CliRunner.run(
            "convert",
            in.toString(),
            dir.resolve("o.csv").toString(),
            "--layout",
            "fancy",
            "--lang",
            "en");
    assertThat(english.exitCode()).isEqualTo(2);
    assertThat(english.err()).contains("'fancy' is not a roster layout; use standard or office");
  }
}
