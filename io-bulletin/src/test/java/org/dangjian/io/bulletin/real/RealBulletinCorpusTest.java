package org.dangjian.io.bulletin.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.bulletin.text.TextImports;
import org.dangjian.validation.report.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real-world bulletin layouts under {@code src/test/resources/real/} (see its
 * README): each file, read as its extension says (.md as Markdown, .txt as plain text), gives the
 * structure its expectation file lists ({@link Projection}: masthead, every section kind and
 * heading, every statistic, every item headline, every priority) and exactly the issues listed
 * there ({@code issue:} lines, code and line). The expectation names a file by its bulletin, so
 * that forms of one bulletin share one expectation.
 */
class RealBulletinCorpusTest {

  /** Each corpus file and the expectation of its bulletin. */
  static Stream<String[]> corpus() {
    return Stream.of(
        new String[] {"a-converter.md", "a"},
        new String[] {"a-plain.txt", "a"},
        new String[] {"a-pdftotext.txt", "a"},
        new String[] {"a-pdftotext-layout.txt", "a"},
        new String[] {"b-converter.md", "b"},
        new String[] {"b-plain.txt", "b"},
        new String[] {"b-pdftotext.txt", "b"},
        new String[] {"b-pdftotext-layout.txt", "b"},
        new String[] {"c-headings.md", "c-headings"},
        new String[] {"c-sentences.txt", "c-sentences"});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachFileReadsToItsExpectedStructureAndIssues(String file, String expectation) {
    Read read = read(file);
    List<String> expected = resourceLines(expectation + ".expected.txt");
    List<String> structure = expected.stream().filter(l -> !l.startsWith("#")).toList();
    List<String> issues = new ArrayList<>();
    for (String line : resourceLines(file + ".issues.txt")) {
      if (!line.startsWith("#") && !line.isBlank()) {
        issues.add(line);
      }
    }
    assertThat(read.bulletins).as("%s: one bulletin; issues %s", file, read.issues()).hasSize(1);
    assertThat(Projection.of(read.bulletins.get(0))).as(file).containsExactlyElementsOf(structure);
    assertThat(read.issues()).as(file).containsExactlyElementsOf(issues);
  }

  /** What one import gave. */
  static final class Read implements RecordHandler {
    final List<Bulletin> bulletins = new ArrayList<>();
    ValidationReport report;

    @Override
    public void bulletin(Bulletin bulletin, Location location) {
      bulletins.add(bulletin);
    }

    List<String> issues() {
      return report.issues().stream().map(TextImports::describe).toList();
    }
  }

  static Read read(String file) {
    DataFormat format = file.endsWith(".md") ? DataFormat.MARKDOWN : DataFormat.TEXT;
    Read read = new Read();
    try (InputStream in = RealBulletinCorpusTest.class.getResourceAsStream("/real/" + file)) {
      assertThat(in).as(file).isNotNull();
      read.report =
          DangjianImporter.of(ImportOptions.of(TextImports.AS_OF))
              .read(new ByteArrayInputStream(in.readAllBytes()), file, format, read);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read;
  }

  static List<String> resourceLines(String name) {
    try (InputStream in = RealBulletinCorpusTest.class.getResourceAsStream("/real/" + name)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
