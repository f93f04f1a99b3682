package org.dangjian.testkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.ImportResult;
import org.dangjian.testkit.DatasetGenerator;
import org.dangjian.testkit.Defect;
import org.dangjian.testkit.GeneratorSettings;
import org.dangjian.testkit.Mutation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DatasetFiles#writeBulletins} writes a dataset's bulletins as Markdown, an HTML page and a
 * Word document: the Markdown file re-imports to equal bulletins, the Word file to the same
 * designation and statistics, the HTML page shows the figures; a broken bulletin (one member too
 * many) written as Markdown and imported with the lossless file of its dataset gives exactly the
 * defect's rule at the bulletin.
 */
class BulletinFilesTest {

  private static final GeneratorSettings SETTINGS = GeneratorSettings.proportional(5, 300).build();
  private static final LocalDate AS_OF = SETTINGS.asOf();
  private static final Dataset VALID = DatasetGenerator.generate(SETTINGS);
  private static final Mutation BROKEN = Defect.BULLETIN_MEMBERS_WRONG.applyTo(VALID, AS_OF);

  @Test
  void theBulletinFormatsAreMarkdownHtmlAndWord(@TempDir Path dir) throws Exception {
    List<Path> files = DatasetFiles.writeBulletins(BROKEN.dataset(), dir, "issue");

    assertThat(DatasetFiles.bulletinFormats())
        .containsExactly(
            DataFormat.MARKDOWN, DataFormat.HTML, DataFormat.forName("docx").orElseThrow());
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("issue.md", "issue.html", "issue.docx");
  }

  @Test
  void markdownReimportsToEqualBulletinsAndWordToTheSameStatistics(@TempDir Path dir)
      throws Exception {
    List<Bulletin> written = BROKEN.dataset().bulletins();
    assertThat(written).hasSize(1);
    DatasetFiles.writeBulletins(BROKEN.dataset(), dir, "issue");

    ImportResult markdown = read(dir.resolve("issue.md"));
    ImportResult word = read(dir.resolve("issue.docx"));
    String html = Files.readString(dir.resolve("issue.html"), StandardCharsets.UTF_8);

    assertThat(markdown.dataset().bulletins()).isEqualTo(written);
    assertThat(markdown.dataset().members()).isEmpty();
    Bulletin fromWord = word.dataset().bulletins().get(0);
    assertThat(fromWord.designation()).isEqualTo(written.get(0).designation());
    assertThat(fromWord.statistics()).isEqualTo(written.get(0).statistics());
    int stated = written.get(0).statistics().orElseThrow().memberTotal().orElseThrow();
    assertThat(stated)
        .isEqualTo(VALID.members().stream().filter(m -> m.stage().isPartyMember()).count() + 1);
    assertThat(html).contains(String.valueOf(stated));
  }

  @Test
  void aBrokenBulletinBesideItsDatasetGivesExactlyItsRule(@TempDir Path dir) throws Exception {
    Path bulletin = DatasetFiles.writeBulletins(BROKEN.dataset(), dir, "issue").get(0);
    Path data = DatasetFiles.writeLossless(VALID, dir, "group").get(1);

    ImportResult result = read(data, bulletin);

    assertThat(result.report().issues())
        .extracting(i -> i.code() + "@" + i.location().recordId().orElse("-"))
        .containsExactly(Defect.BULLETIN_MEMBERS_WRONG.ruleId() + "@" + BROKEN.recordId());
  }

  private static ImportResult read(Path... files) throws Exception {
    return DangjianImporter.of(ImportOptions.of(AS_OF)).read(files);
  }
}
