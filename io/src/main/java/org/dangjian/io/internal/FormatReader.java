package org.dangjian.io.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes one input of one format and hands every record, or every problem, to a {@link
 * ReadContext}. A reader throws only for I/O failures of the stream; everything wrong inside the
 * bytes is reported. It stops early when {@link ReadContext#shouldStop()} says so.
 */
public interface FormatReader {

  /** Reads {@code in} (not closed here), named {@code source} in locations. */
  void read(InputStream in, String source, ReadContext context) throws IOException;
}
