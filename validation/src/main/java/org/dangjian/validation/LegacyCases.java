package org.dangjian.validation;

/**
 * What to do with a development case that started (application handed in) before the earliest
 * edition of the development rules the settings know: {@link #CHECK_WITH_EARLIEST} applies that
 * edition anyway, {@link #SKIP} leaves the case's timing unchecked. Records of members admitted
 * decades ago rarely follow the 2014 procedure, so systems holding old records may prefer {@code
 * SKIP}.
 */
public enum LegacyCases {
  /** Check old cases with the earliest edition. */
  CHECK_WITH_EARLIEST,
  /** Do not check the development timing of old cases. */
  SKIP
}
