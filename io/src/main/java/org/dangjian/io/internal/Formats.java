package org.dangjian.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.dangjian.io.DangjianIoException;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.internal.bulletin.html.HtmlBulletinWriter;
import org.dangjian.io.internal.bulletin.markdown.MarkdownBulletinReader;
import org.dangjian.io.internal.bulletin.markdown.MarkdownBulletinWriter;
import org.dangjian.io.internal.bulletin.text.TextBulletinReader;
import org.dangjian.io.internal.csv.CsvRosterReader;
import org.dangjian.io.internal.csv.CsvRosterWriter;
import org.dangjian.io.internal.json.JsonDocumentReader;
import org.dangjian.io.internal.json.JsonDocumentWriter;
import org.dangjian.io.internal.json.JsonLinesReader;
import org.dangjian.io.internal.json.JsonLinesWriter;
import org.dangjian.io.internal.xlsx.XlsxRosterReader;
import org.dangjian.io.internal.xlsx.XlsxRosterWriter;

/**
 * The reader and the writer of each {@link DataFormat}: the one place that knows which class
 * decodes and encodes which format. Formats without one (for example writing bulletin text) are
 * refused with a {@link DangjianIoException} naming the format.
 */
public final class Formats {

  private Formats() {}

  /** The reader of {@code format}. */
  public static FormatReader reader(DataFormat format) throws DangjianIoException {
    switch (format) {
      case CSV:
        return new CsvRosterReader();
      case XLSX:
        return new XlsxRosterReader();
      case JSON:
        return new JsonDocumentReader();
      case JSON_LINES:
        return new JsonLinesReader();
      case MARKDOWN:
        return new MarkdownBulletinReader();
      case TEXT:
        return new TextBulletinReader();
      default:
        break;
    }
    throw new DangjianIoException("reading " + format + " is not supported");
  }

  /** A writer of {@code format} onto {@code out}, which the writer closes. */
  public static RecordWriter writer(DataFormat format, OutputStream out, ExportOptions options)
      throws DangjianIoException {
    try {
      switch (format) {
        case CSV:
          return new CsvRosterWriter(out, options);
        case XLSX:
          return new XlsxRosterWriter(out, options);
        case JSON:
          return new JsonDocumentWriter(out, options.privacy());
        case JSON_LINES:
          return new JsonLinesWriter(out, options.privacy());
        case HTML:
          return new HtmlBulletinWriter(out);
        case MARKDOWN:
          return new MarkdownBulletinWriter(out);
        default:
          break;
      }
    } catch (IOException e) {
      throw new DangjianIoException("cannot write " + format + ": " + e.getMessage(), e);
    }
    throw new DangjianIoException("writing " + format + " is not supported");
  }
}
