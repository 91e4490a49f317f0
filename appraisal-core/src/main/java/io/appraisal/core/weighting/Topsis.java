package io.appraisal.core.weighting;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * TOPSIS, the Technique for Order Preference by Similarity to Ideal Solution (Hwang &amp; Yoon 1981).
 *
 * <p>For a decision matrix x (rows = alternatives, columns = criteria):
 *
 * <ol>
 *   <li>vector normalisation r<sub>ij</sub> = x<sub>ij</sub> / √(Σ<sub>i</sub> x<sub>ij</sub>²) (a column of zeros
 *       normalises to zeros);
 *   <li>weighting v<sub>ij</sub> = w<sub>j</sub> r<sub>ij</sub>, with the weights normalised to sum 1 (the closeness
 *       does not depend on their scale);
 *   <li>ideal A<sup>+</sup> = the best v of each column (largest if higher is better, smallest otherwise) and
 *       anti-ideal A<sup>−</sup> = the worst;
 *   <li>Euclidean distances D<sub>i</sub><sup>+</sup> to A<sup>+</sup> and D<sub>i</sub><sup>−</sup> to
 *       A<sup>−</sup>;
 *   <li>closeness C<sub>i</sub> = D<sub>i</sub><sup>−</sup> / (D<sub>i</sub><sup>+</sup> + D<sub>i</sub><sup>−</sup>)
 *       in [0, 1]; higher is better.
 * </ol>
 *
 * <p>If every alternative has the same weighted profile (for instance a single alternative), the ideal and the
 * anti-ideal coincide, both distances are 0 and every closeness is defined as 0.5.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Topsis {

  private Topsis() {}

  /**
   * The TOPSIS closeness coefficient of every alternative.
   *
   * @param matrix m × n decision matrix, rows = alternatives, columns = criteria; finite values, rectangular, m ≥ 1
   * @param weights n finite, non-negative criterion weights, not all zero (normalised internally)
   * @param higherIsBetter n flags, {@code true} for a benefit criterion, {@code false} for a cost criterion
   * @return a new array of m closeness coefficients in [0, 1], in the row order of {@code matrix}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is invalid; the message names every offending cell
   */
  public static double[] closeness(double[][] matrix, double[] weights, boolean[] higherIsBetter) {
    return evaluate(matrix, weights, higherIsBetter).closeness();
  }

  /** All intermediate values of one TOPSIS run (package-private, for tests and diagnostics). */
  record Evaluation(
      double[][] normalised,
      double[][] weighted,
      double[] ideal,
      double[] antiIdeal,
      double[] distanceToIdeal,
      double[] distanceToAntiIdeal,
      double[] closeness) {}

  static Evaluation evaluate(double[][] matrix, double[] weights, boolean[] higherIsBetter) {
    double[][] x = Inputs.decisionMatrix("matrix", matrix, 1);
    int m = x.length;
    int n = x[0].length;
    checkNotNull(weights, "weights must not be null");
    checkArgument(
        weights.length == n,
        "weights has length %s but the matrix has %s column(s) (one weight per criterion)",
        weights.length,
        n);
    double[] w = Inputs.weightVector("weights", weights);
    boolean[] direction = Inputs.directions(higherIsBetter, n);

    double[][] r = new double[m][n];
    double[][] v = new double[m][n];
    double[] ideal = new double[n];
    double[] antiIdeal = new double[n];
    for (int j = 0; j < n; j++) {
      double scale = 0;
      for (double[] row : x) {
        scale = Math.max(scale, Math.abs(row[j]));
      }
      double norm = 0;
      if (scale > 0) {
        double sumSquares = 0;
        for (double[] row : x) {
          double s = row[j] / scale; // scaled first so that squaring cannot overflow
          sumSquares += s * s;
        }
        norm = Math.sqrt(sumSquares);
      }
      double best = Double.NaN;
      double worst = Double.NaN;
      for (int i = 0; i < m; i++) {
        r[i][j] = scale == 0 ? 0 : (x[i][j] / scale) / norm;
        v[i][j] = w[j] * r[i][j];
        if (i == 0) {
          best = v[i][j];
          worst = v[i][j];
        } else if (direction[j]) {
          best = Math.max(best, v[i][j]);
          worst = Math.min(worst, v[i][j]);
        } else {
          best = Math.min(best, v[i][j]);
          worst = Math.max(worst, v[i][j]);
        }
      }
      ideal[j] = best;
      antiIdeal[j] = worst;
    }
    double[] dPlus = new double[m];
    double[] dMinus = new double[m];
    double[] c = new double[m];
    for (int i = 0; i < m; i++) {
      double sp = 0;
      double sm = 0;
      for (int j = 0; j < n; j++) {
        double a = v[i][j] - ideal[j];
        double b = v[i][j] - antiIdeal[j];
        sp += a * a;
        sm += b * b;
      }
      dPlus[i] = Math.sqrt(sp);
      dMinus[i] = Math.sqrt(sm);
      double d = dPlus[i] + dMinus[i];
      c[i] = d == 0 ? 0.5 : dMinus[i] / d;
    }
    return new Evaluation(r, v, ideal, antiIdeal, dPlus, dMinus, c);
  }
}
