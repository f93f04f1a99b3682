package org.dangjian.core.code;

/**
 * A value from a code table: every enum of the domain implements it, so that importers can accept
 * the national standard code, the English constant name or the Chinese label for the same value.
 * {@link #code()} is the code of the national standard where one exists (GB/T 3304 for ethnic
 * groups, GB/T 2261.1 for gender, GB/T 4658 for education) and a stable project code otherwise;
 * {@link #label()} is the Chinese label as it appears in forms and rosters.
 */
public interface CodedValue {

  /** The national standard code, or a stable project code where no standard exists. */
  String code();

  /** The Chinese label, for example {@code 汉族} or {@code 党支部}. */
  String label();

  /** The enum constant name, as used in the JSON exchange format. */
  String name();
}
