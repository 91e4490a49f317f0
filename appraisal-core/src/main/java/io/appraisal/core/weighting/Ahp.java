package io.appraisal.core.weighting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.appraisal.core.InvalidArgumentException.check;

import io.appraisal.core.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * Saaty's Analytic Hierarchy Process: principal eigenvector by power iteration, λ<sub>max</sub>, CI and CR.
 *
 * <p>Power iteration converges for every positive matrix (Perron–Frobenius: the principal eigenvalue is simple and
 * strictly dominant in modulus). It starts from the normalised row geometric means and stops when no component of
 * the normalised iterate moves by more than {@value #CONVERGENCE_TOLERANCE}.
 */
final class Ahp {

  /** Largest supported order: Saaty's random index is tabulated here for n ≤ 10. */
  static final int MAX_SIZE = 10;

  /** Allowed relative deviation from reciprocity: |a<sub>ij</sub>·a<sub>ji</sub> − 1| ≤ this. */
  static final double RECIPROCAL_TOLERANCE = 1e-9;

  /** Allowed deviation of a diagonal entry from 1. */
  static final double DIAGONAL_TOLERANCE = 1e-9;

  static final double CONVERGENCE_TOLERANCE = 1e-12;

  static final int MAX_ITERATIONS = 100_000;

  /** Saaty's random index RI(n), indexed by n (index 0 unused). */
  private static final double[] RANDOM_INDEX = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

  private Ahp() {}

  static double randomIndex(int n) {
    checkArgument(n >= 1 && n <= MAX_SIZE, "n must be between 1 and %s, got %s", MAX_SIZE, n);
    return RANDOM_INDEX[n];
  }

  static AhpResult compute(double[][] pairwise) {
    double[][] a = validate(pairwise);
    int n = a.length;
    double[] w = principalEigenvector(a);
    double lambdaMax = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        lambdaMax += a[i][j] * w[j]; // sum of A·w equals λ·sum(w) = λ at the eigenvector
      }
    }
    double ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
    double ri = RANDOM_INDEX[n];
    double cr = n <= 2 ? 0 : ci / ri;
    return new AhpResult(w, lambdaMax, ci, ri, cr);
  }

  static double[] principalEigenvector(double[][] a) {
    int n = a.length;
    double[] w = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double logSum = 0;
      for (int j = 0; j < n; j++) {
        logSum += Math.log(a[i][j]);
      }
      w[i] = Math.exp(logSum / n);
      total += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= total;
    }
    double[] next = new double[n];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += a[i][j] * w[j];
        }
        next[i] = s;
        sum += s;
      }
      double maxChange = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        maxChange = Math.max(maxChange, Math.abs(next[i] - w[i]));
      }
      double[] swap = w;
      w = next;
      next = swap;
      if (maxChange <= CONVERGENCE_TOLERANCE) {
        return w;
      }
    }
    throw new IllegalStateException(
        "AHP power iteration did not converge to " + Fmt.num(CONVERGENCE_TOLERANCE) + " within " + MAX_ITERATIONS
            + " iterations");
  }

  /**
   * Checks that the matrix is square with 1..10 rows, positive finite entries, a unit diagonal and reciprocal pairs,
   * reporting every problem at once (the first thrown, each other one suppressed by it, all keyed); returns a deep
   * copy.
   */
  static double[][] validate(double[][] pairwise) {
    checkNotNull(pairwise, "pairwise must not be null");
    int n = pairwise.length;
    check(n >= 1 && n <= MAX_SIZE, "problem.core.argument.ahp-size", MAX_SIZE, n);
    List<InvalidArgumentException> problems = new ArrayList<>();
    boolean[] rowOk = new boolean[n];
    for (int i = 0; i < n; i++) {
      double[] row = pairwise[i];
      if (row == null) {
        problems.add(new InvalidArgumentException("problem.core.argument.ahp-row-null", i));
      } else if (row.length != n) {
        problems.add(new InvalidArgumentException("problem.core.argument.ahp-row-length", i, row.length, n));
      } else {
        rowOk[i] = true;
      }
    }
    boolean[][] entryOk = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      if (!rowOk[i]) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        double v = pairwise[i][j];
        if (Double.isNaN(v)) {
          problems.add(new InvalidArgumentException("problem.core.argument.ahp-nan", i, j));
        } else if (Double.isInfinite(v)) {
          problems.add(new InvalidArgumentException("problem.core.argument.ahp-infinite", i, j, Fmt.num(v)));
        } else if (v <= 0) {
          problems.add(new InvalidArgumentException("problem.core.argument.ahp-not-positive", i, j, Fmt.num(v)));
        } else if (i == j && Math.abs(v - 1) > DIAGONAL_TOLERANCE) {
          problems.add(new InvalidArgumentException("problem.core.argument.ahp-diagonal", i, j, Fmt.num(v)));
        } else {
          entryOk[i][j] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!entryOk[i][j] || !entryOk[j][i]) {
          continue;
        }
        double aij = pairwise[i][j];
        double aji = pairwise[j][i];
        if (Math.abs(aij * aji - 1) > RECIPROCAL_TOLERANCE) {
          problems.add(new InvalidArgumentException("problem.core.argument.ahp-reciprocal", j, i, Fmt.num(aji), i,
              j, Fmt.num(aij), Fmt.num(1 / aij)));
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.subList(1, problems.size()).forEach(problems.get(0)::addSuppressed);
      throw problems.get(0);
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      copy[i] = pairwise[i].clone();
    }
    return copy;
  }
}
