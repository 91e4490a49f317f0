package io.appraisal.core.panel;

import java.util.Arrays;

/**
 * The statistics of a panel. Every function sorts a copy of its input first, so the result does not depend on
 * the order of the raters, bit for bit.
 */
final class Stats {
  /** 1 / Φ⁻¹(3/4): the scale that makes the MAD a consistent estimator of σ for normal data. */
  static final double MAD_SCALE = 1.4826;

  private Stats() {}

  static double mean(double[] scores) {
    return trimmedMean(scores, 0);
  }

  /** The mean after dropping the {@code k} highest and {@code k} lowest scores; needs more than 2k scores. */
  static double trimmedMean(double[] scores, int k) {
    if (scores.length <= 2 * k) {
      throw new IllegalArgumentException(
          "a trimmed mean dropping " + k + " at each end needs more than " + 2 * k + " scores but has "
              + scores.length);
    }
    double[] sorted = sorted(scores);
    double sum = 0;
    for (int i = k; i < sorted.length - k; i++) {
      sum += sorted[i];
    }
    return sum / (sorted.length - 2 * k);
  }

  static double median(double[] scores) {
    if (scores.length == 0) {
      throw new IllegalArgumentException("the median of no scores");
    }
    double[] sorted = sorted(scores);
    int half = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
  }

  /** The sample standard deviation (n − 1 in the denominator); 0 for a single score. */
  static double standardDeviation(double[] scores) {
    if (scores.length < 2) {
      return 0;
    }
    double mean = mean(scores);
    double squares = 0;
    for (double score : sorted(scores)) {
      squares += (score - mean) * (score - mean);
    }
    return Math.sqrt(squares / (scores.length - 1));
  }

  /**
   * The median absolute deviation from the median, scaled by 1.4826 so that it estimates the standard deviation of
   * normally distributed scores (Leys et al. 2013, "Detecting outliers: do not use standard deviation around the
   * mean, use absolute deviation around the median").
   */
  static double mad(double[] scores) {
    double median = median(scores);
    double[] deviations = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      deviations[i] = Math.abs(scores[i] - median);
    }
    return MAD_SCALE * median(deviations);
  }

  /** Ranks 1..n with tied values given the mean of the ranks they span (midranks). */
  static double[] midranks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[n];
    for (int start = 0; start < n; ) {
      int end = start;
      while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      double rank = (start + end) / 2.0 + 1;
      for (int i = start; i <= end; i++) {
        ranks[order[i]] = rank;
      }
      start = end + 1;
    }
    return ranks;
  }

  /**
   * Kendall's coefficient of concordance W of m raters over n objects, corrected for ties: {@code scores[j][i]} is
   * rater j's score of object i. With R_i the sum of object i's midranks and T_j = Σ (t³ − t) over rater j's groups
   * of t tied objects, W = (12 ΣR_i² − 3m²n(n+1)²) / (m²n(n² − 1) − mΣT_j) (Kendall and Babington Smith 1939;
   * Legendre 2005, eq. 3). NaN when m &lt; 2 or n &lt; 2, or when every rater ties every object.
   */
  static double kendallW(double[][] scores) {
    int m = scores.length;
    int n = m == 0 ? 0 : scores[0].length;
    if (m < 2 || n < 2) {
      return Double.NaN;
    }
    double[] rankSums = new double[n];
    double ties = 0;
    for (double[] rater : scores) {
      double[] ranks = midranks(rater);
      for (int i = 0; i < n; i++) {
        rankSums[i] += ranks[i];
      }
      ties += tieTerm(rater);
    }
    double sumOfSquares = 0;
    for (double sum : rankSums) {
      sumOfSquares += sum * sum;
    }
    double numerator = 12 * sumOfSquares - 3.0 * m * m * n * (n + 1.0) * (n + 1.0);
    double denominator = (double) m * m * n * ((double) n * n - 1) - m * ties;
    if (denominator <= 0) {
      return Double.NaN;
    }
    return Math.min(1, Math.max(0, numerator / denominator));
  }

  /** Σ (t³ − t) over the groups of t equal values. */
  private static double tieTerm(double[] values) {
    double[] sorted = sorted(values);
    double term = 0;
    for (int start = 0; start < sorted.length; ) {
      int end = start;
      while (end + 1 < sorted.length && sorted[end + 1] == sorted[start]) {
        end++;
      }
      double t = end - start + 1;
      term += t * t * t - t;
      start = end + 1;
    }
    return term;
  }

  private static double[] sorted(double[] scores) {
    double[] copy = scores.clone();
    Arrays.sort(copy);
    return copy;
  }
}
