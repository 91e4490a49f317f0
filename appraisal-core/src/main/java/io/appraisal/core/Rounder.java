package io.appraisal.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds doubles to scaled long keys exactly as {@link Rounding#round(double)} would, without a {@link BigDecimal}
 * on the common path: only values within 1e-6 of a rounding boundary take the exact, slower route.
 */
final class Rounder {
  private static final double FAST_LIMIT = 1e9;
  private static final double MARGIN = 1e-6;

  private final Rounding rounding;
  private final double factor;
  private final boolean halfMode;

  Rounder(Rounding rounding) {
    this.rounding = rounding;
    this.factor = Math.pow(10, rounding.scale());
    RoundingMode mode = rounding.mode();
    this.halfMode = mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_DOWN || mode == RoundingMode.HALF_EVEN;
  }

  /** The publish stage: the {@link #key} of every value, over ranges of units in parallel for a large population. */
  long[] keys(double[] values, Parallel parallel) {
    long[] keys = new long[values.length];
    parallel.forRanges(values.length, (from, to) -> {
      for (int u = from; u < to; u++) {
        keys[u] = key(values[u]);
      }
    });
    return keys;
  }

  /** The rounded value times 10^scale. */
  long key(double value) {
    double scaled = value * factor;
    if (Math.abs(scaled) < FAST_LIMIT) {
      double floor = Math.floor(scaled);
      double fraction = scaled - floor;
      if (halfMode) {
        if (Math.abs(fraction - 0.5) > MARGIN) {
          return (long) (fraction > 0.5 ? floor + 1 : floor);
        }
      } else if (fraction > MARGIN && fraction < 1 - MARGIN) {
        return (long) directed(floor, value);
      }
    }
    return rounding.round(value).unscaledValue().longValueExact();
  }

  /** FLOOR, CEILING, DOWN (towards zero) or UP (away from zero) for a value strictly between two integers. */
  private double directed(double floor, double value) {
    return switch (rounding.mode()) {
      case FLOOR -> floor;
      case CEILING -> floor + 1;
      case DOWN -> value >= 0 ? floor : floor + 1;
      case UP -> value >= 0 ? floor + 1 : floor;
      default -> throw new AssertionError(rounding.mode());
    };
  }

  /** The smallest key whose published value is at least {@code threshold}. */
  long thresholdKey(double threshold) {
    return BigDecimal.valueOf(threshold).movePointRight(rounding.scale()).setScale(0, RoundingMode.CEILING)
        .longValueExact();
  }

  BigDecimal published(long key) {
    return BigDecimal.valueOf(key, rounding.scale());
  }
}
