package io.appraisal.testkit;

import io.appraisal.core.spi.PopulationStats;
import java.util.Arrays;

/**
 * Population statistics written for obviousness, not speed, and independent of the engine's: a sorted copy of the
 * values that are not NaN, and plain loops over it. Sums run in sorted order, so the statistics do not depend on the
 * order of the units.
 */
final class ReferenceStats implements PopulationStats {
  private final double[] sorted;

  ReferenceStats(double[] column) {
    sorted = Arrays.stream(column).filter(value -> !Double.isNaN(value)).sorted().toArray();
  }

  @Override
  public int count() {
    return sorted.length;
  }

  @Override
  public double min() {
    return sorted.length == 0 ? Double.NaN : sorted[0];
  }

  @Override
  public double max() {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
  }

  @Override
  public double mean() {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double value : sorted) {
      sum += value;
    }
    return sum / sorted.length;
  }

  @Override
  public double sampleStandardDeviation() {
    if (sorted.length < 2) {
      return 0;
    }
    double mean = mean();
    double squares = 0;
    for (double value : sorted) {
      squares += (value - mean) * (value - mean);
    }
    return Math.sqrt(squares / (sorted.length - 1));
  }

  @Override
  public int countBelow(double value) {
    int count = 0;
    for (double v : sorted) {
      if (v < value) {
        count++;
      }
    }
    return count;
  }

  @Override
  public int countEqual(double value) {
    int count = 0;
    for (double v : sorted) {
      if (v == value) {
        count++;
      }
    }
    return count;
  }

  @Override
  public double quantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile q must be in [0, 1] but was: " + q);
    }
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
