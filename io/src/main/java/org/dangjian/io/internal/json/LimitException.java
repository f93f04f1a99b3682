package org.dangjian.io.internal.json;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * A reading limit of ours (the size of one record) exceeded, thrown like Jackson's own constraint
 * violations so that the readers handle both alike; it names the {@code ReadLimits} accessor.
 */
final class LimitException extends StreamConstraintsException {

  private static final long serialVersionUID = 1L;

  final String limit;
  final long max;
  final long actual;

  LimitException(String limit, long max, long actual, TokenStreamLocation location) {
    super(limit + " " + actual + " exceeds " + max, location);
    this.limit = limit;
    this.max = max;
    this.actual = actual;
  }
}
