package org.dangjian.spark.internal;

import org.dangjian.core.record.RecordKind;
import org.dangjian.validation.internal.RecordCodec;

/**
 * The codec of a reading for statistics, which never replays its records: it keeps none of them
 * (each encodes as the empty text), so the segment a part leaves on its executor stays small.
 */
final class NoRecords implements RecordCodec {

  private static final long serialVersionUID = 1L;

  static final NoRecords INSTANCE = new NoRecords();

  private NoRecords() {}

  @Override
  public String encode(RecordKind kind, Object record) {
    return "";
  }

  @Override
  public Object decode(RecordKind kind, String text) {
    throw new UnsupportedOperationException("a reading for statistics keeps no records");
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
