package io.appraisal.core.weighting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CriticTest {

  /**
   * Published example: A. Tuş and E. Aytaç Adalı (2019), "The new combination with CRITIC and WASPAS methods for the
   * time and attendance software selection problem", OPSEARCH 56(2), 528-538; 5 alternatives × 6 criteria, CRITIC
   * weights (0.157, 0.249, 0.168, 0.121, 0.154, 0.151). Inputs and outputs as transcribed in the test suites of the
   * pyrepo-mcda and crispyn libraries (A. Bączkiewicz), which cite this paper; I could not consult the paper itself.
   * Those transcriptions obtain the published weights by min-max normalising all six columns as benefit criteria,
   * although the first (a price) is a cost criterion in the paper's later WASPAS step, so this test passes all
   * {@code true}; the weights are reproduced to the published 3 decimals.
   */
  @Test
  void tusAytacAdali2019PublishedExample() {
    double[][] x = {
      {5000, 3, 3, 4, 3, 2},
      {680, 5, 3, 2, 2, 1},
      {2000, 3, 2, 3, 4, 3},
      {600, 4, 3, 1, 2, 2},
      {800, 2, 4, 3, 3, 4},
    };
    boolean[] allBenefit = {true, true, true, true, true, true};
    assertArrayEquals(
        new double[] {0.157, 0.249, 0.168, 0.121, 0.154, 0.151}, Weights.critic(x, allBenefit), 0.0005);
  }

  /**
   * HAND-COMPUTED example (not from a publication; every intermediate value below was worked out step by step,
   * independently of this implementation; the correlations have the closed forms shown). m = 4 alternatives.
   *
   * <pre>
   *        C1 (benefit)  C2 (cost)  C3 (benefit)
   *   A1        10           8           2
   *   A2        20           2           4
   *   A3        30           4           4
   *   A4        20           6           4
   *
   * min-max r:   r1 = 0, 1/2, 1, 1/2      mean 1/2
   *              r2 = 0, 1, 2/3, 1/3      mean 1/2
   *              r3 = 0, 1, 1, 1          mean 3/4
   * sums of squared deviations: S11 = 1/2, S22 = 5/9, S33 = 3/4
   * sample sd (divisor m-1 = 3): s1 = sqrt(1/6) = 0.408248290, s2 = sqrt(5/27) = 0.430331483, s3 = 0.5
   * cross products: S12 = 1/3, S13 = 1/2, S23 = 1/2
   * Pearson: r12 = S12/sqrt(S11 S22) = sqrt(2/5) = 0.632455532
   *          r13 = S13/sqrt(S11 S33) = sqrt(2/3) = 0.816496581
   *          r23 = S23/sqrt(S22 S33) = sqrt(3/5) = 0.774596669
   * conflict sum_k (1 - r_jk): C1: 0.551047887, C2: 0.592947799, C3: 0.408906750
   * C_j = s_j * conflict: C1 = 0.224964358, C2 = 0.255164106, C3 = 0.204453375; sum = 0.684581838
   * w = C / sum: w1 = 0.328615726, w2 = 0.372729879, w3 = 0.298654395
   * </pre>
   */
  @Test
  void handComputedExampleWithACostCriterion() {
    double[][] x = {{10, 8, 2}, {20, 2, 4}, {30, 4, 4}, {20, 6, 4}};
    double[] w = Weights.critic(x, new boolean[] {true, false, true});
    assertArrayEquals(new double[] {0.328615726, 0.372729879, 0.298654395}, w, 1e-9);
  }

  @Test
  void directionMattersThroughTheSignOfTheCorrelations() {
    double[][] x = {{10, 8, 2}, {20, 2, 4}, {30, 4, 4}, {20, 6, 4}};
    double[] asCost = Weights.critic(x, new boolean[] {true, false, true});
    double[] asBenefit = Weights.critic(x, new boolean[] {true, true, true});
    assertTrue(Math.abs(asCost[1] - asBenefit[1]) > 0.01);
    // flipping a criterion's direction and negating its values changes nothing
    double[][] negated = {{10, -8, 2}, {20, -2, 4}, {30, -4, 4}, {20, -6, 4}};
    assertArrayEquals(asCost, Weights.critic(negated, new boolean[] {true, true, true}), 1e-12);
  }

  @Test
  void constantCriterionGetsZeroWeightAndLeavesTheOthersUnchanged() {
    double[][] x = {{10, 5, 8, 2}, {20, 5, 2, 4}, {30, 5, 4, 4}, {20, 5, 6, 4}};
    double[] w = Weights.critic(x, new boolean[] {true, true, false, true});
    assertEquals(0.0, w[1]);
    assertArrayEquals(new double[] {0.328615726, 0.0, 0.372729879, 0.298654395}, w, 1e-9);
  }

  @Test
  void singleInformativeCriterionGetsAllTheWeight() {
    assertArrayEquals(
        new double[] {0, 1, 0},
        Weights.critic(new double[][] {{1, 2, 3}, {1, 5, 3}, {1, 4, 3}}, new boolean[] {true, false, true}));
    assertArrayEquals(new double[] {1}, Weights.critic(new double[][] {{1}, {2}}, new boolean[] {true}));
  }

  @Test
  void degenerateInputsAreRejectedWithAReason() {
    IllegalArgumentException constant =
        assertThrows(
            IllegalArgumentException.class,
            () -> Weights.critic(new double[][] {{1, 2}, {1, 2}}, new boolean[] {true, true}));
    assertTrue(constant.getMessage().contains("all 2 criteria are constant"), constant.getMessage());

    // identical rankings: the correlation is +1 everywhere, so every C_j is 0
    IllegalArgumentException collinear =
        assertThrows(
            IllegalArgumentException.class,
            () -> Weights.critic(new double[][] {{1, 10}, {2, 20}, {4, 40}}, new boolean[] {true, true}));
    assertTrue(collinear.getMessage().contains("perfectly positively correlated"), collinear.getMessage());
  }

  @Test
  void invalidInputsAreReportedWithRowAndColumn() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Weights.critic(
                new double[][] {{1, 2}, {Double.POSITIVE_INFINITY, 3}, {2, Double.NaN}}, new boolean[] {true, true}));
    assertTrue(e.getMessage().contains("matrix[1][0] is infinite (Infinity)"), e.getMessage());
    assertTrue(e.getMessage().contains("matrix[2][1] is NaN"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Weights.critic(new double[][] {{1, 2}, {2, 3}}, new boolean[] {true, true, true}));
  }

  @Test
  void populationAndSampleStandardDeviationGiveTheSameWeights() {
    // C_j computed here with the population divisor m; the library uses m - 1
    double[][] x = {{10, 8, 2}, {20, 2, 4}, {30, 4, 4}, {20, 6, 4}};
    double[] sigmaPopulation = {Math.sqrt(0.5 / 4), Math.sqrt(5.0 / 9 / 4), Math.sqrt(0.75 / 4)};
    double[] conflict = {0.551047887039, 0.592947798725, 0.408906749831};
    double[] c = new double[3];
    double sum = 0;
    for (int j = 0; j < 3; j++) {
      c[j] = sigmaPopulation[j] * conflict[j];
      sum += c[j];
    }
    for (int j = 0; j < 3; j++) {
      c[j] /= sum;
    }
    assertArrayEquals(c, Weights.critic(x, new boolean[] {true, false, true}), 1e-11);
  }
}
