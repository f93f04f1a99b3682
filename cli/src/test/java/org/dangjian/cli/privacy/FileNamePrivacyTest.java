package org.dangjian.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a file named after a resident ID number or a mobile number is named masked in the text
 * and JSON reports (their header and locations) and in every line on stderr.
 */
class FileNamePrivacyTest {

  private static final String ID = "320106195410111207";
  private static final String PHONE = "18938905777";

  @TempDir Path dir;

  @Test
  void reportsNameTheFileMasked() throws IOException {
    Path in = dir.resolve(ID + ".csv");
    Files.writeString(in, "姓名,身份证号\n张三,x\n");
    for (String report : new String[] {"text", "json"}) {
      Result r =
          CliRunner.run("validate", in.toString(), "--as-of", "2024-01-31", "--report", report);
      assertThat(r.out()).as(report).contains("32****************.csv").doesNotContain(ID);
      assertThat(r.err()).as(report).doesNotContain(ID);
    }
  }

  @Test
  void stderrNamesTheFileMasked() throws IOException {
    Path missing = dir.resolve(PHONE + ".csv");
    Result r = CliRunner.run("validate", missing.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("189****5777.csv").doesNotContain(PHONE);

    Path in = dir.resolve("张三 189-3890-5777.csv");
    Files.writeString(in, "姓名,身份证号\n张三,x\n");
    Path out = dir.resolve(ID + ".jsonl");
    Result convert =
        CliRunner.run("convert", in.toString(), out.toString(), "--as-of", "2024-01-31");
    assertThat(convert.err()).isNotEmpty().doesNotContain(ID, "3890");
    assertThat(convert.out()).doesNotContain(ID, "3890");
  }
}
