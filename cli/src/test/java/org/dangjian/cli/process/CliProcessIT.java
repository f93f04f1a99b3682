package org.dangjian.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.dangjian.cli.corpus.BadCorpora;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.id.PersonalNumbers;
import org.dangjian.core.member.ImmutableMember;
import org.dangjian.core.member.Member;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.testkit.BulletinGenerator;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code java -jar cli/target/dangjian.jar} as a separate process, as a user does, and checks
 * exit codes, stdout and stderr of every command; failsafe runs it after the package phase, with
 * the jar's path in the system property {@code dangjian.jar}. Also proves that the shaded jar keeps
 * Hibernate Validator and our constraint validators working, and keeps its banner out of the
 * output.
 */
class CliProcessIT {

  private static final LocalDate AS_OF = GeneratorSettings.DEFAULT_AS_OF;
  private static final String DATE = AS_OF.toString();

  @TempDir static Path dir;

  private static Path jar;
  private static Path valid;

  /** The outcome of one process. */
  record Run(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  @BeforeAll
  static void files() throws IOException {
    jar = Path.of(System.getProperty("dangjian.jar", "target/dangjian.jar")).toAbsolutePath();
    assertThat(jar).as("run after the package phase (./mvnw verify)").isRegularFile();
    valid = dir.resolve("valid.jsonl");
    DangjianExporter.of(ExportOptions.of(Privacy.FULL))
        .write(DatasetGenerator.generate(GeneratorSettings.proportional(5, 60).build()), valid);
  }

  static Run java(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    full.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    full.addAll(command);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process =
        new ProcessBuilder(full)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  static Run dangjian(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("-Xmx256m", "-jar", jar.toString()));
    command.addAll(List.of(args));
    return java(command);
  }

  private static void assertOneSummaryLine(Run run, String command) {
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("dangjian " + command).doesNotContain("HV000001", "INFO");
  }

  @Test
  void versionAndHelp() throws Exception {
    Run version = dangjian("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("dangjian 0.");
    Run help = dangjian("validate", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: dangjian validate");
  }

  @Test
  void validateTheBundledSample() throws Exception {
    Run run = dangjian("validate");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("[错误]")).map(l -> l.split(" ", 3)[1]))
        .containsExactlyInAnyOrder("ID-CHECKSUM", "DEV-010", "DEV-008", "REF-PARENT");
    assertThat(run.out()).contains("关于内置示例");
    assertThat(run.out().lines().reduce((a, b) -> b))
        .contains("示例数据中的错误是故意设置的，因此本次运行以退出码 1 结束，这是预期结果。");
    assertOneSummaryLine(run, "validate");
  }

  /**
   * A path as the command line prints it: its digit runs that look like personal numbers masked, as
   * a temporary directory's random name sometimes does.
   */
  private static String shown(Path path) {
    return PersonalNumbers.scrub(path.toString());
  }

  @Test
  void validateAValidFile() throws Exception {
    Run run = dangjian("validate", valid.toString(), "--as-of", DATE);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(shown(valid) + "（截至 " + DATE + "，national）：通过，错误 0，");
    assertOneSummaryLine(run, "validate");
    assertThat(run.err()).contains("错误 0");
  }

  @Test
  void validateAFileWithErrorsAsJson() throws Exception {
    Dataset broken =
        Defect.TRAINING_TOO_SHORT
            .applyTo(
                DatasetGenerator.generate(GeneratorSettings.proportional(5, 60).build()), AS_OF)
            .dataset();
    Path file = dir.resolve("broken.json");
    DangjianExporter.of(ExportOptions.of(Privacy.FULL)).write(broken, file);
    Run run = dangjian("validate", file.toString(), "--as-of", DATE, "--report", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("{").endsWith("}\n").contains("\"DEV-010\"");
    assertOneSummaryLine(run, "validate");
  }

  @Test
  void fieldConstraintsOfHibernateValidatorWorkFromTheShadedJar() throws Exception {
    Dataset dataset = DatasetGenerator.generate(GeneratorSettings.proportional(5, 60).build());
    Member first = dataset.members().get(0);
    List<Member> members = new ArrayList<>(dataset.members());
    members.set(0, ImmutableMember.copyOf(first).withName("名".repeat(51)));
    Path file = dir.resolve("long-name.jsonl");
    DangjianExporter.of(ExportOptions.of(Privacy.FULL))
        .write(
            Dataset.builder()
                .addAllOrganizations(dataset.organizations())
                .addAllMembers(members)
                .addAllActivities(dataset.activities())
                .build(),
            file);
    Run run = dangjian("validate", file.toString(), "--as-of", DATE, "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("[ERROR] FIELD-LENGTH").contains(first.id() + " name");
    assertOneSummaryLine(run, "validate");
  }

  @Test
  void constraintValidatorsRegisteredAsServicesSurviveShading() throws Exception {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      String services =
          new String(
              zip.getInputStream(
                      zip.getEntry("META-INF/services/jakarta.validation.ConstraintValidator"))
                  .readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(services.lines())
          .contains("org.dangjian.validation.internal.beans.ResidentIdValidator");
      assertThat(zip.getEntry("module-info.class")).isNull();
    }
    Run run =
        java(
            List.of(
                // POI brings log4j-api, which jboss-logging would pick and which complains without
                // a backend; an application chooses its logging, this one Hibernate Validator's JUL
                "-Dorg.jboss.logging.provider=jdk",
                "-cp",
                jar + java.io.File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
                ShadedJarProbe.class.getName()));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            "idNumber: is not a valid resident ID number: the check character does not match",
            "name: must not be blank");
  }

  @Test
  void missingFileAndBadOptionAreUsageErrorsWithoutStackTraces() throws Exception {
    Run missing = dangjian("validate", "nothing-here.csv");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.errLines())
        .containsExactly("dangjian validate: cannot read nothing-here.csv: no such file");
    Run bad = dangjian("validate", "--report", "pdf", valid.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines()).hasSize(1);
    assertThat(bad.err()).startsWith("dangjian validate: 选项 '--report' 的值 'pdf' 无效");
  }

  @Test
  void aZipBombFromTheBadFileCorpusIsUnreadableInputWithoutAStackTrace() throws Exception {
    Path bomb = BadCorpora.file("xlsx/zip-bomb.xlsx").toAbsolutePath();
    Run run = dangjian("validate", bomb.toString(), "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("[ERROR] IO-LIMIT " + bomb);
    assertOneSummaryLine(run, "validate");
    assertThat(run.err()).contains("the input could not be read as its format (IO-LIMIT)");
  }

  @Test
  void everyHostileXlsFileIsUnreadableInputWithoutAStackTraceIn256MiB() throws Exception {
    List<String> files =
        List.of(
            "truncated-biff.xls",
            "huge-sst.xls",
            "sst-count-lie.xls",
            "record-length-lie.xls",
            "sst-index-beyond-table.xls",
            "no-workbook-stream.xls",
            "excel-95.xls",
            "not-ole2.xls",
            "broken-fat.xls",
            "nested-substreams.xls",
            "encrypted.xls");
    for (String name : files) {
      Path file = BadCorpora.file("xls/" + name).toAbsolutePath();
      Run run = dangjian("validate", file.toString(), "--lang", "en");
      assertThat(run.exitCode()).as(name + ": " + run.err()).isEqualTo(2);
      assertThat(run.out()).as(name).containsPattern("\\[ERROR\\] IO-(SYNTAX|LIMIT) ");
      assertOneSummaryLine(run, "validate");
      assertThat(run.err()).as(name).doesNotContain("Exception", "Log4j", "StatusLogger");
    }
  }

  @Test
  void anAnniversaryCalendarIsWrittenWithoutLoggingNoise() throws Exception {
    Path ics = dir.resolve("anniversaries.ics");
    Run run =
        dangjian(
            "anniversaries",
            valid.toString(),
            "--from",
            "2023-07-01",
            "--to",
            "2023-12-31",
            "--ics",
            ics.toString(),
            "--as-of",
            DATE);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertOneSummaryLine(run, "anniversaries");
    // ical4j logs on SLF4J: without a provider SLF4J would warn on stderr
    assertThat(run.err()).doesNotContain("SLF4J", "Log4j", "Exception");
    assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
  }

  @Test
  void bulletinsConvertToMarkdownAndHtmlAndAreCheckedAgainstTheData() throws Exception {
    Dataset group = DatasetGenerator.generate(GeneratorSettings.proportional(5, 60).build());
    Bulletin issue = BulletinGenerator.reporting(group, YearMonth.from(AS_OF).minusMonths(1), 5);
    Path json = dir.resolve("bulletin.json");
    DangjianExporter.of(ExportOptions.of(Privacy.FULL))
        .write(Dataset.builder().addBulletin(issue).build(), json);
    Path md = dir.resolve("简报.md");
    Path html = dir.resolve("简报.html");
    Run toMarkdown = dangjian("convert", json.toString(), md.toString(), "--as-of", DATE);
    assertThat(toMarkdown.exitCode()).as(toMarkdown.err()).isZero();
    assertThat(Files.readString(md)).startsWith("# 党群工作简报").contains("## 【党建大数据】");
    Run toHtml = dangjian("convert", md.toString(), html.toString(), "--as-of", DATE);
    assertThat(toHtml.exitCode()).as(toHtml.err()).isZero();
    assertThat(Files.readString(html))
        .contains(
            "data-figure=\"memberTotal\">" + issue.statistics().get().memberTotal().getAsInt());
    Run check = dangjian("bulletin", "check", md.toString(), valid.toString());
    assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("关联建议").doesNotContain("BUL-");
    assertOneSummaryLine(check, "bulletin check");
  }

  @Test
  void convertThenValidateTheOutput() throws Exception {
    Path json = dir.resolve("converted.json");
    Run convert = dangjian("convert", valid.toString(), json.toString(), "--as-of", DATE);
    assertThat(convert.exitCode()).isZero();
    assertThat(convert.out()).isEmpty();
    assertOneSummaryLine(convert, "convert");
    assertThat(convert.err()).contains("写入 " + shown(json));
    assertThat(json).isRegularFile();
    Run check = dangjian("validate", json.toString(), "--as-of", DATE);
    assertThat(check.exitCode()).isZero();
  }

  @Test
  void generateThenValidateWithTheDefaultDate() throws Exception {
    Path out = dir.resolve("generated.jsonl");
    Run generate = dangjian("generate", "--members", "120", "--seed", "9", out.toString());
    assertThat(generate.exitCode()).isZero();
    assertThat(generate.out()).isEmpty();
    assertOneSummaryLine(generate, "generate");
    assertThat(generate.err()).contains("生成 120 名党员，写入 " + shown(out));
    Run check = dangjian("validate", out.toString());
    assertThat(check.exitCode()).as(check.out()).isZero();
  }

  @Test
  void statsPrintsTheFigures() throws Exception {
    Run run = dangjian("stats", valid.toString(), "--as-of", DATE);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("党员总数 Members: 60", "【党员队伍结构 Membership】");
    assertOneSummaryLine(run, "stats");
  }
}
