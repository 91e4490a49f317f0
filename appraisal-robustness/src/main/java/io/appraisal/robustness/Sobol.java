package io.appraisal.robustness;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Variance-based sensitivity: first-order and total Sobol indices by Saltelli sampling and Jansen's estimators,
 * as recommended by Saltelli, Annoni, Azzini, Campolongo, Ratto and Tarantola (2010), "Variance based sensitivity
 * analysis of model output. Design and estimator for the total sensitivity index", Computer Physics
 * Communications 181(2), 259–270, Table 2 (b) and (f).
 *
 * <p>A model's input is one seed per factor (the factor draws its values from that seed alone), so a factor may be
 * anything: a number, a set of weights, a choice among rules. Two independent matrices A and B of N rows are drawn;
 * A_B^i is A with factor i taken from B. With V the variance of f over the rows of A and B:
 * <ul>
 *   <li>first order (Jansen): {@code S_i = (V − 1/(2N) Σ_j (f(B)_j − f(A_B^i)_j)²) / V};
 *   <li>total (Jansen): {@code S_Ti = 1/(2N) Σ_j (f(A)_j − f(A_B^i)_j)² / V}.
 * </ul>
 * The cost is N(d + 2) evaluations for d factors. Standard errors come from a bootstrap over the N rows; indices of
 * an output that does not vary are NaN.
 */
public final class Sobol {
  /** The most rows per matrix: {@code rows × (factors + 2)} model runs, each keeping every unit's rank and grade. */
  public static final int MAX_ROWS = 100_000;
  /** The most bootstrap resamples (each an index array of {@code rows} entries). */
  public static final int MAX_BOOTSTRAP = 1_000;
  /** The most model runs of one design, {@code rows × (factors + 2)}. */
  public static final int MAX_RUNS = 10_000_000;

  private Sobol() {}

  /**
   * One factor's indices on one output, with bootstrap standard errors.
   *
   * @param first the first-order index S_i: the share of the output's variance the factor explains alone
   * @param firstError its bootstrap standard error
   * @param total the total index S_Ti: the share that involves the factor at all, interactions included
   * @param totalError its bootstrap standard error
   */
  public record Index(double first, double firstError, double total, double totalError) {}

  /** The evaluations of the design of {@link #layout}: the k-th model run of row j is at {@code j·(d+2)+k}. */
  static int runs(int rows, int factors) {
    return rows * (factors + 2);
  }

  /**
   * The factor seeds of one run of the design: run {@code j·(d+2)} is row j of A, {@code j·(d+2)+1} row j of B,
   * {@code j·(d+2)+2+i} row j of A_B^i.
   */
  static long[] layout(long seed, int factors, int run) {
    int row = run / (factors + 2);
    int k = run % (factors + 2);
    long[] a = Seeds.factorSeeds(seed, 2L * row, factors);
    if (k == 0) {
      return a;
    }
    long[] b = Seeds.factorSeeds(seed, 2L * row + 1, factors);
    if (k == 1) {
      return b;
    }
    a[k - 2] = b[k - 2];
    return a;
  }

  /**
   * Estimates every factor's indices on a plain model of the factor seeds ({@code model} gets one seed per factor
   * and must be deterministic in them), with {@code rows} rows per matrix.
   */
  public static List<Index> analyse(int factors, int rows, long seed, int bootstrap, ToDoubleFunction<long[]> model) {
    requireNonNull(model, "model");
    checkDesign(factors, rows, bootstrap);
    double[] y = IntStream.range(0, runs(rows, factors))
        .mapToDouble(run -> model.applyAsDouble(layout(seed, factors, run))).toArray();
    return indices(y, factors, rows, bootstrap, seed);
  }

  static void checkDesign(int factors, int rows, int bootstrap) {
    if (factors < 1 || rows < 2 || rows > MAX_ROWS || bootstrap < 0 || bootstrap > MAX_BOOTSTRAP
        || (long) rows * (factors + 2) > MAX_RUNS) {
      throw new IllegalArgumentException("need factors >= 1, rows in [2, " + MAX_ROWS + "], bootstrap in [0, "
          + MAX_BOOTSTRAP + "] and rows × (factors + 2) <= " + MAX_RUNS + " but were: " + factors + ", " + rows
          + ", " + bootstrap);
    }
  }

  /** The indices of every factor from the outputs {@code y} of the design's runs, in run order. */
  static List<Index> indices(double[] y, int factors, int rows, int bootstrap, long seed) {
    int[] all = IntStream.range(0, rows).toArray();
    int[][] resamples = new int[bootstrap][rows];
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int[] resample : resamples) {
      for (int j = 0; j < rows; j++) {
        resample[j] = random.nextInt(rows);
      }
    }
    List<Index> indices = new ArrayList<>(factors);
    for (int i = 0; i < factors; i++) {
      double[] point = estimate(y, factors, i, all);
      double[] firsts = new double[bootstrap];
      double[] totals = new double[bootstrap];
      for (int r = 0; r < bootstrap; r++) {
        double[] estimate = estimate(y, factors, i, resamples[r]);
        firsts[r] = estimate[0];
        totals[r] = estimate[1];
      }
      indices.add(new Index(point[0], Stats.standardDeviation(firsts), point[1], Stats.standardDeviation(totals)));
    }
    return indices;
  }

  /** {S_i, S_Ti} over the given rows (a bootstrap resample repeats some). */
  private static double[] estimate(double[] y, int factors, int i, int[] rows) {
    int width = factors + 2;
    double sum = 0;
    double sumSquares = 0;
    double first = 0;
    double total = 0;
    for (int j : rows) {
      double a = y[j * width];
      double b = y[j * width + 1];
      double ab = y[j * width + 2 + i];
      sum += a + b;
      sumSquares += a * a + b * b;
      first += (b - ab) * (b - ab);
      total += (a - ab) * (a - ab);
    }
    int count = 2 * rows.length;
    double mean = sum / count;
    double variance = sumSquares / count - mean * mean;
    if (!(variance > 1e-12 * Math.max(1, mean * mean))) {
      return new double[] {Double.NaN, Double.NaN};
    }
    return new double[] {(variance - first / (2 * rows.length)) / variance, total / (2 * rows.length) / variance};
  }
}
