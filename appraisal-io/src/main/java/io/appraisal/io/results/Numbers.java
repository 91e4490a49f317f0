package io.appraisal.io.results;

import io.appraisal.core.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the writers print numbers: the same digits on every JVM and in every locale. */
final class Numbers {
  /** Decimals kept for unrounded detail values (raw values, points, contributions). */
  static final int DETAIL_SCALE = 6;

  private Numbers() {}

  /** A published number: rounded by the policy's rule, with exactly its scale ({@code 80.00}). */
  static BigDecimal published(double value, Rounding rounding) {
    return rounding.round(value);
  }

  /**
   * A detail number: the exact binary value rounded half-up to six decimals, trailing zeros dropped ({@code 97.5},
   * {@code 0.333333}); null for NaN. Independent of how the JVM prints doubles.
   */
  static BigDecimal detail(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    BigDecimal rounded = new BigDecimal(value).setScale(DETAIL_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  /** A rank: {@code 3}, or {@code 2.5} under fractional ranking. */
  static BigDecimal rank(double rank) {
    return detail(rank);
  }
}
