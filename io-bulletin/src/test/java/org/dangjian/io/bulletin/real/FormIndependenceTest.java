package org.dangjian.io.bulletin.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same bulletin read from each form it is distributed in gives the same masthead, sections,
 * statistics, item headlines and priorities ({@link Projection}): bulletin {@code a} (鑫源集团, 2024.1)
 * and bulletin {@code b} (中恒集团, 2024年第3期) as converter Markdown, as typed plain text, and as {@code
 * pdftotext} output of the PDF that headless Chromium printed from their HTML, with and without
 * {@code -layout}. Each test compares one form with the Markdown form, so that a failure names the
 * form that reads differently.
 */
class FormIndependenceTest {

  private static List<String> structure(String file) {
    RealBulletinCorpusTest.Read read = RealBulletinCorpusTest.read(file);
    assertThat(read.bulletins).as("%s: %s", file, read.issues()).hasSize(1);
    return Projection.of(read.bulletins.get(0));
  }

  private static void sameAsMarkdown(String form) {
    for (String bulletin : List.of("a", "b")) {
      List<String> markdown = structure(bulletin + "-converter.md");
      assertThat(markdown).as("bulletin %s has sections", bulletin).hasSizeGreaterThan(20);
      assertThat(structure(bulletin + form)).as(bulletin + form).isEqualTo(markdown);
    }
  }

  @Test
  void plainTextReadsLikeMarkdown() {
    sameAsMarkdown("-plain.txt");
  }

  @Test
  void pdftotextOutputReadsLikeMarkdown() {
    sameAsMarkdown("-pdftotext.txt");
  }

  @Test
  void pdftotextLayoutOutputReadsLikeMarkdown() {
    sameAsMarkdown("-pdftotext-layout.txt");
  }

  @Test
  void theFormsOfOneBulletinDifferInTheirText() {
    // the comparison above is not trivial: the files themselves differ line by line
    List<String> markdown = RealBulletinCorpusTest.resourceLines("a-converter.md");
    List<String> pdf = RealBulletinCorpusTest.resourceLines("a-pdftotext.txt");
    List<String> layout = RealBulletinCorpusTest.resourceLines("a-pdftotext-layout.txt");
    assertThat(markdown).isNotEqualTo(pdf).isNotEqualTo(layout);
    assertThat(pdf).contains("➤").doesNotContain("## 【党建要闻】");
    assertThat(markdown).contains("党员总数 **3096** 名  ");
  }
}
