package org.dangjian.io.bulletin.internal.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.bulletin.NewsReport;
import org.dangjian.io.ReadLimits;
import org.dangjian.io.bulletin.internal.text.BoundedLines;
import org.dangjian.io.internal.TextInput;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.ValidationRun;
import org.dangjian.validation.report.InputSummary;
import org.dangjian.validation.report.ValidationReport;

/**
 * Reads one news page for {@code org.dangjian.io.bulletin.NewsReportReader}: decodes the bytes
 * ({@link TextInput}: UTF-8 with or without BOM, else GB18030), enforces the reading limits (the
 * whole page at most {@link ReadLimits#maxRecordSize()} characters, a line of text or Markdown at
 * most {@link ReadLimits#maxFieldLength()}), turns the page into lines by its form ({@link
 * NewsLines}) and assembles the reports ({@link NewsAssembler}).
 */
public final class NewsPages {

  /** The reports of a page and its problems, reported into a run by {@link #finish}. */
  public static final class Result {
    private final List<NewsReport> reports;
    private final long rejected;
    private final Sink sink;

    private Result(List<NewsReport> reports, long rejected, Sink sink) {
      this.reports = List.copyOf(reports);
      this.rejected = rejected;
      this.sink = sink;
    }

    /** The reports built, in print order. */
    public List<NewsReport> reports() {
      return reports;
    }

    /**
     * Reports the problems into {@code run} and finishes it.
     *
     * @param run a run not yet finished
     * @return the report, with the input summary
     */
    public ValidationReport finish(ValidationRun run) {
      sink.problems.report(run, sink.source);
      long accepted = reports.size();
      return run.finish(new InputSummary(accepted + rejected, accepted, rejected, sink.stopped));
    }
  }

  /** Problems and the source, kept until {@link Result#finish}. */
  private static final class Sink {
    private final NewsProblems problems = new NewsProblems();
    private final String source;
    private boolean stopped;

    Sink(String source) {
      this.source = source;
    }

    void report(ValidationRun run) {
      problems.report(run, source);
    }
  }

  private NewsPages() {}

  /**
   * Reads a page from bytes.
   *
   * @param in the bytes, not closed
   * @param charset the encoding, when not detected
   * @param limits the reading limits
   * @param form {@code TEXT}, {@code MARKDOWN} or {@code HTML}
   * @param source the name of the input
   * @return the reports and problems
   * @throws IOException when the stream cannot be read
   */
  public static Result read(
      InputStream in, Optional<Charset> charset, ReadLimits limits, String form, String source)
      throws IOException {
    Sink sink = new Sink(source);
    try (Reader text = new TextInput(in, charset)) {
      return read(text, limits, form, sink);
    } catch (TextInput.EncodingException e) {
      sink.problems.encoding((int) Math.min(Integer.MAX_VALUE, e.line()), e.getMessage());
      sink.stopped = true;
      return new Result(List.of(), 0, sink);
    }
  }

  /**
   * Reads a page from characters.
   *
   * @param text the page
   * @param limits the reading limits
   * @param form {@code TEXT}, {@code MARKDOWN} or {@code HTML}
   * @param source the name of the input
   * @return the reports and problems
   */
  public static Result read(Reader text, ReadLimits limits, String form, String source) {
    try {
      return read(text, limits, form, new Sink(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Result read(Reader text, ReadLimits limits, String form, Sink sink)
      throws IOException {
    boolean html = "HTML".equals(form);
    List<String> raw = lines(text, limits, !html, sink);
    if (raw == null) {
      sink.stopped = true;
      return new Result(List.of(), 0, sink);
    }
    List<NewsLine> lines =
        switch (form) {
          case "HTML" -> NewsLines.html(String.join("\n", raw));
          case "MARKDOWN" -> NewsLines.markdown(raw);
          default -> NewsLines.text(raw);
        };
    List<NewsReport> reports = NewsAssembler.assemble(lines, sink.problems);
    return new Result(reports, sink.problems.count(InputProblem.REJECTED), sink);
  }

  /** The lines of the text, or null when a limit was exceeded (and reported). */
  private static List<String> lines(Reader text, ReadLimits limits, boolean lineLimit, Sink sink)
      throws IOException {
    return BoundedLines.read(text, limits, lineLimit, sink.problems::limit);
  }
}
