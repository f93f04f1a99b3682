package org.dangjian.io.spi;

import java.io.IOException;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.RecordWriter;

/**
 * A base for the {@link RecordWriter}s a {@link FormatWriter} opens: {@link #write(Object)} finds
 * the record's {@link RecordKind} and hands both to {@link #write(RecordKind, Object)}, which
 * writes the record or says that the format has no place for it; such records are counted in {@link
 * #skipped()}. Subclasses write the records of the kinds they hold and complete the output in
 * {@link #close()}.
 */
public abstract class AbstractRecordWriter implements RecordWriter {

  private long skipped;

  /** Constructor for subclasses. */
  protected AbstractRecordWriter() {}

  @Override
  public final void write(Object record) throws IOException {
    if (!write(RecordKind.of(record), record)) {
      skipped++;
    }
  }

  /**
   * Writes {@code record}, of {@code kind}; returns false, having written nothing, when the format
   * has no place for it.
   */
  protected abstract boolean write(RecordKind kind, Object record) throws IOException;

  @Override
  public final long skipped() {
    return skipped;
  }
}
