package org.dangjian.io.internal;

import java.io.OutputStream;
import org.dangjian.io.DangjianIoException;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;

/**
 * The reader and the writer of each {@link DataFormat}: the one place that knows which class
 * decodes and encodes which format. Formats without one (bulletin text, Markdown) are refused with
 * a {@link DangjianIoException} naming the format.
 */
public final class Formats {

  private Formats() {}

  /** The reader of {@code format}. */
  public static FormatReader reader(DataFormat format) throws DangjianIoException {
    throw new DangjianIoException("reading " + format + " is not supported");
  }

  /** A writer of {@code format} onto {@code out}, which the writer closes. */
  public static RecordWriter writer(DataFormat format, OutputStream out, ExportOptions options)
      throws DangjianIoException {
    throw new DangjianIoException("writing " + format + " is not supported");
  }
}
