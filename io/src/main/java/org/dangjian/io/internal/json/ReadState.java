package org.dangjian.io.internal.json;

import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;

/**
 * The state of one deserialization call that the record deserializers share through a {@link
 * DeserializationContext} attribute: the sink of our own import (absent in a user's mapper) and the
 * parser context of the outermost record, which field paths start from.
 */
final class ReadState {

  /** The attribute key. */
  static final Object KEY = ReadState.class;

  final ProblemSink sink;
  TokenStreamContext root;
  RecordModel rootModel;

  ReadState(ProblemSink sink) {
    this.sink = sink;
  }

  /** The state of {@code context}, created for a user's mapper when there is none. */
  static ReadState of(DeserializationContext context) {
    Object state = context.getAttribute(KEY);
    if (state instanceof ReadState readState) {
      return readState;
    }
    ReadState created = new ReadState(null);
    context.setAttribute(KEY, created);
    return created;
  }
}
