package io.appraisal.core;

import io.appraisal.core.weighting.Topsis;
import java.util.Arrays;

/** TOPSIS over all units (the mean-type aggregations of one unit are {@link Aggregation#combine}). */
final class Aggregations {
  private Aggregations() {}

  /**
   * TOPSIS over whole columns, computed by {@link Topsis#closeness} with the units as alternatives and the children
   * as benefit criteria: each unit scores {@code points} × its closeness {@code D− / (D+ + D−)}; 0.5 when all are
   * equal. The children's scores stand in for their fractions: a child's maximum is common to all units (every child
   * applies to every unit) and cancels in the vector normalisation.
   */
  static void topsis(int[] children, double[] weights, double[][] score, int n, double points, double[] out) {
    if (n == 0) {
      return;
    }
    double[][] matrix = new double[n][children.length];
    for (int c = 0; c < children.length; c++) {
      double[] column = score[children[c]];
      for (int u = 0; u < n; u++) {
        matrix[u][c] = column[u];
      }
    }
    boolean[] benefit = new boolean[children.length];
    Arrays.fill(benefit, true);
    double[] closeness = Topsis.closeness(matrix, weights, benefit);
    for (int u = 0; u < n; u++) {
      out[u] = points * closeness[u];
    }
  }
}
