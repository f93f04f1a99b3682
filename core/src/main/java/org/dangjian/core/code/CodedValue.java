package org.dangjian.core.code;

import java.util.Set;

/**
 * A value from a code table: every enum of the domain implements it, so that importers can accept
 * the national standard code, the English constant name, the Chinese label or a known alias for the
 * same value ({@link Codes#lookup}). {@link #code()} is the code of the national standard where one
 * exists (GB/T 3304 for ethnic groups, GB/T 2261.1 for gender, GB/T 4658 for education) and a
 * stable project code otherwise; {@link #label()} is the Chinese label as it appears in forms and
 * rosters. An implementing enum only supplies its {@link Spellings}.
 */
public interface CodedValue {

  /** The code, label and aliases of this value. */
  Spellings spellings();

  /** The enum constant name, as used in the JSON exchange format. */
  String name();

  /** The national standard code, or a stable project code where no standard exists. */
  default String code() {
    return spellings().code();
  }

  /** The Chinese label, for example {@code 汉族} or {@code 党支部}. */
  default String label() {
    return spellings().label();
  }

  /** Other spellings accepted on import, e.g. {@code 党委} for {@code 党的基层委员会}; never written. */
  default Set<String> aliases() {
    return spellings().aliases();
  }
}
