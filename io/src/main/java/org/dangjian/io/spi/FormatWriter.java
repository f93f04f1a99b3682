package org.dangjian.io.spi;

import java.io.IOException;
import java.io.OutputStream;
import org.dangjian.io.DataFormat;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.RecordWriter;

/**
 * A service provider that writes one {@link DataFormat}: it opens a {@link RecordWriter} onto an
 * output stream. {@code DangjianExporter} finds the writers with {@link java.util.ServiceLoader}: a
 * provider is named in {@code META-INF/services/org.dangjian.io.spi.FormatWriter} for the class
 * path and with {@code provides org.dangjian.io.spi.FormatWriter with ...} in its module
 * descriptor, and has a public no-argument constructor. One instance serves every export, from any
 * thread; each writer it opens belongs to one output. {@link AbstractRecordWriter} is a convenient
 * base for the writer.
 */
public interface FormatWriter {

  /** The format this writes; its name and extensions are how files and options find the writer. */
  DataFormat format();

  /**
   * Opens a writer onto {@code out}, which closing the writer closes; the writer honours the
   * options that apply to the format (the {@link org.dangjian.io.Privacy} profile at least).
   *
   * @throws IOException when the start of the output cannot be written
   */
  RecordWriter open(OutputStream out, ExportOptions options) throws IOException;
}
