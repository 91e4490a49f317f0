package io.appraisal.core.weighting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Property-based checks (jqwik) of the weighting methods and of TOPSIS. */
class WeightingPropertiesTest {

  private static final double SUM_TOLERANCE = 1e-9;

  /** A decision problem: matrix (rows = alternatives), directions and TOPSIS weights. */
  record Problem(double[][] x, boolean[] higherIsBetter, double[] weights) {
    int rows() {
      return x.length;
    }

    int columns() {
      return higherIsBetter.length;
    }
  }

  @Provide
  Arbitrary<Problem> problems() {
    return problemsWith(Arbitraries.doubles().between(-1000, 1000).ofScale(3), 2);
  }

  @Provide
  Arbitrary<Problem> nonNegativeProblems() {
    return problemsWith(Arbitraries.doubles().between(0, 1000).ofScale(3), 2);
  }

  @Provide
  Arbitrary<Problem> topsisProblems() {
    return problemsWith(Arbitraries.doubles().between(-1000, 1000).ofScale(3), 1);
  }

  private static Arbitrary<Problem> problemsWith(Arbitrary<Double> values, int minRows) {
    return Arbitraries.integers()
        .between(minRows, 7)
        .flatMap(
            m ->
                Arbitraries.integers()
                    .between(1, 5)
                    .flatMap(
                        n ->
                            Combinators.combine(
                                    values.array(double[].class).ofSize(n).array(double[][].class).ofSize(m),
                                    Arbitraries.of(true, false).array(boolean[].class).ofSize(n),
                                    Arbitraries.doubles()
                                        .between(0, 10)
                                        .ofScale(3)
                                        .array(double[].class)
                                        .ofSize(n)
                                        .filter(w -> sum(w) > 0))
                                .as(Problem::new)));
  }

  // ---------------------------------------------------------------- weights sum to 1 and are non-negative

  @Property(tries = 500)
  void entropyWeightsAreADistribution(@ForAll("problems") Problem p) {
    if (allColumnsConstant(p.x())) {
      assertThrows(IllegalArgumentException.class, () -> Weights.entropy(p.x(), p.higherIsBetter()));
      return;
    }
    assertDistribution(Weights.entropy(p.x(), p.higherIsBetter()));
  }

  @Property(tries = 500)
  void entropyOfSharesWeightsAreADistribution(@ForAll("nonNegativeProblems") Problem p) {
    double[] w;
    try {
      w = Weights.entropyOfShares(p.x());
    } catch (IllegalArgumentException e) {
      // only a zero column or an all-uniform matrix is refused
      assertTrue(
          e.getMessage().contains("all zeros") || e.getMessage().contains("undefined"), e.getMessage());
      return;
    }
    assertDistribution(w);
  }

  @Property(tries = 500)
  void criticWeightsAreADistribution(@ForAll("problems") Problem p) {
    double[] w;
    try {
      w = Weights.critic(p.x(), p.higherIsBetter());
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().contains("undefined"), e.getMessage());
      return;
    }
    assertDistribution(w);
  }

  @Property(tries = 300)
  void givenWeightsAreADistribution(@ForAll("problems") Problem p) {
    assertDistribution(Weights.given(p.weights()));
  }

  @Property(tries = 100)
  void equalWeightsAreADistribution(@ForAll @IntRange(min = 1, max = 1000) int n) {
    double[] w = Weights.equal(n);
    assertEquals(n, w.length);
    assertDistribution(w);
  }

  // ---------------------------------------------------------------- AHP

  @Property(tries = 300)
  void ahpRecoversTheWeightsOfAConsistentMatrix(
      @ForAll("positiveVectors") double[] generating) {
    int n = generating.length;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = i == j ? 1 : generating[i] / generating[j];
      }
    }
    AhpResult r = Weights.ahp(a);
    assertArrayEquals(normalised(generating), r.weights(), 1e-9);
    assertEquals(n, r.lambdaMax(), 1e-9 * n);
    assertEquals(0, r.consistencyRatio(), 1e-9);
  }

  @Provide
  Arbitrary<double[]> positiveVectors() {
    return Arbitraries.doubles().between(0.1, 10).array(double[].class).ofMinSize(1).ofMaxSize(10);
  }

  @Provide
  Arbitrary<double[][]> saatyMatrices() {
    List<Double> scale = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
    return Arbitraries.integers()
        .between(1, 10)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.of(scale).list().ofSize(n * (n - 1) / 2),
                        Arbitraries.of(true, false).list().ofSize(n * (n - 1) / 2))
                    .as(
                        (values, inverted) -> {
                          double[][] a = new double[n][n];
                          int k = 0;
                          for (int i = 0; i < n; i++) {
                            a[i][i] = 1;
                            for (int j = i + 1; j < n; j++, k++) {
                              double v = inverted.get(k) ? 1 / values.get(k) : values.get(k);
                              a[i][j] = v;
                              a[j][i] = 1 / v;
                            }
                          }
                          return a;
                        }));
  }

  @Property(tries = 300)
  void ahpOfAnySaatyMatrixIsADistributionWithLambdaAtLeastN(@ForAll("saatyMatrices") double[][] a) {
    AhpResult r = Weights.ahp(a);
    assertDistribution(r.weights());
    assertTrue(r.lambdaMax() >= a.length - 1e-9, r.toString());
    assertTrue(r.consistencyRatio() >= 0, r.toString());
    for (double w : r.weights()) {
      assertTrue(w > 0, r.toString());
    }
  }

  @Property(tries = 300)
  void permutingAhpCriteriaPermutesTheWeights(@ForAll("saatyMatrices") double[][] a, @ForAll Random random) {
    int n = a.length;
    int[] perm = permutation(n, random);
    double[][] b = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        b[i][j] = a[perm[i]][perm[j]];
      }
    }
    AhpResult ra = Weights.ahp(a);
    AhpResult rb = Weights.ahp(b);
    for (int i = 0; i < n; i++) {
      assertEquals(ra.weight(perm[i]), rb.weight(i), 1e-9);
    }
    assertEquals(ra.consistencyRatio(), rb.consistencyRatio(), 1e-9);
  }

  // ---------------------------------------------------------------- permutation of criteria

  @Property(tries = 300)
  void permutingCriteriaPermutesEntropyAndCriticWeights(@ForAll("problems") Problem p, @ForAll Random random) {
    int[] perm = permutation(p.columns(), random);
    double[][] x = permuteColumns(p.x(), perm);
    boolean[] h = new boolean[perm.length];
    for (int j = 0; j < perm.length; j++) {
      h[j] = p.higherIsBetter()[perm[j]];
    }
    if (!allColumnsConstant(p.x())) {
      assertArrayEquals(
          permute(Weights.entropy(p.x(), p.higherIsBetter()), perm), Weights.entropy(x, h), 1e-12);
    }
    double[] critic;
    try {
      critic = Weights.critic(p.x(), p.higherIsBetter());
    } catch (IllegalArgumentException e) {
      assertThrows(IllegalArgumentException.class, () -> Weights.critic(x, h));
      return;
    }
    assertArrayEquals(permute(critic, perm), Weights.critic(x, h), 1e-12);
  }

  @Property(tries = 200)
  void permutingGivenWeightsPermutesTheResult(@ForAll("problems") Problem p, @ForAll Random random) {
    int[] perm = permutation(p.columns(), random);
    assertArrayEquals(permute(Weights.given(p.weights()), perm), Weights.given(permute(p.weights(), perm)), 1e-15);
  }

  // ---------------------------------------------------------------- invariances of the min-max methods

  @Property(tries = 300)
  void minMaxMethodsIgnoreUnitsOffsetsAndSignFlips(
      @ForAll("problems") Problem p,
      @ForAll @DoubleRange(min = 0.5, max = 100) double factor,
      @ForAll @DoubleRange(min = -100, max = 100) double offset) {
    // exact in real arithmetic; 1e-6 leaves room for the rounding of factor * x + offset on close values
    double[][] y = new double[p.rows()][p.columns()];
    boolean[] flipped = p.higherIsBetter().clone();
    flipped[0] = !flipped[0];
    for (int i = 0; i < p.rows(); i++) {
      for (int j = 0; j < p.columns(); j++) {
        double v = factor * p.x()[i][j] + offset;
        y[i][j] = j == 0 ? -v : v; // criterion 0 negated and its direction flipped
      }
    }
    if (!allColumnsConstant(p.x())) {
      assertArrayEquals(Weights.entropy(p.x(), p.higherIsBetter()), Weights.entropy(y, flipped), 1e-6);
    }
    double[] critic;
    try {
      critic = Weights.critic(p.x(), p.higherIsBetter());
    } catch (IllegalArgumentException e) {
      return;
    }
    assertArrayEquals(critic, Weights.critic(y, flipped), 1e-6);
  }

  // ---------------------------------------------------------------- TOPSIS

  @Property(tries = 500)
  void topsisClosenessIsWithinZeroAndOne(@ForAll("topsisProblems") Problem p) {
    for (double c : Topsis.closeness(p.x(), p.weights(), p.higherIsBetter())) {
      assertTrue(c >= 0 && c <= 1, "closeness " + c);
    }
  }

  @Property(tries = 300)
  void topsisIsInvariantToRowOrder(@ForAll("topsisProblems") Problem p, @ForAll Random random) {
    int[] perm = permutation(p.rows(), random);
    double[][] shuffled = new double[p.rows()][];
    for (int i = 0; i < perm.length; i++) {
      shuffled[i] = p.x()[perm[i]];
    }
    double[] c = Topsis.closeness(p.x(), p.weights(), p.higherIsBetter());
    double[] d = Topsis.closeness(shuffled, p.weights(), p.higherIsBetter());
    assertArrayEquals(permute(c, perm), d, 1e-12);
  }

  @Property(tries = 300)
  void aDominatingAlternativeGetsTheHighestCloseness(@ForAll("topsisProblems") Problem p, @ForAll Random random) {
    double[][] x = new double[p.rows()][];
    for (int i = 0; i < p.rows(); i++) {
      x[i] = p.x()[i].clone();
    }
    int k = random.nextInt(p.rows());
    int heaviest = 0;
    for (int j = 1; j < p.columns(); j++) {
      if (p.weights()[j] > p.weights()[heaviest]) {
        heaviest = j;
      }
    }
    // alternative k becomes at least as good as every other one on every criterion, strictly better on the heaviest
    for (int j = 0; j < p.columns(); j++) {
      double best = x[0][j];
      for (double[] row : x) {
        best = p.higherIsBetter()[j] ? Math.max(best, row[j]) : Math.min(best, row[j]);
      }
      double margin = j == heaviest ? 1 : 0;
      x[k][j] = p.higherIsBetter()[j] ? best + margin : best - margin;
    }
    double[] c = Topsis.closeness(x, p.weights(), p.higherIsBetter());
    if (p.rows() == 1) {
      assertEquals(0.5, c[0]); // a lone alternative is both the ideal and the anti-ideal
      return;
    }
    assertEquals(1.0, c[k], 1e-12);
    for (int i = 0; i < c.length; i++) {
      if (i != k) {
        assertTrue(c[i] < c[k], "alternative " + i + " has " + c[i] + " >= dominating " + c[k]);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static void assertDistribution(double[] w) {
    double s = 0;
    for (double v : w) {
      assertTrue(v >= 0 && Double.isFinite(v), "weight " + v);
      s += v;
    }
    assertEquals(1.0, s, SUM_TOLERANCE);
  }

  private static boolean allColumnsConstant(double[][] x) {
    for (int j = 0; j < x[0].length; j++) {
      if (!MinMax.isConstant(x, j)) {
        return false;
      }
    }
    return true;
  }

  private static double sum(double[] w) {
    double s = 0;
    for (double v : w) {
      s += v;
    }
    return s;
  }

  private static double[] normalised(double[] w) {
    double s = sum(w);
    double[] r = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      r[i] = w[i] / s;
    }
    return r;
  }

  private static int[] permutation(int n, Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = order.get(i);
    }
    return perm;
  }

  /** result[i] = values[perm[i]]. */
  private static double[] permute(double[] values, int[] perm) {
    double[] r = new double[perm.length];
    for (int i = 0; i < perm.length; i++) {
      r[i] = values[perm[i]];
    }
    return r;
  }

  private static double[][] permuteColumns(double[][] x, int[] perm) {
    double[][] r = new double[x.length][perm.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < perm.length; j++) {
        r[i][j] = x[i][perm[j]];
      }
    }
    return r;
  }
}
