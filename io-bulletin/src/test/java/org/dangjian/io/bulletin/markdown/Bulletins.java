package org.dangjian.io.bulletin.markdown;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.bulletin.Masthead;
import org.dangjian.core.record.Location;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.DangjianImporter;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.RecordHandler;
import org.dangjian.io.RecordWriter;
import org.dangjian.validation.report.Issue;
import org.dangjian.validation.report.ValidationReport;

/**
 * Test fixtures and helpers for Markdown bulletins: a minimal bulletin, and writing and reading
 * through the public exporter and importer. Issue 62 of docs/DOMAIN.md, with every optional
 * attribute of the model filled in, is testkit's {@code SampleBulletins.issue62()}.
 */
final class Bulletins {

  static final LocalDate AS_OF = LocalDate.of(2024, 2, 29);

  private Bulletins() {}

  /** A bulletin with only what the model requires: a title and a period. */
  static Bulletin minimal() {
    return Bulletin.builder()
        .masthead(Masthead.builder().title("党群工作简报").period(YearMonth.of(2024, 12)).build())
        .build();
  }

  /** The Markdown the public exporter writes for {@code bulletins}. */
  static String write(List<Bulletin> bulletins) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer =
        DangjianExporter.of(ExportOptions.defaults()).open(out, DataFormat.MARKDOWN)) {
      for (Bulletin bulletin : bulletins) {
        writer.write(bulletin);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What the public importer reads from Markdown text. */
  static Read read(String markdown) throws Exception {
    return read(markdown.getBytes(StandardCharsets.UTF_8), ImportOptions.of(AS_OF));
  }

  /** What the public importer reads from Markdown bytes. */
  static Read read(byte[] bytes, ImportOptions options) throws Exception {
    Read read = new Read();
    read.report =
        DangjianImporter.of(options)
            .read(new ByteArrayInputStream(bytes), "test.md", DataFormat.MARKDOWN, read);
    return read;
  }

  /** The bulletins and report of one import. */
  static final class Read implements RecordHandler {
    final List<Bulletin> bulletins = new ArrayList<>();
    final List<Location> locations = new ArrayList<>();
    ValidationReport report;

    @Override
    public void bulletin(Bulletin bulletin, Location location) {
      bulletins.add(bulletin);
      locations.add(location);
    }

    /** The IO-* issues as {@code CODE@line field}, in report order. */
    List<String> inputIssues() {
      return report.issues().stream()
          .filter(issue -> issue.code().startsWith("IO-"))
          .map(Read::describe)
          .toList();
    }

    static String describe(Issue issue) {
      Location l = issue.location();
      return issue.code()
          + "@"
          + (l.line().isPresent() ? l.line().getAsInt() : "?")
          + l.fieldPath().map(p -> " " + p).orElse("");
    }

    String messages() {
      return String.join(
          "\n",
          report.issues().stream().map(i -> describe(i) + " " + i.message(Locale.CHINA)).toList());
    }
  }
}
