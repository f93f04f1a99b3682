package org.dangjian.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * How a report is rendered: {@link #JSON} for machines (a stable document with the summary, the
 * tallies and every issue with its location and message) or {@link #TEXT} for people (a summary
 * line, one line per issue with its place and message, then the counts by rule). Messages are in
 * the locale given: Chinese by default, English on request.
 */
public enum ReportFormat {
  /** A JSON document. */
  JSON {
    @Override
    void write(ValidationReport report, Locale locale, Writer out) throws IOException {
      JsonReportWriter.write(report, locale, out);
    }
  },
  /** Readable text. */
  TEXT {
    @Override
    void write(ValidationReport report, Locale locale, Writer out) throws IOException {
      TextReportWriter.write(report, locale, out);
    }
  };

  abstract void write(ValidationReport report, Locale locale, Writer out) throws IOException;
}
