package org.dangjian.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.cli.CliRunner;
import org.dangjian.cli.CliRunner.Result;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.ImportOptions;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.SampleBulletins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dangjian convert} and {@code dangjian bulletin check} on bulletins as distributed: the PDF
 * that headless Chromium printed from the HTML page of issue 62 and the Word documents of
 * io-bulletin's corpus ({@code real/forms/}), the Word writer, and the hostile files of {@code
 * hostile/}, each of which ends in exit 1 or 2 with one clear issue and no stack trace.
 */
class PdfAndWordBulletinsTest {

  private static final Path FORMS = Path.of("../io-bulletin/src/test/resources/real/forms");
  private static final Path HOSTILE = Path.of("../io-bulletin/src/test/resources/hostile");

  @TempDir Path dir;

  @Test
  void aPdfConvertsToMarkdownWithItsFigures() throws IOException {
    Path md = dir.resolve("简报.md");
    Result result =
        CliRunner.run("convert", FORMS.resolve("issue62-chromium.pdf").toString(), md.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    Bulletin read =
        DangjianImporter.of(ImportOptions.of(Files4Tests.AS_OF))
            .read(md)
            .dataset()
            .bulletins()
            .get(0);
    assertThat(read.statistics().orElseThrow().memberTotal()).hasValue(3096);
    assertThat(read.statistics().orElseThrow().organizationTotal()).hasValue(134);
    assertThat(read.masthead().runningNumber()).hasValue(62);
  }

  @ParameterizedTest
  @ValueSource(strings = {"issue62-chromium.pdf", "issue62-styles.docx"})
  void aPdfOrWordBulletinIsCheckedAgainstTheData(String file) throws IOException {
    Dataset agreeing = DatasetGenerator.generate(SampleBulletins.group());
    Path data = Files4Tests.write(agreeing, dir.resolve("group62.jsonl"));
    Result agrees =
        CliRunner.run("bulletin", "check", FORMS.resolve(file).toString(), data.toString());
    assertThat(agrees.exitCode()).as(agrees.out() + agrees.err()).isZero();
    assertThat(agrees.out()).doesNotContain("BUL-STATS");

    Path other = Files4Tests.write(Files4Tests.group(8, 400), dir.resolve("group.jsonl"));
    Result disagrees =
        CliRunner.run("bulletin", "check", FORMS.resolve(file).toString(), other.toString());
    assertThat(disagrees.exitCode()).isEqualTo(1);
    assertThat(disagrees.out()).contains("BUL-STATS-MEMBERS", "BUL-STATS-ORGANIZATIONS");
  }

  @Test
  void markdownConvertsToAWordDocumentThatReadsBackToTheSameFigures() throws IOException {
    Path md =
        Files4Tests.write(
            Dataset.builder().addBulletin(SampleBulletins.issue62()).build(), dir.resolve("简报.md"));
    Path docx = dir.resolve("简报.docx");
    Result result = CliRunner.run("convert", md.toString(), docx.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readAllBytes(docx)).startsWith('P', 'K');
    Bulletin read =
        DangjianImporter.of(ImportOptions.of(Files4Tests.AS_OF))
            .read(docx)
            .dataset()
            .bulletins()
            .get(0);
    assertThat(read.statistics()).isEqualTo(SampleBulletins.issue62().statistics());
    assertThat(read.designation()).isEqualTo(SampleBulletins.issue62().designation());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nested-objects.pdf",
        "huge-stream.pdf",
        "encrypted.pdf",
        "not-a-pdf.pdf",
        "truncated.pdf",
        "truncated.docx",
        "zip-bomb.docx",
        "xxe.docx"
      })
  void aHostileFileIsOneIssueWithoutAStackTrace(String file) {
    Result result = CliRunner.run("validate", HOSTILE.resolve(file).toString());
    assertThat(result.exitCode()).as(result.out() + result.err()).isIn(1, 2);
    assertThat(result.out()).containsAnyOf("IO-SYNTAX", "IO-LIMIT").contains("IO-REJECTED");
    assertThat(result.out() + result.err())
        .doesNotContain("Exception", "\tat ", "root:x:")
        .doesNotContainPattern("at org\\.apache\\.");
  }
}
