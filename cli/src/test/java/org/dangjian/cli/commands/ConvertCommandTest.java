package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.member.Member;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.Mutation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dangjian convert}: formats, privacy, records with errors, and a complete OUT or none. */
class ConvertCommandTest {

  @TempDir Path dir;

  private static ImportResult read(Path file) throws IOException {
    return DangjianImporter.of(ImportOptions.of(Files4Tests.AS_OF)).read(file);
  }

  @Test
  void jsonLinesToJsonAndBackGivesTheSameBytes() throws IOException {
    Path original = Files4Tests.write(Files4Tests.group(4, 60), dir.resolve("a.jsonl"));
    Path json = dir.resolve("b.json");
    Path back = dir.resolve("c.jsonl");
    Result there =
        CliRunner.run("convert", original.toString(), json.toString(), "--privacy", "full");
    Result again = CliRunner.run("convert", json.toString(), back.toString(), "--privacy", "full");
    assertThat(there.exitCode()).isZero();
    assertThat(again.exitCode()).isZero();
    assertThat(there.out()).isEmpty();
    assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(original));
    assertThat(there.errLines()).hasSize(1);
    assertThat(there.err()).contains("；写入 " + json + " ").contains("（full）；用时 0.0 秒");
  }

  @Test
  void aCsvFileHoldsOneRosterAndTheRestIsCountedAsSkipped() throws IOException {
    Dataset group = Files4Tests.group(4, 60);
    Path in = Files4Tests.write(group, dir.resolve("in.jsonl"));
    Path members = dir.resolve("members.csv");
    Path organizations = dir.resolve("organizations.csv");
    Result m = CliRunner.run("convert", in.toString(), members.toString(), "--lang", "en");
    Result o =
        CliRunner.run(
            "convert",
            in.toString(),
            organizations.toString(),
            "--roster",
            "党组织名册",
            "--lang",
            "en");
    assertThat(m.exitCode()).isZero();
    assertThat(o.exitCode()).isZero();
    int others = group.activities().size() + group.pairings().size();
    assertThat(m.err())
        .contains(
            String.format(
                "; wrote %d records to %s (masked), %d skipped (no place for them in this format);",
                group.members().size(), members, group.organizations().size() + others));
    assertThat(o.err())
        .contains(
            String.format(
                "; wrote %d records to %s (masked), %d skipped",
                group.organizations().size(), organizations, group.members().size() + others));
    ImportResult back =
        DangjianImporter.of(ImportOptions.of(Files4Tests.AS_OF)).read(members, organizations);
    assertThat(back.dataset().members())
        .extracting(Member::id)
        .containsExactlyElementsOf(group.members().stream().map(Member::id).toList());
    assertThat(back.dataset().organizations()).hasSameSizeAs(group.organizations());
  }

  @Test
  void anXlsxWorkbookHoldsBothRosters() throws IOException {
    Dataset group = Files4Tests.group(4, 60);
    Path in = Files4Tests.write(group, dir.resolve("in.json"));
    Path workbook = dir.resolve("out.xlsx");
    Result result = CliRunner.run("convert", in.toString(), workbook.toString(), "--lang", "en");
    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .contains(
            String.format(
                "; wrote %d records to %s (masked), %d skipped",
                group.organizations().size() + group.members().size(),
                workbook,
                group.activities().size() + group.pairings().size()));
    ImportResult back = read(workbook);
    assertThat(back.dataset().members()).hasSameSizeAs(group.members());
    assertThat(back.dataset().organizations()).hasSameSizeAs(group.organizations());
  }

  @Test
  void identifiersAreMaskedByDefault() throws IOException {
    Dataset group = Files4Tests.group(4, 60);
    Path original = Files4Tests.write(group, dir.resolve("a.jsonl"));
    Path masked = dir.resolve("masked.jsonl");
    Path omitted = dir.resolve("omitted.jsonl");
    assertThat(CliRunner.run("convert", original.toString(), masked.toString()).exitCode())
        .isZero();
    assertThat(
            CliRunner.run("convert", original.toString(), omitted.toString(), "--privacy", "不含个人标识")
                .exitCode())
        .isZero();
    String maskedText = Files.readString(masked);
    String omittedText = Files.readString(omitted);
    for (Member member : group.members()) {
      member
          .idNumber()
          .ifPresent(
              id -> {
                assertThat(maskedText).doesNotContain(id.value()).contains(id.masked());
                assertThat(omittedText).doesNotContain(id.value()).doesNotContain(id.masked());
              });
    }
    assertThat(read(masked).dataset().members()).hasSameSizeAs(group.members());
  }

  @Test
  void recordsWithErrorsAreWrittenAndTheExitCodeIsOne() throws IOException {
    Mutation mutation =
        Defect.TRAINING_TOO_SHORT.applyTo(Files4Tests.group(4, 60), Files4Tests.AS_OF);
    Path in = Files4Tests.write(mutation.dataset(), dir.resolve("in.json"));
    Path out = dir.resolve("out.jsonl");
    Result result =
        CliRunner.run(
            "convert", in.toString(), out.toString(), "--privacy", "full", "--lang", "en");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("; 1 error, 0 warnings").contains("records to " + out);
    ImportResult back = read(out);
    assertThat(back.dataset()).isEqualTo(mutation.dataset());
    assertThat(back.report().issuesOf("DEV-010")).hasSize(1);
  }

  @Test
  void theReportIsPrintedOnRequest() throws IOException {
    Mutation mutation =
        Defect.TRAINING_TOO_SHORT.applyTo(Files4Tests.group(4, 60), Files4Tests.AS_OF);
    Path in = Files4Tests.write(mutation.dataset(), dir.resolve("in.json"));
    Result result =
        CliRunner.run(
            "convert", in.toString(), dir.resolve("out.jsonl").toString(), "--report", "text");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .startsWith(in + "（截至 2024-01-31，national）：未通过，错误 1")
        .contains("DEV-010");
  }

  @Test
  void theOutputHasTheDirectorysDefaultPermissions() throws IOException {
    Path in = Files4Tests.write(Files4Tests.group(4, 60), dir.resolve("in.jsonl"));
    Path out = dir.resolve("out.json");
    assertThat(CliRunner.run("convert", in.toString(), out.toString()).exitCode()).isZero();
    Path plain = Files.createFile(dir.resolve("plain.json"));
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("in.jsonl", "out.json", "plain.json");
    }
  }

  @Test
  void anInputThatCannotBeReadIsNotConverted() throws IOException {
    Path in = Files4Tests.write(Files4Tests.group(4, 60), dir.resolve("in.jsonl"));
    Files.writeString(in, "{\"kind\": \"member\", \"id\": \n", StandardOpenOption.APPEND);
    Path out = dir.resolve("out.json");
    Result result = CliRunner.run("convert", in.toString(), out.toString(), "--lang", "en");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains(
            "; the input could not be read as its format (IO-SYNTAX); "
                // a random temporary directory may hold 18 digits that look like an ID number
                + PersonalNumbers.scrub(out.toString())
                + " not written;");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in.jsonl");
    }
  }

  @Test
  void anUnreadableInputLeavesNoOutputBehind() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "");
    Path out = dir.resolve("out.xlsx");
    Files.writeString(out, "old");
    Result result = CliRunner.run("convert", in.toString(), out.toString(), "--to", "txt");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(out).hasContent("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("in.jsonl", "out.xlsx");
    }
  }

  @Test
  void threadsDoNotChangeTheOutputOrTheReport() throws IOException {
    Dataset broken = Files4Tests.group(3, 600);
    broken = Defect.ONE_INTRODUCER.applyTo(broken, Files4Tests.AS_OF).dataset();
    broken = Defect.WRONG_DUES_AMOUNT.applyTo(broken, Files4Tests.AS_OF).dataset();
    Path in = Files4Tests.write(broken, dir.resolve("broken.jsonl"));
    Path byOne = dir.resolve("one.jsonl");
    Path byFour = dir.resolve("four.jsonl");
    Result one =
        CliRunner.run(
            "convert", in.toString(), byOne.toString(), "--report", "json", "--threads", "1");
    Result four =
        CliRunner.run(
            "convert", in.toString(), byFour.toString(), "--report", "json", "--threads", "4");
    assertThat(one.exitCode()).isEqualTo(1);
    assertThat(one.out()).contains("DEV-008", "DUES-002");
    assertThat(four.exitCode()).isEqualTo(1);
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(Files.readAllBytes(byFour)).isEqualTo(Files.readAllBytes(byOne));
    assertThat(Files.size(byOne)).isPositive();
  }

  @Test
  void threadsMustBePositive() throws IOException {
    Path in = Files4Tests.write(Files4Tests.group(3, 60), dir.resolve("in.jsonl"));
    Result result =
        CliRunner.run(
            "convert", in.toString(), dir.resolve("out.jsonl").toString(), "--threads", "0");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--threads must be at least 1, not 0");
  }
}
