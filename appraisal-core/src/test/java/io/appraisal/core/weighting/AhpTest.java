package io.appraisal.core.weighting;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AhpTest {

  /**
   * Published example: T. L. Saaty (1990), "How to make a decision: The analytic hierarchy process", European Journal
   * of Operational Research 48(1), 9-26 — the house-purchase example, pairwise comparison matrix of the eight
   * criteria (1 size of house, 2 transportation, 3 neighbourhood, 4 age of house, 5 yard space, 6 modern facilities,
   * 7 general condition, 8 financing), with its published priority vector (.173, .054, .188, .018, .031, .036, .167,
   * .333), λmax = 9.669, CI = 0.238 and CR = 0.169. (Table number not checked against the paper; the matrix,
   * including the famously inconsistent a37 = 6, matches two independent transcriptions of the example.)
   *
   * <p>Published values are given to 3 decimals, so the tolerance is half a unit in the last place.
   */
  static final double[][] SAATY_1990_HOUSE = {
    {1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4},
    {1.0 / 5, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7},
    {1.0 / 3, 3, 1, 6, 3, 4, 6, 1.0 / 5},
    {1.0 / 7, 1.0 / 5, 1.0 / 6, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8},
    {1.0 / 6, 1.0 / 3, 1.0 / 3, 3, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6},
    {1.0 / 6, 1.0 / 3, 1.0 / 4, 4, 2, 1, 1.0 / 5, 1.0 / 6},
    {3, 5, 1.0 / 6, 7, 5, 5, 1, 1.0 / 2},
    {4, 7, 5, 8, 6, 6, 2, 1},
  };

  @Test
  void saaty1990HouseExampleMatchesPublishedPrioritiesAndConsistency() {
    AhpResult r = Weights.ahp(SAATY_1990_HOUSE);
    double[] published = {.173, .054, .188, .018, .031, .036, .167, .333};
    assertArrayEquals(published, r.weights(), 0.0005);
    assertEquals(9.669, r.lambdaMax(), 0.0005);
    assertEquals(0.238, r.consistencyIndex(), 0.0005);
    assertEquals(1.41, r.randomIndex(), 0);
    assertEquals(0.169, r.consistencyRatio(), 0.0005);
    assertEquals(8, r.size());
  }

  @Test
  void saatyHouseExampleFailsTheDefaultConsistencyRuleButPassesALaxerPolicy() {
    AhpResult r = Weights.ahp(SAATY_1990_HOUSE);
    assertFalse(r.isConsistent(AhpResult.DEFAULT_MAX_CONSISTENCY_RATIO));
    IllegalStateException e = assertThrows(IllegalStateException.class, r::requireConsistent);
    assertTrue(e.getMessage().contains("CR = 0.1691"), e.getMessage());
    assertTrue(e.getMessage().contains("allowed maximum 0.1000"), e.getMessage());
    assertSame(r, r.requireConsistent(0.2));
    assertTrue(r.isConsistent(0.2));
  }

  /**
   * Published example: T. L. Saaty (2008), "Decision making with the analytic hierarchy process", International
   * Journal of Services Sciences 1(1), 83-98 — the estimation example "Which drink is consumed more in the U.S.?"
   * (coffee, wine, tea, beer, sodas, milk, water), with the published eigenvector (.177, .019, .042, .116, .190, .129,
   * .327). (Table number not checked against the paper.) Published to 3 decimals; tolerance half a unit.
   */
  @Test
  void saaty2008DrinkConsumptionExampleMatchesPublishedEigenvector() {
    double[][] drinks = {
      {1, 9, 5, 2, 1, 1, 1.0 / 2},
      {1.0 / 9, 1, 1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9},
      {1.0 / 5, 3, 1, 1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9},
      {1.0 / 2, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3},
      {1, 9, 4, 2, 1, 2, 1.0 / 2},
      {1, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3},
      {2, 9, 9, 3, 2, 3, 1},
    };
    AhpResult r = Weights.ahp(drinks);
    assertArrayEquals(new double[] {.177, .019, .042, .116, .190, .129, .327}, r.weights(), 0.0005);
    assertTrue(r.consistencyRatio() < 0.1, r.toString());
    assertSame(r, r.requireConsistent());
  }

  /**
   * Hand-computed: a perfectly consistent matrix a_ij = w_i / w_j for w = (0.5, 0.3, 0.2): A·w = 3·w, so λmax = n =
   * 3, CI = 0, CR = 0 and the weights are w itself.
   */
  @Test
  void consistentMatrixReturnsItsGeneratingWeights() {
    double[] w = {0.5, 0.3, 0.2};
    double[][] a = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        a[i][j] = w[i] / w[j];
      }
    }
    AhpResult r = Weights.ahp(a);
    assertArrayEquals(w, r.weights(), 1e-12);
    assertEquals(3.0, r.lambdaMax(), 1e-12);
    assertEquals(0.0, r.consistencyIndex(), 1e-12);
    assertEquals(0.0, r.consistencyRatio(), 1e-12);
  }

  /** Hand-computed: for [[1, 3], [1/3, 1]] the eigenvector is (3, 1)/4 and λmax = 2; CR is 0 by definition. */
  @Test
  void twoByTwoAndOneByOne() {
    AhpResult two = Weights.ahp(new double[][] {{1, 3}, {1.0 / 3, 1}});
    assertArrayEquals(new double[] {0.75, 0.25}, two.weights(), 1e-12);
    assertEquals(2.0, two.lambdaMax(), 1e-12);
    assertEquals(0.0, two.consistencyRatio());
    assertEquals(0.0, two.randomIndex());

    AhpResult one = Weights.ahp(new double[][] {{1}});
    assertArrayEquals(new double[] {1.0}, one.weights());
    assertEquals(1.0, one.lambdaMax(), 1e-15);
    assertEquals(0.0, one.consistencyIndex());
    assertEquals(0.0, one.consistencyRatio());
  }

  @Test
  void randomIndexTableIsSaatys() {
    double[] expected = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    for (int n = 1; n <= 10; n++) {
      assertEquals(expected[n - 1], Ahp.randomIndex(n), 0, "RI(" + n + ")");
    }
  }

  @Test
  void everyProblemIsListedAtOnceWithRowColumnAndValue() {
    double[][] bad = {
      {1, 3, -2},
      {0.5, 2, Double.NaN},
      {0.5, 4, 1},
    };
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> Weights.ahp(bad));
    // the first problem is thrown, each other one suppressed by it
    List<String> keys = new ArrayList<>(List.of(e.key()));
    StringBuilder all = new StringBuilder(e.getMessage());
    for (Throwable more : e.getSuppressed()) {
      keys.add(((InvalidArgumentException) more).key());
      all.append("; ").append(more.getMessage());
    }
    assertEquals(List.of("problem.core.argument.ahp-not-positive", "problem.core.argument.ahp-diagonal",
        "problem.core.argument.ahp-nan", "problem.core.argument.ahp-reciprocal"), keys);
    assertEquals("判断矩阵元素 pairwise[0][2] = -2.0，须为正数", e.message(Locale.CHINESE));
    String m = all.toString();
    assertAll(
        () -> assertTrue(m.contains("pairwise[0][2] = -2.0 must be positive"), m),
        () -> assertTrue(m.contains("pairwise[1][2] is NaN"), m),
        () -> assertTrue(m.contains("pairwise[1][1] = 2.0 is on the diagonal and must be 1"), m),
        () -> assertTrue(m.contains("pairwise[1][0] = 0.5 is not the reciprocal of pairwise[0][1] = 3.0"), m),
        // 1/3 is printed exactly, whatever the default locale
        () -> assertTrue(m.contains("expected 0.3333333333333333"), m));
  }

  @Test
  void nonSquareNullAndOversizedMatricesAreRejected() {
    IllegalArgumentException ragged =
        assertThrows(IllegalArgumentException.class, () -> Weights.ahp(new double[][] {{1, 2}, {0.5}}));
    assertTrue(ragged.getMessage().contains("row 1 has 1 entries but the matrix has 2 rows"), ragged.getMessage());

    IllegalArgumentException nullRow =
        assertThrows(IllegalArgumentException.class, () -> Weights.ahp(new double[][] {{1, 2}, null}));
    assertTrue(nullRow.getMessage().contains("row 1 is null"), nullRow.getMessage());

    assertThrows(NullPointerException.class, () -> Weights.ahp(null));
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> Weights.ahp(new double[0][]));
    assertTrue(empty.getMessage().contains("got 0"), empty.getMessage());

    double[][] eleven = new double[11][11];
    for (double[] row : eleven) {
      java.util.Arrays.fill(row, 1);
    }
    IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> Weights.ahp(eleven));
    assertTrue(big.getMessage().contains("got 11"), big.getMessage());
  }

  @Test
  void reciprocityToleranceIsRelative1e9() {
    assertEquals(0.75, Weights.ahp(new double[][] {{1, 3}, {0.3333333333, 1}}).weight(0), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> Weights.ahp(new double[][] {{1, 3}, {0.3333, 1}}));
  }

  @Test
  void resultIsImmutableAndInputIsNotModified() {
    double[][] a = {{1, 2}, {0.5, 1}};
    AhpResult r = Weights.ahp(a);
    double[] w = r.weights();
    w[0] = 99;
    assertEquals(2.0 / 3, r.weight(0), 1e-12);
    assertEquals(2.0, a[0][1]);
    assertEquals(r, Weights.ahp(a));
    assertEquals(r.hashCode(), Weights.ahp(a).hashCode());
    assertNotEquals(r, Weights.ahp(new double[][] {{1, 3}, {1.0 / 3, 1}}));
    assertThrows(IndexOutOfBoundsException.class, () -> r.weight(2));
  }

  @Test
  void invalidPolicyLimitIsRejected() {
    AhpResult r = Weights.ahp(SAATY_1990_HOUSE);
    assertThrows(IllegalArgumentException.class, () -> r.requireConsistent(-0.1));
    assertThrows(IllegalArgumentException.class, () -> r.requireConsistent(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> r.isConsistent(Double.POSITIVE_INFINITY));
  }

  @Test
  void messagesAndToStringIgnoreTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY); // decimal comma
      AhpResult r = Weights.ahp(SAATY_1990_HOUSE);
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.requireConsistent(0.1));
      assertTrue(e.getMessage().contains("CR = 0.1691"), e.getMessage());
      assertTrue(r.toString().contains("lambdaMax=9.6689"), r.toString());
      Locale.setDefault(Locale.forLanguageTag("ar-EG")); // Arabic-Indic digits by default
      IllegalStateException e2 = assertThrows(IllegalStateException.class, () -> r.requireConsistent(0.1));
      assertTrue(e2.getMessage().contains("CR = 0.1691"), e2.getMessage());
    } finally {
      Locale.setDefault(saved);
    }
  }
}
