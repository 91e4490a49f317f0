package io.appraisal.core.weighting;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * The entropy weight method (Shannon entropy of each criterion's distribution over the alternatives; Zeleny 1982,
 * Hwang &amp; Yoon 1981), in two variants that differ only in how the shares p<sub>ij</sub> are formed:
 *
 * <ul>
 *   <li>{@link #minMax}: r<sub>ij</sub> = min-max normalisation of x<sub>ij</sub> in the criterion's direction
 *       (best = 1, worst = 0), then p<sub>ij</sub> = r<sub>ij</sub> / Σ<sub>i</sub> r<sub>ij</sub>;
 *   <li>{@link #shares}: p<sub>ij</sub> = x<sub>ij</sub> / Σ<sub>i</sub> x<sub>ij</sub> on the raw, non-negative
 *       values (the direction of a criterion does not enter).
 * </ul>
 *
 * <p>Then, for m alternatives, e<sub>j</sub> = −k Σ<sub>i</sub> p<sub>ij</sub> ln p<sub>ij</sub> with k = 1/ln m
 * and 0·ln 0 = 0, d<sub>j</sub> = 1 − e<sub>j</sub> and w<sub>j</sub> = d<sub>j</sub> / Σ d.
 */
final class Entropy {

  /** Divergences below this are rounding noise of a uniform distribution (e = 1) and are taken as 0. */
  static final double DIVERGENCE_FLOOR = 1e-12;

  private Entropy() {}

  static double[] minMax(double[][] matrix, boolean[] higherIsBetter) {
    double[][] x = Inputs.decisionMatrix("matrix", matrix, 2);
    int columns = x[0].length;
    boolean[] direction = Inputs.directions(higherIsBetter, columns);
    double[] divergence = new double[columns];
    for (int j = 0; j < columns; j++) {
      // A constant criterion does not distinguish the alternatives: e = 1, d = 0.
      divergence[j] = MinMax.isConstant(x, j) ? 0 : divergence(MinMax.column(x, j, direction[j]));
    }
    return normalise(divergence);
  }

  static double[] shares(double[][] matrix) {
    double[][] x = Inputs.decisionMatrix("matrix", matrix, 2);
    int columns = x[0].length;
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < columns; j++) {
        if (x[i][j] < 0) {
          problems.add("matrix[" + i + "][" + j + "] = " + Fmt.num(x[i][j]) + " is negative");
        }
      }
    }
    if (problems.isEmpty()) {
      for (int j = 0; j < columns; j++) {
        boolean allZero = true;
        for (double[] row : x) {
          allZero &= row[j] == 0;
        }
        if (allZero) {
          problems.add("column " + j + " is all zeros, so its shares x/sum(x) are undefined");
        }
      }
    }
    Inputs.throwIfAny(
        "matrix is invalid for the share-based entropy method (it needs non-negative values; "
            + "entropy(matrix, higherIsBetter) min-max normalises first and accepts any finite values)",
        problems);
    double[] divergence = new double[columns];
    for (int j = 0; j < columns; j++) {
      double[] column = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        column[i] = x[i][j];
      }
      divergence[j] = divergence(column);
    }
    return normalise(divergence);
  }

  /**
   * d = 1 − e for one criterion, from non-negative values with a positive sum: p = v / sum(v),
   * e = −Σ p ln p / ln m, with 0·ln 0 = 0; values below {@link #DIVERGENCE_FLOOR} count as 0.
   */
  static double divergence(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : values) {
      sum += v / max; // scaled by the largest value so the sum cannot overflow
    }
    double h = 0;
    for (double v : values) {
      double p = (v / max) / sum;
      if (p > 0) {
        h -= p * Math.log(p);
      }
    }
    double d = 1 - h / Math.log(values.length);
    return d < DIVERGENCE_FLOOR ? 0 : d;
  }

  private static double[] normalise(double[] divergence) {
    double total = 0;
    for (double d : divergence) {
      total += d;
    }
    checkArgument(
        total > 0,
        "entropy weights are undefined: none of the %s criteria distinguishes the alternatives "
            + "(every criterion is constant, so every entropy is 1)",
        divergence.length);
    double[] w = new double[divergence.length];
    for (int j = 0; j < w.length; j++) {
      w[j] = divergence[j] / total;
    }
    return w;
  }
}
