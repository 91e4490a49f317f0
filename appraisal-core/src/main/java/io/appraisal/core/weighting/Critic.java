package io.appraisal.core.weighting;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * CRITIC, CRiteria Importance Through Intercriteria Correlation (Diakoulaki, Mavrotas &amp; Papayannakis 1995):
 * min-max normalise each criterion in its direction, take its standard deviation σ<sub>j</sub> and its Pearson
 * correlations r<sub>jk</sub> with the other criteria, C<sub>j</sub> = σ<sub>j</sub> Σ<sub>k</sub> (1 −
 * r<sub>jk</sub>) and w<sub>j</sub> = C<sub>j</sub> / Σ C.
 *
 * <p>σ<sub>j</sub> is the sample standard deviation (divisor m − 1). The choice does not matter for the weights: the
 * population divisor would multiply every σ<sub>j</sub>, hence every C<sub>j</sub>, by the same factor √((m−1)/m).
 *
 * <p>A constant criterion carries no information and has no defined correlation: it gets weight 0 and is left out of
 * the other criteria's sums, so the remaining weights are exactly those computed without it. With one non-constant
 * criterion, that criterion gets weight 1.
 */
final class Critic {

  /** Correlations within this distance of ±1 are taken as exactly ±1 (rounding in identical columns). */
  private static final double UNIT_CORRELATION_SLACK = 1e-12;

  private Critic() {}

  static double[] weights(double[][] matrix, boolean[] higherIsBetter) {
    double[][] x = Inputs.decisionMatrix("matrix", matrix, 2);
    int columns = x[0].length;
    boolean[] direction = Inputs.directions(higherIsBetter, columns);
    int m = x.length;
    double[][] centred = new double[columns][];
    double[] sumSquares = new double[columns];
    int informative = 0;
    int lastInformative = -1;
    for (int j = 0; j < columns; j++) {
      if (MinMax.isConstant(x, j)) {
        continue;
      }
      double[] r = MinMax.column(x, j, direction[j]);
      double mean = 0;
      for (double v : r) {
        mean += v;
      }
      mean /= m;
      double ss = 0;
      for (int i = 0; i < m; i++) {
        r[i] -= mean;
        ss += r[i] * r[i];
      }
      centred[j] = r;
      sumSquares[j] = ss;
      informative++;
      lastInformative = j;
    }
    checkArgument(
        informative > 0,
        "CRITIC weights are undefined: all %s criteria are constant across the %s alternatives",
        columns,
        m);
    double[] w = new double[columns];
    if (informative == 1) {
      w[lastInformative] = 1;
      return w;
    }
    double[] information = new double[columns];
    double total = 0;
    for (int j = 0; j < columns; j++) {
      if (centred[j] == null) {
        continue;
      }
      double sigma = Math.sqrt(sumSquares[j] / (m - 1));
      double conflict = 0;
      for (int k = 0; k < columns; k++) {
        if (k != j && centred[k] != null) {
          conflict += 1 - correlation(centred[j], sumSquares[j], centred[k], sumSquares[k]);
        }
      }
      information[j] = sigma * conflict;
      total += information[j];
    }
    checkArgument(
        total > 0,
        "CRITIC weights are undefined: after normalisation all %s non-constant criteria are perfectly "
            + "positively correlated (they rank the alternatives identically and carry no conflict)",
        informative);
    for (int j = 0; j < columns; j++) {
      w[j] = information[j] / total;
    }
    return w;
  }

  /** Pearson correlation of two centred columns given their sums of squares, clamped to [−1, 1]. */
  static double correlation(double[] a, double ssA, double[] b, double ssB) {
    double cross = 0;
    for (int i = 0; i < a.length; i++) {
      cross += a[i] * b[i];
    }
    double r = cross / Math.sqrt(ssA * ssB);
    if (r >= 1 - UNIT_CORRELATION_SLACK) {
      return 1;
    }
    if (r <= -1 + UNIT_CORRELATION_SLACK) {
      return -1;
    }
    return r;
  }
}
