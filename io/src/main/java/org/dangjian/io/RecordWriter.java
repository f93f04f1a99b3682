package org.dangjian.io;

import java.io.IOException;

/**
 * Writes records to one output in a chosen format as they come, for outputs too large to hold as a
 * {@code Dataset}, like Jackson's {@code SequenceWriter}: {@link #write} takes a record of any
 * {@link org.dangjian.core.record.RecordKind}, found by {@code RecordKind.of}. Obtained from {@link
 * DangjianExporter#open}; {@link #close()} completes the output (the closing bracket of a JSON
 * document, the workbook's directory of an XLSX file). A format that has no place for a kind of
 * record (a member roster has none for activities) skips it and counts it in {@link #skipped()}.
 * Every format takes records in any order; a JSON document writes the first kind that arrives
 * straight through and keeps the other kinds in temporary files until {@link #close()}.
 */
public interface RecordWriter extends AutoCloseable {

  /**
   * Writes {@code record}, or skips and counts it when the format has no place for its kind.
   *
   * @throws IllegalArgumentException when {@code record} is of no {@code RecordKind}
   */
  void write(Object record) throws IOException;

  /** The number of records this format had no place for. */
  long skipped();

  /** Completes and closes the output. */
  @Override
  void close() throws IOException;
}
