package io.appraisal.core.weighting;

/**
 * Min-max normalisation of one criterion in its direction: {@code (x - min) / (max - min)} when higher is better,
 * {@code (max - x) / (max - min)} when lower is better, so the best value maps to 1 and the worst to 0.
 */
final class MinMax {

  private MinMax() {}

  /** Whether column {@code j} takes a single value (min-max normalisation is then undefined). */
  static boolean isConstant(double[][] x, int j) {
    double first = x[0][j];
    for (double[] row : x) {
      if (row[j] != first) {
        return false;
      }
    }
    return true;
  }

  /**
   * Column {@code j} normalised to [0, 1] in its direction; must not be called for a constant column.
   */
  static double[] column(double[][] x, int j, boolean higherIsBetter) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : x) {
      min = Math.min(min, row[j]);
      max = Math.max(max, row[j]);
    }
    double[] r = new double[x.length];
    double range = max - min;
    boolean halve = Double.isInfinite(range); // finite inputs whose range overflows: work with halves
    if (halve) {
      range = max / 2 - min / 2;
    }
    for (int i = 0; i < x.length; i++) {
      double v = x[i][j];
      double num = higherIsBetter ? (halve ? v / 2 - min / 2 : v - min) : (halve ? max / 2 - v / 2 : max - v);
      r[i] = Math.min(1.0, Math.max(0.0, num / range));
    }
    return r;
  }
}
