package org.dangjian.core.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Ratios of the statistics, rounded HALF_UP; empty when the denominator is zero. */
final class Percent {

  private Percent() {}

  /** {@code part} as a percentage of {@code whole}, to one decimal. */
  static Optional<BigDecimal> of(int part, int whole) {
    return ratio(part * 100L, whole, 1);
  }

  /** {@code part / whole} to {@code scale} decimals. */
  static Optional<BigDecimal> ratio(long part, int whole, int scale) {
    if (whole <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP));
  }
}
