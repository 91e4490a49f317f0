package io.appraisal.robustness;

import java.util.Arrays;

/** The statistics of the analysis: percentiles, rank correlations. */
final class Stats {
  private Stats() {}

  /** The sample standard deviation (n − 1); 0 for fewer than two values. */
  static double standardDeviation(double[] values) {
    if (values.length < 2) {
      return 0;
    }
    double mean = Arrays.stream(values).sum() / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / (values.length - 1));
  }

  /** The nearest-rank percentile of sorted values: the smallest value with at least {@code p} of them at or below. */
  static double percentile(double[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length - 1e-9) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** Spearman's correlation of two rankings: Pearson's correlation of the ranks (NaN if either is constant). */
  static double spearman(double[] x, double[] y) {
    int n = x.length;
    double mx = Arrays.stream(x).sum() / n;
    double my = Arrays.stream(y).sum() / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  /**
   * Kendall's tau-b: {@code (C − D) / sqrt((n0 − Tx)(n0 − Ty))} with C and D the concordant and discordant pairs,
   * n0 all pairs and Tx, Ty the pairs tied in x or y (NaN if either is constant).
   */
  static double kendallTauB(double[] x, double[] y) {
    long concordant = 0;
    long discordant = 0;
    long tiedX = 0;
    long tiedY = 0;
    int n = x.length;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double dx = x[i] - x[j];
        double dy = y[i] - y[j];
        tiedX += dx == 0 ? 1 : 0;
        tiedY += dy == 0 ? 1 : 0;
        double product = dx * dy;
        if (product > 0) {
          concordant++;
        } else if (product < 0) {
          discordant++;
        }
      }
    }
    long pairs = (long) n * (n - 1) / 2;
    double denominator = Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
    return denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
  }
}
