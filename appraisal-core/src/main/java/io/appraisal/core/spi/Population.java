package io.appraisal.core.spi;

import java.util.Arrays;

/**
 * Statistics over the non-NaN entries of a column: count, minimum and maximum in one pass; the mean, the standard
 * deviation and the sorted copy are computed only when a rule asks for them (the mean by the same sum in column
 * order, whenever it is asked).
 */
final class Population implements PopulationStats {
  private final double[] values;
  private final int count;
  private final double min;
  private final double max;
  private double mean = Double.NaN;
  private double[] sorted;

  private double sd = Double.NaN;

  Population(double[] column) {
    int c = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double value : column) {
      if (!Double.isNaN(value)) {
        c++;
        // Math.min only where it can change the minimum (equal values: -0.0 is below 0.0), so that the common
        // value inside the range so far costs two predictable comparisons, not a chain of Math.min.
        if (value <= lo) {
          lo = Math.min(lo, value);
        }
        if (value >= hi) {
          hi = Math.max(hi, value);
        }
      }
    }
    this.values = column;
    this.count = c;
    this.min = c == 0 ? Double.NaN : lo;
    this.max = c == 0 ? Double.NaN : hi;
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
  public synchronized double mean() {
    if (Double.isNaN(mean) && count > 0) {
      double sum = 0;
      for (double value : values) {
        if (!Double.isNaN(value)) {
          sum += value;
        }
      }
      mean = sum / count;
    }
    return mean;
  }

  @Override
  public synchronized double sampleStandardDeviation() {
    if (Double.isNaN(sd)) {
      double mean = mean();
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
    double[] s = sorted();
    return lowerBound(s, value);
  }

  @Override
  public int countEqual(double value) {
    double[] s = sorted();
    return upperBound(s, value) - lowerBound(s, value);
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

  private synchronized double[] sorted() {
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

  private static int lowerBound(double[] s, double value) {
    int lo = 0;
    int hi = s.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (s[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] s, double value) {
    int lo = 0;
    int hi = s.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (s[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
