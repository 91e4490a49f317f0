package io.appraisal.core;

import io.appraisal.core.weighting.Topsis;
import java.util.Arrays;

/** The mean-type aggregations over children's score fractions, for one unit, and TOPSIS over all units. */
final class Aggregations {
  private Aggregations() {}

  /**
   * Combines the score fractions of the children present for unit {@code u} (those with a positive maximum and a
   * positive weight); NaN when none is present, so the group is left out for the unit.
   */
  static double combine(Aggregation aggregation, int[] children, double[] weights, double[][] score,
      double[][] max, int u) {
    double weightSum = 0;
    double acc = aggregation == Aggregation.MINIMUM ? Double.POSITIVE_INFINITY : 0;
    boolean anyZero = false;
    for (int c = 0; c < children.length; c++) {
      double childMax = max[children[c]][u];
      double weight = weights[c];
      if (childMax <= 0 || weight <= 0) {
        continue;
      }
      double fraction = score[children[c]][u] / childMax;
      weightSum += weight;
      switch (aggregation) {
        case ARITHMETIC_MEAN -> acc += weight * fraction;
        case GEOMETRIC_MEAN -> {
          if (fraction <= 0) {
            anyZero = true;
          } else {
            acc += weight * Math.log(fraction);
          }
        }
        case HARMONIC_MEAN -> {
          if (fraction <= 0) {
            anyZero = true;
          } else {
            acc += weight / fraction;
          }
        }
        case MINIMUM -> acc = Math.min(acc, fraction);
        default -> throw new AssertionError(aggregation);
      }
    }
    if (weightSum == 0) {
      return Double.NaN;
    }
    double fraction = switch (aggregation) {
      case ARITHMETIC_MEAN -> acc / weightSum;
      case GEOMETRIC_MEAN -> anyZero ? 0 : Math.exp(acc / weightSum);
      case HARMONIC_MEAN -> anyZero ? 0 : weightSum / acc;
      case MINIMUM -> acc;
      default -> throw new AssertionError(aggregation);
    };
    return Math.max(0, Math.min(1, fraction));
  }

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
