package io.appraisal.core;

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
   * TOPSIS over whole columns: vector-normalise each child's fractions over the units, weight them, and score each
   * unit by its closeness {@code D− / (D+ + D−)} to the per-child best against the worst; 0.5 when all are equal.
   */
  static void topsis(int[] children, double[] weights, double[][] score, int n,
      double points, double[] out) {
    double weightSum = 0;
    for (double weight : weights) {
      weightSum += weight;
    }
    double[] plus = new double[n];
    double[] minus = new double[n];
    for (int c = 0; c < children.length; c++) {
      double[] column = score[children[c]];
      double norm = 0;
      for (int u = 0; u < n; u++) {
        norm += column[u] * column[u];
      }
      // Fractions are score / max; the common max cancels in the vector normalisation.
      double factor = norm > 0 ? weights[c] / weightSum / Math.sqrt(norm) : 0;
      double best = Double.NEGATIVE_INFINITY;
      double worst = Double.POSITIVE_INFINITY;
      for (int u = 0; u < n; u++) {
        double v = column[u] * factor;
        best = Math.max(best, v);
        worst = Math.min(worst, v);
      }
      for (int u = 0; u < n; u++) {
        double v = column[u] * factor;
        plus[u] += (v - best) * (v - best);
        minus[u] += (v - worst) * (v - worst);
      }
    }
    for (int u = 0; u < n; u++) {
      double dPlus = Math.sqrt(plus[u]);
      double dMinus = Math.sqrt(minus[u]);
      double closeness = dPlus + dMinus > 0 ? dMinus / (dPlus + dMinus) : 0.5;
      out[u] = points * closeness;
    }
  }
}
