package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dangjian validate} on files: reports, exit codes and the summary line. */
class ValidateCommandTest {

  @TempDir Path dir;

  @Test
  void aValidFileGivesExitCodeZeroAndAPassingReport() throws IOException {
    Path file = Files4Tests.write(Files4Tests.group(3, 60), dir.resolve("group.jsonl"));
    Result result = CliRunner.run("validate", file.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().findFirst())
        .contains(file + "（截至 2024-01-31，national）：通过，错误 0，警告 0，提示 0");
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err())
        .matches("dangjian validate：读取 [0-9,]+ 条记录（接受 [0-9,]+，拒收 0）；错误 0，警告 0，提示 0；用时 0\\.0 秒\n");
  }

  @Test
  void aFileWithAnInjectedDefectGivesExitCodeOneAndTheRule() throws IOException {
    Mutation mutation = Defect.ONE_INTRODUCER.applyTo(Files4Tests.group(3, 60), Files4Tests.AS_OF);
    Path file = Files4Tests.write(mutation.dataset(), dir.resolve("group.json"));
    Result result = CliRunner.run("validate", file.toString(), "--lang", "en");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("failed, 1 error, 0 warnings")
        .containsPattern("\\[ERROR\\] DEV-008 .*" + mutation.recordId());
    assertThat(result.err()).contains("; 1 error, 0 warnings, 0 infos; 0.0 s");
  }

  @Test
  void theJsonReportIsTheOnlyThingOnStdout() throws IOException {
    Path file = Files4Tests.write(Files4Tests.group(3, 60), dir.resolve("group.jsonl"));
    Result result = CliRunner.run("validate", file.toString(), "--report", "json");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("{").endsWith("}\n");
    assertThat(result.out().strip().lines().filter(l -> l.startsWith("{"))).hasSize(1);
  }

  @Test
  void severalFilesFormOneDatasetAndOneReport() throws IOException {
    Dataset group = Files4Tests.group(3, 60);
    Path organizations =
        Files4Tests.write(
            Dataset.builder().addAllOrganizations(group.organizations()).build(),
            dir.resolve("orgs.jsonl"));
    Path members =
        Files4Tests.write(
            Dataset.builder()
                .addAllMembers(group.members())
                .addAllActivities(group.activities())
                .build(),
            dir.resolve("members.json"));
    Result both = CliRunner.run("validate", organizations.toString(), members.toString());
    assertThat(both.exitCode()).as(both.out()).isZero();
    assertThat(both.out()).startsWith(organizations + ", " + members + "（截至 2024-01-31");
    Result alone = CliRunner.run("validate", members.toString(), "--report", "json");
    assertThat(alone.exitCode()).isEqualTo(1);
    assertThat(alone.out()).contains("REF-");
  }

  @Test
  void theDateDecides() throws IOException {
    Path file = Files4Tests.write(Files4Tests.group(3, 60), dir.resolve("group.jsonl"));
    Result later = CliRunner.run("validate", file.toString(), "--as-of", "2027-01-31");
    assertThat(later.out()).startsWith(file + "（截至 2027-01-31，national）");
  }

  @Test
  void strictStopsAtTheFirstError() throws IOException {
    Dataset broken = Files4Tests.group(3, 120);
    broken = Defect.ONE_INTRODUCER.applyTo(broken, Files4Tests.AS_OF).dataset();
    broken = Defect.TRAINING_TOO_SHORT.applyTo(broken, Files4Tests.AS_OF).dataset();
    Path file = Files4Tests.write(broken, dir.resolve("broken.jsonl"));
    Result lenient = CliRunner.run("validate", file.toString(), "--lang", "en");
    Result strict = CliRunner.run("validate", file.toString(), "--lang", "en", "--strict");
    assertThat(lenient.exitCode()).isEqualTo(1);
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(lenient.err()).doesNotContain("stopped early");
    assertThat(strict.err()).contains("stopped early");
    assertThat(strict.out()).contains("(reading stopped early)");
  }

  @Test
  void maxIssuesCapsTheListButNotTheCounts() throws IOException {
    Dataset broken = Files4Tests.group(3, 120);
    broken = Defect.ONE_INTRODUCER.applyTo(broken, Files4Tests.AS_OF).dataset();
    broken = Defect.TRAINING_TOO_SHORT.applyTo(broken, Files4Tests.AS_OF).dataset();
    Path file = Files4Tests.write(broken, dir.resolve("broken.jsonl"));
    Result result = CliRunner.run("validate", file.toString(), "--lang", "en", "--max-issues", "1");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out().lines().filter(l -> l.startsWith("[ERROR]"))).hasSize(1);
    assertThat(result.out()).contains("... and 1 more issues not listed");
    assertThat(result.err()).contains("; 2 errors,");
  }

  @Test
  void threadsDoNotChangeTheReport() throws IOException {
    Dataset broken = Files4Tests.group(3, 600);
    broken = Defect.ONE_INTRODUCER.applyTo(broken, Files4Tests.AS_OF).dataset();
    broken = Defect.WRONG_DUES_AMOUNT.applyTo(broken, Files4Tests.AS_OF).dataset();
    Path file = Files4Tests.write(broken, dir.resolve("broken.jsonl"));
    Result one = CliRunner.run("validate", file.toString(), "--report", "json", "--threads", "1");
    Result four = CliRunner.run("validate", file.toString(), "--report", "json", "--threads", "4");
    assertThat(one.exitCode()).isEqualTo(1);
    assertThat(one.out()).contains("DEV-008", "DUES-002");
    assertThat(four.exitCode()).isEqualTo(1);
    assertThat(four.out()).isEqualTo(one.out());
  }

  @Test
  void threadsMustBePositive() {
    Result result = CliRunner.run("validate", "--threads", "0");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--threads must be at least 1, not 0");
  }

  @Test
  void formatOptionReadsAFileWhoseNameDoesNotTell() throws IOException {
    Path jsonl = Files4Tests.write(Files4Tests.group(3, 60), dir.resolve("group.jsonl"));
    Path renamed = Files.move(jsonl, dir.resolve("group.export"));
    assertThat(CliRunner.run("validate", renamed.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("validate", renamed.toString(), "--format", "jsonl").exitCode())
        .isZero();
  }

  @Test
  void aMalformedLineIsUnreadableInputButStillReported() throws IOException {
    Path file = Files4Tests.write(Files4Tests.group(3, 60), dir.resolve("bad.jsonl"));
    Files.writeString(file, "{\"kind\": \"member\", \"id\": \n", StandardOpenOption.APPEND);
    Result result = CliRunner.run("validate", file.toString(), "--lang", "en");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out())
        .containsPattern("\\[ERROR\\] IO-SYNTAX " + Pattern.quote(file.toString()) + " line \\d+");
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err())
        .contains(" 1 rejected); ")
        .contains("; the input could not be read as its format (IO-SYNTAX); 0.0 s");
  }

  @Test
  void rowsThatBreakARuleAreErrorsNotUnreadableInput() throws IOException {
    Path file = Files4Tests.write(Files4Tests.group(3, 60), dir.resolve("bad.jsonl"));
    String text = Files.readString(file);
    Files.writeString(file, text.replaceFirst("\"gender\":\"[A-Z]+\"", "\"gender\":\"X\""));
    Result result = CliRunner.run("validate", file.toString(), "--lang", "en");
    assertThat(result.exitCode()).as(result.out()).isEqualTo(1);
    assertThat(result.out()).contains("[ERROR] IO-VALUE");
  }
}
