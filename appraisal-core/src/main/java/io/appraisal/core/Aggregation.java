package io.appraisal.core;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a group indicator combines its children. Points-style schemes add points ({@link #SUM}); composite indices
 * take weighted means of normalised scores (the HDI is a {@link #GEOMETRIC_MEAN}).
 */
@API(status = STABLE, since = "0.1")
public enum Aggregation {
  /** Points add up; the group's maximum is the sum of its applicable children's maxima. */
  SUM,
  /** Weighted arithmetic mean of the children's score fractions, reweighted over the children present. */
  ARITHMETIC_MEAN,
  /** Weighted geometric mean of the children's score fractions. */
  GEOMETRIC_MEAN,
  /** Weighted harmonic mean of the children's score fractions (zero if any child is zero). */
  HARMONIC_MEAN,
  /** The weakest child's score fraction: no compensation at all. */
  MINIMUM,
  /**
   * TOPSIS (Hwang and Yoon): closeness of the unit's weighted, vector-normalised child fractions to the best values
   * among the units against the worst, {@code D− / (D+ + D−)}; population-relative. Every child must apply to every
   * unit. Equal units all get 0.5.
   */
  TOPSIS;

  /**
   * Combines the score fractions of the children present for unit {@code u} (those with a positive maximum and a
   * positive weight); NaN when none is present, so the group is left out for the unit. Mean-type aggregations
   * only. The engine's own arithmetic, public for the library's modules that must reproduce it to the bit (the
   * robustness module's fast plan); not for applications.
   */
  @API(status = INTERNAL, since = "0.1")
  public double combine(int[] children, double[] weights, double[][] score,
      double[][] max, int u) {
    double weightSum = 0;
    double acc = this == MINIMUM ? Double.POSITIVE_INFINITY : 0;
    boolean anyZero = false;
    for (int c = 0; c < children.length; c++) {
      double childMax = max[children[c]][u];
      double weight = weights[c];
      if (childMax <= 0 || weight <= 0) {
        continue;
      }
      double fraction = score[children[c]][u] / childMax;
      weightSum += weight;
      switch (this) {
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
        default -> throw new UnsupportedOperationException(this + " is not a mean-type aggregation");
      }
    }
    if (weightSum == 0) {
      return Double.NaN;
    }
    double fraction = switch (this) {
      case ARITHMETIC_MEAN -> acc / weightSum;
      case GEOMETRIC_MEAN -> anyZero ? 0 : Math.exp(acc / weightSum);
      case HARMONIC_MEAN -> anyZero ? 0 : weightSum / acc;
      case MINIMUM -> acc;
      default -> throw new UnsupportedOperationException(this + " is not a mean-type aggregation");
    };
    return Math.max(0, Math.min(1, fraction));
  }
}
