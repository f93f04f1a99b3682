package org.dangjian.io.bulletin.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.io.DataFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same bulletin, issue 62 of docs/DOMAIN.md, read from every form it is distributed in gives
 * the masthead, sections, statistics, item headlines and priorities it gives from its Markdown (the
 * lossless form, {@code bulletin/issue62.md}): printed to PDF by headless Chromium from the SDK's
 * HTML page, with and without the browser's running header and footer; written by the SDK's Word
 * writer; typed in Word with heading styles, a masthead table, a text box and bold figures. The
 * committed files and how each was made are listed in {@code real/forms/README.md}.
 */
class FormIndependenceTest {

  private static Shape markdown;

  @BeforeAll
  static void readMarkdown() {
    markdown = Shape.resource("/bulletin/issue62.md", "md").shape();
  }

  @Test
  void theMarkdownHasEverythingTheFormsAreComparedOn() {
    assertThat(markdown.statistics())
        .contains("members=OptionalInt[3096]", "branches=OptionalInt[114]", "发展党员=45名");
    assertThat(markdown.sections()).hasSize(8);
    assertThat(markdown.priorities()).hasSize(2);
  }

  @Test
  void aPdfPrintedByChromiumReadsAsTheMarkdown() {
    Shape.Read read = Shape.resource("/real/forms/issue62-chromium.pdf", "pdf");
    assertThat(read.shape()).isEqualTo(markdown);
    assertThat(read.report().issues()).isEmpty();
  }

  @Test
  void aPdfWithTheBrowsersRunningHeaderAndFooterReadsAsTheMarkdown() {
    Shape.Read read = Shape.resource("/real/forms/issue62-chromium-header-footer.pdf", "pdf");
    assertThat(read.shape()).isEqualTo(markdown);
    assertThat(read.report().issues()).isEmpty();
  }

  @Test
  void theWordWritersDocumentReadsAsTheMarkdown() {
    Shape.Read read = Shape.resource("/real/forms/issue62-writer.docx", "docx");
    assertThat(read.shape()).isEqualTo(markdown);
    assertThat(read.report().issues()).isEmpty();
  }

  @Test
  void aDocumentWrittenNowByTheWordWriterReadsAsTheMarkdown() throws Exception {
    Shape.Read read =
        Shape.read(FormsCorpus.write(DataFormat.forName("docx").orElseThrow()), "docx");
    assertThat(read.shape()).isEqualTo(markdown);
  }

  @Test
  void aDocumentTypedWithHeadingStylesATableATextBoxAndBoldFiguresReadsAsTheMarkdown() {
    Shape.Read read = Shape.resource("/real/forms/issue62-styles.docx", "docx");
    assertThat(read.shape()).isEqualTo(markdown);
    assertThat(read.report().issues()).isEmpty();
  }
}
