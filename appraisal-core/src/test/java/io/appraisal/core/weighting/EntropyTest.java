package io.appraisal.core.weighting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntropyTest {

  /**
   * HAND-COMPUTED example (not from a publication; every intermediate value below was worked out step by step,
   * independently of this implementation, and is exact where a fraction is shown). The min-max variant implemented by
   * {@link Weights#entropy}: m = 4 alternatives, k = 1/ln 4 = 1/1.386294361.
   *
   * <pre>
   *        C1 (benefit)  C2 (cost)  C3 (benefit)
   *   A1        10           8           2
   *   A2        20           2           4
   *   A3        30           4           4
   *   A4        20           6           4
   *
   * min-max r:  C1 = (x-10)/20 -> 0, 1/2, 1, 1/2        sum 2
   *             C2 = (8-x)/6   -> 0, 1, 2/3, 1/3        sum 2
   *             C3 = (x-2)/2   -> 0, 1, 1, 1            sum 3
   * shares p:   C1 -> 0, 1/4, 1/2, 1/4
   *             C2 -> 0, 1/2, 1/3, 1/6
   *             C3 -> 0, 1/3, 1/3, 1/3
   * sum p ln p: C1 = 2(1/4)ln(1/4) + (1/2)ln(1/2)       = -1.039720771
   *             C2 = (1/2)ln(1/2) + (1/3)ln(1/3) + (1/6)ln(1/6) = -1.011404265
   *             C3 = ln(1/3)                            = -1.098612289
   * e = -k sum: e1 = 0.75 (exactly), e2 = 0.729573959, e3 = ln3/ln4 = 0.792481250
   * d = 1 - e:  d1 = 0.25, d2 = 0.270426041, d3 = 0.207518750;  sum d = 0.727944791
   * w = d/sum:  w1 = 0.343432638, w2 = 0.371492515, w3 = 0.285074847
   * </pre>
   */
  @Test
  void handComputedMinMaxExample() {
    double[][] x = {{10, 8, 2}, {20, 2, 4}, {30, 4, 4}, {20, 6, 4}};
    boolean[] higherIsBetter = {true, false, true};
    double[] w = Weights.entropy(x, higherIsBetter);
    assertArrayEquals(new double[] {0.343432638, 0.371492515, 0.285074847}, w, 1e-9);
    // the single-criterion building block, checked against the hand values above
    assertEquals(0.25, Entropy.divergence(new double[] {0, 0.5, 1, 0.5}), 1e-15);
    assertEquals(0.270426041, Entropy.divergence(new double[] {0, 1, 2.0 / 3, 1.0 / 3}), 1e-9);
    assertEquals(0.207518750, Entropy.divergence(new double[] {0, 1, 1, 1}), 1e-9);
  }

  /**
   * Published example: Z. Xu (2004), "A note on the subjective and objective integrated approach to determine
   * attribute weights", European Journal of Operational Research 156(2), 530-532; 4 alternatives × 4 attributes,
   * entropy weights (0.4630, 0.3992, 0.1378, 0.0000) with the classical shares p = x / sum(x). Inputs and outputs as
   * transcribed in the test suite of the pyrepo-mcda library (A. Bączkiewicz), which cites this paper; I could not
   * consult the paper itself. All four weights are reproduced to the published 4 decimals.
   */
  @Test
  void xu2004PublishedSharesExample() {
    double[][] x = {{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}};
    assertArrayEquals(new double[] {0.4630, 0.3992, 0.1378, 0.0000}, Weights.entropyOfShares(x), 0.00005);
  }

  /**
   * Published example: E. K. Zavadskas and V. Podvezko (2016), "Integrated determination of objective criteria
   * weights in MCDM", International Journal of Information Technology &amp; Decision Making 15(2), 267-283; entropy
   * weights (0.1146, 0.1981, 0.4185, 0.2689) from shares of the raw values (the paper's criteria 1 and 3 are cost
   * criteria, which the share-based entropy ignores). Inputs and outputs as transcribed in the pyrepo-mcda test suite,
   * which cites this paper; I could not consult the paper itself.
   */
  @Test
  void zavadskasPodvezko2016PublishedSharesExample() {
    double[][] x = {{3.0, 100, 10, 7}, {2.5, 80, 8, 5}, {1.8, 50, 20, 11}, {2.2, 70, 12, 9}};
    assertArrayEquals(new double[] {0.1146, 0.1981, 0.4185, 0.2689}, Weights.entropyOfShares(x), 0.00005);
  }

  @Test
  void minMaxVariantIsTheShareVariantOfTheMinMaxNormalisedMatrix() {
    double[][] x = {{10, 8, 2}, {20, 2, 4}, {30, 4, 4}, {20, 6, 4}};
    double[][] normalised = {{0, 0, 0}, {0.5, 1, 1}, {1, 2.0 / 3, 1}, {0.5, 1.0 / 3, 1}};
    assertArrayEquals(
        Weights.entropyOfShares(normalised), Weights.entropy(x, new boolean[] {true, false, true}), 1e-12);
  }

  @Test
  void constantCriterionGetsZeroWeightAndLeavesTheOthersUnchanged() {
    double[][] x = {{10, 8, 7}, {20, 2, 7}, {30, 4, 7}, {20, 6, 7}};
    double[] w = Weights.entropy(x, new boolean[] {true, false, true});
    assertEquals(0.0, w[2]);
    double[] without = Weights.entropy(new double[][] {{10, 8}, {20, 2}, {30, 4}, {20, 6}}, new boolean[] {true, false});
    assertArrayEquals(without, new double[] {w[0], w[1]}, 1e-15);
    // a constant column of the share variant has uniform shares, entropy 1, weight 0
    assertEquals(0.0, Weights.entropyOfShares(x)[2]);
  }

  @Test
  void allConstantCriteriaAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Weights.entropy(new double[][] {{1, 5}, {1, 5}, {1, 5}}, new boolean[] {true, true}));
    assertTrue(e.getMessage().contains("undefined"), e.getMessage());
  }

  @Test
  void invalidInputsAreReportedWithRowAndColumn() {
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () -> Weights.entropy(
                new double[][] {{1, Double.NaN}, {2, 3}, {Double.NEGATIVE_INFINITY, 4}}, new boolean[] {true, true}));
    assertTrue(nan.getMessage().contains("matrix[0][1] is NaN"), nan.getMessage());
    assertTrue(nan.getMessage().contains("matrix[2][0] is infinite (-Infinity)"), nan.getMessage());

    IllegalArgumentException ragged =
        assertThrows(
            IllegalArgumentException.class,
            () -> Weights.entropy(new double[][] {{1, 2}, {3}, {4, 5}}, new boolean[] {true, true}));
    assertTrue(ragged.getMessage().contains("row 1 has 1 column(s) but row 0 has 2"), ragged.getMessage());

    IllegalArgumentException mismatch =
        assertThrows(
            IllegalArgumentException.class,
            () -> Weights.entropy(new double[][] {{1, 2}, {3, 4}}, new boolean[] {true}));
    assertTrue(mismatch.getMessage().contains("higherIsBetter has length 1 but the matrix has 2"), mismatch.getMessage());

    IllegalArgumentException oneRow =
        assertThrows(IllegalArgumentException.class, () -> Weights.entropy(new double[][] {{1, 2}}, new boolean[] {true, true}));
    assertTrue(oneRow.getMessage().contains("at least 2 row(s)"), oneRow.getMessage());

    assertThrows(NullPointerException.class, () -> Weights.entropy(null, new boolean[] {true}));
    assertThrows(NullPointerException.class, () -> Weights.entropy(new double[][] {{1}, {2}}, null));
  }

  @Test
  void shareVariantRejectsNegativeValuesAndZeroColumns() {
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> Weights.entropyOfShares(new double[][] {{1, -2}, {3, 4}}));
    assertTrue(negative.getMessage().contains("matrix[0][1] = -2.0 is negative"), negative.getMessage());
    IllegalArgumentException zeros =
        assertThrows(IllegalArgumentException.class, () -> Weights.entropyOfShares(new double[][] {{1, 0}, {3, 0}}));
    assertTrue(zeros.getMessage().contains("column 1 is all zeros"), zeros.getMessage());
  }

  @Test
  void inputIsNotModified() {
    double[][] x = {{10, 8}, {20, 2}, {30, 4}};
    boolean[] h = {true, false};
    Weights.entropy(x, h);
    Weights.entropyOfShares(x);
    assertArrayEquals(new double[] {10, 8}, x[0]);
    assertArrayEquals(new double[] {30, 4}, x[2]);
  }
}
