package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.List;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.ImmutableStatisticsBlock;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.dangjian.testkit.BulletinGenerator;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.SampleBulletins;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dangjian bulletin check} and the conversion of bulletins. */
class BulletinCommandTest {

  private static final Dataset GROUP = Files4Tests.group(8, 400);
  private static final Bulletin ISSUE =
      BulletinGenerator.reporting(GROUP, YearMonth.from(Files4Tests.AS_OF).minusMonths(1), 8);

  @TempDir Path dir;

  private Path write(Bulletin bulletin, String name) throws IOException {
    return Files4Tests.write(Dataset.builder().addBulletin(bulletin).build(), dir.resolve(name));
  }

  @Test
  void figuresThatAgreeExitZeroAndTheNamesGetLinkSuggestions() throws IOException {
    Path data = Files4Tests.write(GROUP, dir.resolve("group.jsonl"));
    Path bulletin = write(ISSUE, "bulletin.json");
    Result result = CliRunner.run("bulletin", "check", bulletin.toString(), data.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).doesNotContain("BUL-").contains("关联建议（" + ISSUE.designation() + "）：");
    assertThat(result.out())
        .containsPattern("  masthead\\.publishers\\[0\\]  \\S+党委 → org-0001 中共\\S+委员会 \\(简称相同\\)")
        .containsPattern("people\\[0\\]  \\S+ → mem-\\d+ \\S+ \\(当时任职\\)");
  }

  @Test
  void figuresThatDisagreeAreReportedWithTheirCodesAndExitOne() throws IOException {
    ImmutableStatisticsBlock block = ImmutableStatisticsBlock.copyOf(ISSUE.statistics().get());
    Bulletin wrong =
        BulletinGenerator.withStatistics(
            ISSUE,
            block
                .withMemberTotal(block.memberTotal().getAsInt() + 10)
                .withBranches(block.branches().getAsInt() + 1));
    Path data = Files4Tests.write(GROUP, dir.resolve("group.jsonl"));
    Path bulletin = write(wrong, "bulletin.jsonl");
    Result result =
        CliRunner.run("bulletin", "check", bulletin.toString(), data.toString(), "--lang", "en");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("BUL-STATS-MEMBERS", "BUL-STATS-BRANCHES", "BUL-STATS-SUM")
        .contains(
            "The bulletin states the number of members as "
                + (block.memberTotal().getAsInt() + 10)
                + "; the dataset gives "
                + block.memberTotal().getAsInt());
    assertThat(result.out().lines().filter(l -> l.contains("BUL-")).count()).isGreaterThan(0);
    assertThat(result.out()).doesNotContainPattern("\\b(DEV|ORG|LIFE|REF)-");
  }

  @Test
  void linkWritesTheBulletinWithTheSuggestionsApplied() throws IOException {
    Path data = Files4Tests.write(GROUP, dir.resolve("group.jsonl"));
    Path bulletin = write(ISSUE, "bulletin.json");
    Path linked = dir.resolve("linked.json");
    Result result =
        CliRunner.run(
            "bulletin", "check", bulletin.toString(), data.toString(), "--link", linked.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    ImportResult read = DangjianImporter.of(ImportOptions.of(Files4Tests.AS_OF)).read(linked);
    List<Bulletin> bulletins = read.dataset().bulletins();
    assertThat(bulletins).hasSize(1);
    assertThat(bulletins.get(0).masthead().publishers().get(0).organizationId())
        .contains("org-0001");
    assertThat(bulletins.get(0).sections().stream().flatMap(s -> s.items().stream()))
        .allSatisfy(
            item -> assertThat(item.organizations()).allMatch(m -> m.organizationId().isPresent()));
  }

  @Test
  void linkReplacesAReadOnlyFileOnlyWithForceAndKeepsItsPermissions() throws IOException {
    Path data = Files4Tests.write(GROUP, dir.resolve("group.jsonl"));
    Path bulletin = write(ISSUE, "bulletin.json");
    Path linked = Files.writeString(dir.resolve("linked.md"), "old\n");
    Files.setPosixFilePermissions(linked, PosixFilePermissions.fromString("r--r-----"));
    Result refused =
        CliRunner.run(
            "bulletin", "check", bulletin.toString(), data.toString(), "--link", linked.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.errLines())
        .containsExactly(
            "dangjian bulletin check: cannot write "
                + linked
                + ": it is read-only (--force replaces it all the same)");
    assertThat(Files.readString(linked)).isEqualTo("old\n");
    Result forced =
        CliRunner.run(
            "bulletin",
            "check",
            bulletin.toString(),
            data.toString(),
            "--link",
            linked.toString(),
            "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(linked)).isNotEqualTo("old\n");
    assertThat(Files.getPosixFilePermissions(linked))
        .isEqualTo(PosixFilePermissions.fromString("r--r-----"));
  }

  /**
   * The committed plain-text sample of io-bulletin's tests: issue 2024.1 with the figures of
   * docs/DOMAIN.md.
   */
  private static final Path SAMPLE =
      Path.of("../io-bulletin/src/test/resources/bulletin/sample-2024-1.txt");

  @Test
  void theTextSampleAgreesWithAGroupOfItsSizeAndDisagreesWithAnother() throws IOException {
    Dataset issue62Group = DatasetGenerator.generate(SampleBulletins.group());
    Path data = Files4Tests.write(issue62Group, dir.resolve("group62.jsonl"));
    Result agrees = CliRunner.run("bulletin", "check", SAMPLE.toString(), data.toString());
    assertThat(agrees.exitCode()).as(agrees.out() + agrees.err()).isZero();
    assertThat(agrees.out()).doesNotContain("BUL-STATS");

    Path other = Files4Tests.write(GROUP, dir.resolve("group.jsonl"));
    Result disagrees =
        CliRunner.run("bulletin", "check", SAMPLE.toString(), other.toString(), "--report", "json");
    assertThat(disagrees.exitCode()).isEqualTo(1);
    assertThat(disagrees.out())
        .contains(
            "\"BUL-STATS-MEMBERS\"",
            "\"BUL-STATS-PROBATIONARY\"",
            "\"BUL-STATS-ORGANIZATIONS\"",
            "\"BUL-STATS-BRANCHES\"")
        .doesNotContain("\"BUL-STATS-SUM\"");
  }

  @Test
  void textConvertsToMarkdownThatReadsBackToTheSameBulletin() throws IOException {
    Path md = dir.resolve("sample.md");
    Result convert = CliRunner.run("convert", SAMPLE.toString(), md.toString());
    assertThat(convert.exitCode()).as(convert.err()).isZero();
    ImportOptions options = ImportOptions.of(Files4Tests.AS_OF);
    Bulletin fromText = DangjianImporter.of(options).read(SAMPLE).dataset().bulletins().get(0);
    Bulletin fromMarkdown = DangjianImporter.of(options).read(md).dataset().bulletins().get(0);
    assertThat(fromMarkdown).isEqualTo(fromText);
    assertThat(fromText.masthead().runningNumber()).hasValue(62);
  }

  @Test
  void aDatasetWithoutABulletinIsAUsageError() throws IOException {
    Path data = Files4Tests.write(GROUP, dir.resolve("group.jsonl"));
    Result result = CliRunner.run("bulletin", "check", data.toString(), data.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no bulletin in " + data);
  }

  @Test
  void convertWritesAPrintableHtmlPageOfTheBulletin() throws IOException {
    Path bulletin = write(ISSUE, "bulletin.json");
    Path html = dir.resolve("bulletin.html");
    Result result = CliRunner.run("convert", bulletin.toString(), html.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    Document page = Jsoup.parse(Files.readString(html));
    assertThat(page.select("td[data-figure=memberTotal]").text())
        .isEqualTo(String.valueOf(ISSUE.statistics().get().memberTotal().getAsInt()));
    assertThat(page.title()).isEqualTo(ISSUE.designation());
  }

  @Test
  void htmlIsNotReadAndTextIsNotWritten() throws IOException {
    Path bulletin = write(ISSUE, "bulletin.json");
    Result toText = CliRunner.run("convert", bulletin.toString(), dir.resolve("b.txt").toString());
    assertThat(toText.exitCode()).isEqualTo(2);
    assertThat(toText.err()).contains("txt is read only");
    Path html = dir.resolve("b.html");
    Files.writeString(html, "<html></html>");
    Result fromHtml = CliRunner.run("validate", html.toString());
    assertThat(fromHtml.exitCode()).isEqualTo(2);
    assertThat(fromHtml.err()).contains("html is written only");
  }

  @Test
  void bulletinAloneAsksForACommand() {
    Result result = CliRunner.run("bulletin");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("dangjian bulletin check");
  }
}
