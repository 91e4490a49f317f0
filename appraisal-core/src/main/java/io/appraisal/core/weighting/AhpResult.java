package io.appraisal.core.weighting;

import static com.google.common.base.Preconditions.checkElementIndex;
import static io.appraisal.core.InvalidArgumentException.check;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The outcome of the Analytic Hierarchy Process for one pairwise comparison matrix: the priority (weight) vector and
 * Saaty's consistency measures. Immutable; {@link #weights()} returns a fresh copy.
 *
 * <ul>
 *   <li>{@link #weights()}: the principal right eigenvector of the matrix, normalised to sum 1;
 *   <li>{@link #lambdaMax()}: the principal eigenvalue λ<sub>max</sub> (≥ n; = n exactly for a consistent matrix);
 *   <li>{@link #consistencyIndex()}: CI = (λ<sub>max</sub> − n)/(n − 1), 0 for n ≤ 2;
 *   <li>{@link #randomIndex()}: Saaty's random index RI(n);
 *   <li>{@link #consistencyRatio()}: CR = CI / RI(n), 0 for n ≤ 2.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AhpResult {

  /** Saaty's customary limit: a consistency ratio above 0.1 means the judgements should be revised. */
  public static final double DEFAULT_MAX_CONSISTENCY_RATIO = 0.1;

  private final double[] weights;
  private final double lambdaMax;
  private final double consistencyIndex;
  private final double randomIndex;
  private final double consistencyRatio;

  AhpResult(
      double[] weights,
      double lambdaMax,
      double consistencyIndex,
      double randomIndex,
      double consistencyRatio) {
    this.weights = weights.clone();
    this.lambdaMax = lambdaMax;
    this.consistencyIndex = consistencyIndex;
    this.randomIndex = randomIndex;
    this.consistencyRatio = consistencyRatio;
  }

  /** The priority vector (non-negative, sums to 1), one weight per row of the pairwise matrix; a fresh copy. */
  public double[] weights() {
    return weights.clone();
  }

  /** The weight of criterion {@code i}. */
  public double weight(int i) {
    checkElementIndex(i, weights.length, "criterion index");
    return weights[i];
  }

  /** The order n of the pairwise matrix. */
  public int size() {
    return weights.length;
  }

  /** The principal eigenvalue λ<sub>max</sub>. */
  public double lambdaMax() {
    return lambdaMax;
  }

  /** CI = (λ<sub>max</sub> − n)/(n − 1), clamped at 0 against rounding; 0 when n ≤ 2. */
  public double consistencyIndex() {
    return consistencyIndex;
  }

  /** Saaty's random index RI(n) used for the ratio (0 for n ≤ 2). */
  public double randomIndex() {
    return randomIndex;
  }

  /** CR = CI / RI(n); 0 when n ≤ 2 (every 1×1 and 2×2 reciprocal matrix is consistent). */
  public double consistencyRatio() {
    return consistencyRatio;
  }

  /**
   * Whether CR ≤ {@code maxCr}.
   *
   * @throws IllegalArgumentException if {@code maxCr} is negative or not finite
   */
  public boolean isConsistent(double maxCr) {
    checkLimit(maxCr);
    return consistencyRatio <= maxCr;
  }

  /**
   * Requires CR ≤ {@value #DEFAULT_MAX_CONSISTENCY_RATIO} (Saaty's rule).
   *
   * @return this result, for chaining
   * @throws IllegalStateException if the judgements are too inconsistent; the message states CR and the limit
   */
  public AhpResult requireConsistent() {
    return requireConsistent(DEFAULT_MAX_CONSISTENCY_RATIO);
  }

  /**
   * Requires CR ≤ {@code maxCr}, the limit a policy allows (use {@link #DEFAULT_MAX_CONSISTENCY_RATIO} unless the
   * policy says otherwise).
   *
   * @return this result, for chaining
   * @throws IllegalArgumentException if {@code maxCr} is negative or not finite
   * @throws IllegalStateException if CR &gt; {@code maxCr}; the message states CR and the limit
   */
  public AhpResult requireConsistent(double maxCr) {
    checkLimit(maxCr);
    if (consistencyRatio > maxCr) {
      throw new IllegalStateException(
          "AHP pairwise judgements are too inconsistent: consistency ratio CR = "
              + Fmt.fixed4(consistencyRatio)
              + " exceeds the allowed maximum "
              + Fmt.fixed4(maxCr)
              + " (n = "
              + weights.length
              + ", lambdaMax = "
              + Fmt.fixed4(lambdaMax)
              + ", CI = "
              + Fmt.fixed4(consistencyIndex)
              + ", RI = "
              + Fmt.fixed2(randomIndex)
              + "); revise the comparisons or raise the policy limit");
    }
    return this;
  }

  private static void checkLimit(double maxCr) {
    check(Double.isFinite(maxCr) && maxCr >= 0, "problem.core.argument.ahp-max-cr", Fmt.num(maxCr));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AhpResult)) {
      return false;
    }
    AhpResult that = (AhpResult) o;
    return Arrays.equals(weights, that.weights)
        && Double.compare(lambdaMax, that.lambdaMax) == 0
        && Double.compare(consistencyIndex, that.consistencyIndex) == 0
        && Double.compare(randomIndex, that.randomIndex) == 0
        && Double.compare(consistencyRatio, that.consistencyRatio) == 0;
  }

  @Override
  public int hashCode() {
    int h = Arrays.hashCode(weights);
    h = 31 * h + Double.hashCode(lambdaMax);
    h = 31 * h + Double.hashCode(consistencyIndex);
    h = 31 * h + Double.hashCode(randomIndex);
    return 31 * h + Double.hashCode(consistencyRatio);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AhpResult[weights=[");
    for (int i = 0; i < weights.length; i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(Fmt.fixed4(weights[i]));
    }
    return s.append("], lambdaMax=")
        .append(Fmt.fixed4(lambdaMax))
        .append(", CI=")
        .append(Fmt.fixed4(consistencyIndex))
        .append(", RI=")
        .append(Fmt.fixed2(randomIndex))
        .append(", CR=")
        .append(Fmt.fixed4(consistencyRatio))
        .append(']')
        .toString();
  }
}
