package org.dangjian.validation.internal;

import java.io.Serializable;
import org.dangjian.core.record.RecordKind;

/**
 * Turns a record into text and back for a {@link Segment}, so that a part validated on one machine
 * can be replayed on another: the exchange format's JSON with full identifiers, in dangjian-spark.
 * Decoding what was encoded gives a record equal to the one encoded.
 */
public interface RecordCodec extends Serializable {

  /** The record as text. */
  String encode(RecordKind kind, Object record);

  /** The record back from its text. */
  Object decode(RecordKind kind, String text);
}
