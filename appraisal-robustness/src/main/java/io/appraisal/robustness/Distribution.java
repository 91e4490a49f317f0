package io.appraisal.robustness;

/**
 * A summary of a statistic over the samples: nearest-rank percentiles.
 *
 * @param median the 50th percentile
 * @param low the 5th percentile
 * @param high the 95th percentile
 */
public record Distribution(double median, double low, double high) {
  static Distribution of(double[] values) {
    double[] sorted = RobustnessAnalysis.sorted(values);
    return new Distribution(Stats.percentile(sorted, 0.5), Stats.percentile(sorted, 0.05),
        Stats.percentile(sorted, 0.95));
  }
}
