package io.appraisal.core;

import java.util.Arrays;

/** The group imputations of {@link MissingPolicy}: statistics of a category's values, summed in unit order. */
final class Imputation {
  private Imputation() {}

  /**
   * The arithmetic mean of {@code values} (not empty), kept within their minimum and maximum, which the rounding of
   * the sum could otherwise cross by an ulp.
   */
  static double mean(double[] values) {
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    return Math.max(min, Math.min(max, sum / values.length));
  }

  /** The median of {@code values} (not empty): the middle value, or the mean of the two middle values. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
