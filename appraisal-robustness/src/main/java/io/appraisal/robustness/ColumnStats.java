package io.appraisal.robustness;

import io.appraisal.core.spi.PopulationStats;
import java.util.Arrays;

/**
 * The statistics a population-relative rule reads, over the non-NaN entries of a column, computed as the engine's
 * own population statistics compute them (same sums in the same order), so that the {@link FastPlan} scores a leaf
 * to the same bits. The agreement property of {@code FastPlanTest} checks it through min-max, z-score and
 * percentile-rank rules.
 */
final class ColumnStats implements PopulationStats {
  private final double[] values;
  private final int count;
  private final double min;
  private final double max;
  private final double mean;
  private double[] sorted;
  private double sd = Double.NaN;

  ColumnStats(double[] column) {
    int c = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (double value : column) {
      if (!Double.isNaN(value)) {
        c++;
        lo = Math.min(lo, value);
        hi = Math.max(hi, value);
        sum += value;
      }
    }
    this.values = column;
    this.count = c;
    this.min = c == 0 ? Double.NaN : lo;
    this.max = c == 0 ? Double.NaN : hi;
    this.mean = c == 0 ? Double.NaN : sum / c;
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public double min() {
    return min;
  }

  @Override
  public double max() {
    return max;
  }

  @Override
  public double mean() {
    return mean;
  }

  @Override
  public double sampleStandardDeviation() {
    if (Double.isNaN(sd)) {
      double squares = 0;
      for (double value : values) {
        if (!Double.isNaN(value)) {
          squares += (value - mean) * (value - mean);
        }
      }
      sd = count < 2 ? 0 : Math.sqrt(squares / (count - 1));
    }
    return sd;
  }

  @Override
  public int countBelow(double value) {
    return bound(sorted(), value, false);
  }

  @Override
  public int countEqual(double value) {
    double[] s = sorted();
    return bound(s, value, true) - bound(s, value, false);
  }

  @Override
  public double quantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile q must be in [0, 1] but was: " + q);
    }
    double[] s = sorted();
    if (s.length == 0) {
      return Double.NaN;
    }
    double h = (s.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, s.length - 1);
    return s[lo] + (h - lo) * (s[hi] - s[lo]);
  }

  private double[] sorted() {
    if (sorted == null) {
      double[] s = new double[count];
      int k = 0;
      for (double value : values) {
        if (!Double.isNaN(value)) {
          s[k++] = value;
        }
      }
      Arrays.sort(s);
      sorted = s;
    }
    return sorted;
  }

  /** The number of sorted values below {@code value} (or at or below it, when {@code inclusive}). */
  private static int bound(double[] s, double value, boolean inclusive) {
    int lo = 0;
    int hi = s.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (s[mid] < value || inclusive && s[mid] == value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
