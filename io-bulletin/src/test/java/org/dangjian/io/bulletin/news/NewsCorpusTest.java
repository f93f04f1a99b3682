package org.dangjian.io.bulletin.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.core.bulletin.NewsReport;
import org.dangjian.core.bulletin.OrganizationMention;
import org.dangjian.core.bulletin.StatedFigure;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.bulletin.NewsReading;
import org.dangjian.io.bulletin.NewsReportReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The news corpus under {@code src/test/resources/real/news}: six pages written in the forms news
 * reports are published in (a web page with site chrome, a newspaper page of three reports, a
 * WeChat article, {@code pdftotext} output wrapped at the page width with a page break inside a
 * paragraph, a Markdown conversion, an article in Chinese numerals with approximate figures), each
 * read to the headline, publication, date, reporters, date line, editor, paragraph count,
 * organizations and figures of its expectation file.
 */
class NewsCorpusTest {

  static final Path CORPUS = Path.of("src/test/resources/real/news");
  static final ImportOptions OPTIONS = ImportOptions.of(LocalDate.of(2024, 1, 31));

  static Stream<String> articles() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".expected"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void theCorpusHoldsAtLeastSixArticlesEachWithItsExpectation() throws IOException {
    List<String> names = articles().toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(6);
    for (String name : names) {
      assertThat(CORPUS.resolve(expectationOf(name))).exists();
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void readsToItsExpectation(String name) throws IOException {
    NewsExpectation expected = NewsExpectation.of(CORPUS.resolve(expectationOf(name)));
    NewsReading reading = NewsReportReader.of(OPTIONS).read(CORPUS.resolve(name));

    assertThat(reading.reports()).as(name + " reports").hasSize(expected.reports);
    assertThat(reading.report().issuesOf("IO-UNPLACED"))
        .as(name + " unplaced: " + reading.report().issues())
        .hasSize(expected.unplaced);
    assertThat(reading.report().issues())
        .as(name + " only unplaced text is reported")
        .allMatch(i -> i.code().equals("IO-UNPLACED"));
    for (int r = 0; r < expected.each.size(); r++) {
      NewsExpectation.Report want = expected.each.get(r);
      NewsReport got = reading.reports().get(r);
      String at = name + " report " + (r + 1) + " ";
      assertThat(got.headline()).as(at + "headline").isEqualTo(want.headline);
      assertThat(got.publication()).as(at + "publication").isEqualTo(want.publication);
      assertThat(got.publishedOn()).as(at + "publishedOn").hasToString(want.publishedOn);
      assertThat(got.reporters()).as(at + "reporters").isEqualTo(want.reporters);
      assertThat(got.dateLine().orElse("")).as(at + "dateLine").isEqualTo(want.dateLine);
      assertThat(got.date().map(LocalDate::toString).orElse(""))
          .as(at + "date")
          .isEqualTo(want.date);
      assertThat(got.editor().orElse("")).as(at + "editor").isEqualTo(want.editor);
      assertThat(got.paragraphs())
          .as(at + "paragraphs " + got.paragraphs())
          .hasSize(want.paragraphs);
      assertThat(got.organizations().stream().map(OrganizationMention::name).toList())
          .as(at + "organizations")
          .isEqualTo(want.organizations);
      assertThat(got.figures().stream().map(NewsCorpusTest::shown).toList())
          .as(at + "figures")
          .isEqualTo(want.figures);
      for (StatedFigure figure : got.figures()) {
        assertThat(got.paragraphs())
            .as(at + "sentence of " + shown(figure))
            .anyMatch(p -> p.contains(figure.sentence().orElseThrow()));
      }
    }
  }

  static String shown(StatedFigure figure) {
    return figure.label()
        + "|"
        + figure.value().stripTrailingZeros().toPlainString()
        + "|"
        + figure.unit().orElse("")
        + "|"
        + figure.approximate();
  }

  private static String expectationOf(String name) {
    return name.substring(0, name.lastIndexOf('.')) + ".expected";
  }
}
