package io.appraisal.robustness;

import java.util.Arrays;

/**
 * A summary of a statistic over the samples: nearest-rank percentiles. Samples where the statistic is undefined
 * (NaN: a correlation with a ranking where every unit ties) are left out; all NaN if every sample is.
 *
 * @param median the 50th percentile
 * @param low the 5th percentile
 * @param high the 95th percentile
 */
public record Distribution(double median, double low, double high) {
  static Distribution of(double[] values) {
    double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (sorted.length == 0) {
      return new Distribution(Double.NaN, Double.NaN, Double.NaN);
    }
    return new Distribution(Stats.percentile(sorted, 0.5), Stats.percentile(sorted, 0.05),
        Stats.percentile(sorted, 0.95));
  }
}
