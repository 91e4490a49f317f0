package io.appraisal.core.weighting;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Criterion weights: subjective (AHP pairwise comparisons, given or equal weights) and objective (entropy, CRITIC)
 * methods.
 *
 * <p>Decision matrices have one row per alternative (for example an employee) and one column per criterion. Every
 * method validates its input and reports, in one {@link IllegalArgumentException}, each problem with its row and
 * column: a null or ragged row, a NaN or infinite value, a length mismatch. Inputs are never modified and every
 * returned array is new. Weight vectors are non-negative and sum to 1 (up to rounding).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Weights {

  private Weights() {}

  /**
   * AHP priorities from a pairwise comparison matrix (Saaty): a<sub>ij</sub> states how much more important
   * criterion i is than criterion j.
   *
   * <p>The matrix must be square with 1 to 10 rows, every entry finite and positive, the diagonal 1 (within 1e-9) and
   * every pair reciprocal: a<sub>ij</sub>·a<sub>ji</sub> = 1 within 1e-9, i.e. a<sub>ji</sub> = 1/a<sub>ij</sub> to a
   * relative tolerance of 1e-9 (enter 1/3 as {@code 1.0 / 3}, not 0.33). Every violation is listed, naming row,
   * column and value. The weights are the principal eigenvector, by power iteration to 1e-12. Call {@link
   * AhpResult#requireConsistent()} to enforce Saaty's CR ≤ 0.1 (or {@link AhpResult#requireConsistent(double)} with
   * the limit a policy allows).
   *
   * @throws NullPointerException if {@code pairwise} is null
   * @throws IllegalArgumentException if the matrix is invalid
   */
  public static AhpResult ahp(double[][] pairwise) {
    return Ahp.compute(pairwise);
  }

  /**
   * Entropy weights, min-max variant: each criterion is min-max normalised in its direction (best value 1, worst 0),
   * then p<sub>ij</sub> = r<sub>ij</sub> / Σ<sub>i</sub> r<sub>ij</sub>, e<sub>j</sub> = −(1/ln m) Σ<sub>i</sub>
   * p<sub>ij</sub> ln p<sub>ij</sub> (0·ln 0 = 0), d<sub>j</sub> = 1 − e<sub>j</sub>, w<sub>j</sub> =
   * d<sub>j</sub>/Σd. A constant criterion gets weight 0.
   *
   * <p>Normalising first makes the weights independent of each criterion's unit and offset and accepts negative
   * values. It can weight criteria very differently from the share-based variant ({@link #entropyOfShares}): a
   * criterion whose values are nearly equal still spans [0, 1] after min-max normalisation.
   *
   * @param matrix m × n decision matrix, m ≥ 2 alternatives, finite values
   * @param higherIsBetter n flags, {@code true} for a benefit criterion, {@code false} for a cost criterion
   * @throws IllegalArgumentException if an argument is invalid, or if every criterion is constant
   */
  public static double[] entropy(double[][] matrix, boolean[] higherIsBetter) {
    return Entropy.minMax(matrix, higherIsBetter);
  }

  /**
   * Entropy weights, classical share-based variant (Hwang &amp; Yoon 1981; Zeleny 1982): p<sub>ij</sub> =
   * x<sub>ij</sub> / Σ<sub>i</sub> x<sub>ij</sub> on the raw values, then e, d and w as in {@link #entropy}. The
   * direction of a criterion does not enter. Values must be non-negative and no column may be all zeros.
   *
   * @param matrix m × n decision matrix, m ≥ 2 alternatives, finite non-negative values
   * @throws IllegalArgumentException if the matrix is invalid, or if every criterion is constant
   */
  public static double[] entropyOfShares(double[][] matrix) {
    return Entropy.shares(matrix);
  }

  /**
   * CRITIC weights (Diakoulaki, Mavrotas &amp; Papayannakis 1995): min-max normalisation in each criterion's
   * direction, σ<sub>j</sub> = sample standard deviation (the weights are the same with the population one), Pearson
   * correlations r<sub>jk</sub>, C<sub>j</sub> = σ<sub>j</sub> Σ<sub>k</sub> (1 − r<sub>jk</sub>), w<sub>j</sub> =
   * C<sub>j</sub>/ΣC. A constant criterion gets weight 0 and does not affect the others.
   *
   * @param matrix m × n decision matrix, m ≥ 2 alternatives, finite values
   * @param higherIsBetter n flags, {@code true} for a benefit criterion, {@code false} for a cost criterion
   * @throws IllegalArgumentException if an argument is invalid, if every criterion is constant, or if all
   *     non-constant criteria are perfectly positively correlated (no weight is then defined)
   */
  public static double[] critic(double[][] matrix, boolean[] higherIsBetter) {
    return Critic.weights(matrix, higherIsBetter);
  }

  /**
   * n equal weights 1/n.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public static double[] equal(int n) {
    checkArgument(n >= 1, "n must be at least 1 criterion, got %s", n);
    double[] w = new double[n];
    Arrays.fill(w, 1.0 / n);
    return w;
  }

  /**
   * Validates given weights and returns them normalised to sum 1 (a new array; the argument is not modified).
   *
   * @throws NullPointerException if {@code weights} is null
   * @throws IllegalArgumentException if there are none, if any is negative, NaN or infinite (each is listed with its
   *     index), or if all are zero
   */
  public static double[] given(double... weights) {
    return Inputs.weightVector("weights", weights);
  }
}
