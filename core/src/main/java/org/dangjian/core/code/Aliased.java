package org.dangjian.core.code;

import java.util.Set;

/**
 * A code-table value that is also known by other Chinese spellings, for example {@code 党委} for
 * {@code 党的基层委员会}. {@link Codes#lookup} accepts an alias wherever it accepts the label.
 */
public interface Aliased {

  /** Other spellings accepted on import; never written on export. */
  Set<String> aliases();
}
