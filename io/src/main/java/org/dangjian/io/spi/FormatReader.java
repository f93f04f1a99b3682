package org.dangjian.io.spi;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.io.DataFormat;

/**
 * A service provider that reads one {@link DataFormat}: it decodes an input and hands every record,
 * or every problem, to a {@link ReadContext}. {@code DangjianImporter} finds the readers with
 * {@link java.util.ServiceLoader}: a provider is named in {@code
 * META-INF/services/org.dangjian.io.spi.FormatReader} for the class path and with {@code provides
 * org.dangjian.io.spi.FormatReader with ...} in its module descriptor, and has a public no-argument
 * constructor. One instance serves every import, from any thread, so a reader keeps its per-input
 * state in locals. A reader throws only for I/O failures of the stream; everything wrong inside the
 * bytes is reported to the context, and it stops early when {@link ReadContext#shouldStop()} says
 * so.
 */
public interface FormatReader {

  /** The format this reads; its name and extensions are how files and options find the reader. */
  DataFormat format();

  /**
   * Reads {@code in} (not closed here), named {@code source} in locations, reporting to {@code
   * context}.
   *
   * @throws IOException when the stream itself fails
   */
  void read(InputStream in, String source, ReadContext context) throws IOException;

  /**
   * Reads the regular file {@code file}, named {@code source} in locations, reporting to {@code
   * context}. By default through a buffered stream and {@link #read(InputStream, String,
   * ReadContext)}; a reader that needs random access (a ZIP container such as XLSX) overrides it to
   * read the file in place instead of copying the stream to a temporary file.
   *
   * @throws IOException when the file cannot be read
   */
  default void read(Path file, String source, ReadContext context) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      read(in, source, context);
    }
  }
}
