package org.dangjian.io.bulletin;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.bulletin.internal.news.NewsPages;
import org.dangjian.validation.DangjianValidator;
import org.dangjian.validation.ValidationRun;

/**
 * Reads news reports (新闻稿) about party building from the pages they are published on: a web page
 * (HTML), a newspaper page or an article as plain text (typed, or converted with {@code
 * pdftotext}), a Markdown conversion. One page may hold several reports. Site chrome (navigation,
 * breadcrumbs, share and print links, copyright footers) is dropped; each report gets its headline,
 * publication, publication date, reporters, date line ({@code 本报苏州1月15日电}), editor (责任编辑),
 * paragraphs, the organizations and people it names, and every figure its sentences state ({@code
 * 党员589人}). The forms accepted are shown in docs/BULLETINS.md ("News reports").
 *
 * <p>This is an API of its own rather than a format of the SPI: a format reader hands records of
 * the kinds a dataset holds ({@code RecordKind}), and a news report is no such record, it is
 * evidence to check the records against ({@code org.dangjian.validation.NewsReportCheck}). Problems
 * are reported as the format readers report theirs, with the {@code IO-*} codes and line numbers,
 * in the {@link NewsReading}'s report; the reader never throws on bad input.
 *
 * <pre>{@code
 * NewsReading reading = NewsReportReader.of(ImportOptions.of(asOf)).read(Path.of("article.html"));
 * for (NewsReport report : reading.reports()) {
 *   System.out.println(report.headline() + " " + report.figures());
 * }
 * }</pre>
 */
public final class NewsReportReader {

  /** The input forms of a news page. */
  public enum Form {
    /** Plain text, typed or converted ({@code .txt}). */
    TEXT,
    /** Markdown, as converters write it ({@code .md}, {@code .markdown}). */
    MARKDOWN,
    /** An HTML page ({@code .html}, {@code .htm}). */
    HTML;

    /**
     * The form a file name's extension names.
     *
     * @param fileName for example {@code article.html}
     * @return the form, or empty for an extension none has
     */
    public static Optional<Form> forFileName(String fileName) {
      String name = fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
        return Optional.of(HTML);
      }
      if (name.endsWith(".md") || name.endsWith(".markdown")) {
        return Optional.of(MARKDOWN);
      }
      if (name.endsWith(".txt") || name.endsWith(".text")) {
        return Optional.of(TEXT);
      }
      return Optional.empty();
    }
  }

  private final ImportOptions options;

  private NewsReportReader(ImportOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * A reader with {@code options}: their reading limits and text encoding apply, and their date and
   * validation settings make the report.
   *
   * @param options the import options
   * @return the reader
   */
  public static NewsReportReader of(ImportOptions options) {
    return new NewsReportReader(options);
  }

  /**
   * Reads a file, its form told by its extension ({@link Form#forFileName}; plain text when none).
   *
   * @param file the page
   * @return the reports and the problems
   * @throws IOException when the file cannot be read
   */
  public NewsReading read(Path file) throws IOException {
    Form form = Form.forFileName(String.valueOf(file.getFileName())).orElse(Form.TEXT);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), form);
    }
  }

  /**
   * Reads a stream, which is not closed.
   *
   * @param in the bytes of the page: UTF-8 with or without BOM, else GB18030, unless the options
   *     name the encoding
   * @param source the name of the input in the report
   * @param form the form of the page
   * @return the reports and the problems
   * @throws IOException when the stream cannot be read
   */
  public NewsReading read(InputStream in, String source, Form form) throws IOException {
    ValidationRun run = DangjianValidator.of(options.settings()).newRun(source, options.asOf());
    NewsPages.Result result =
        NewsPages.read(in, options.charset(), options.limits(), form.name(), source);
    return new NewsReading(result.reports(), result.finish(run));
  }

  /**
   * Reads a page given as text.
   *
   * @param text the page
   * @param source the name of the input in the report
   * @param form the form of the page
   * @return the reports and the problems
   */
  public NewsReading read(String text, String source, Form form) {
    ValidationRun run = DangjianValidator.of(options.settings()).newRun(source, options.asOf());
    NewsPages.Result result =
        NewsPages.read(new StringReader(text), options.limits(), form.name(), source);
    return new NewsReading(result.reports(), result.finish(run));
  }
}
