package io.appraisal.core;

/** The mean-type aggregations over children's score fractions, for one unit. */
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
}
