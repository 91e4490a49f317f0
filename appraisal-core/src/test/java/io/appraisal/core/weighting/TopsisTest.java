package io.appraisal.core.weighting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopsisTest {

  /**
   * Published example: C.-L. Hwang and K. Yoon (1981), Multiple Attribute Decision Making: Methods and Applications,
   * Lecture Notes in Economics and Mathematical Systems 186, Springer, pp. 133-134 — the fighter-aircraft selection
   * example: 4 aircraft × 6 attributes (maximum speed [Mach], ferry range [NM], maximum payload [lb], acquisition cost
   * [$10^6] (the only cost attribute), reliability and manoeuvrability (qualitative ratings coded 3/5/7/9)), weights
   * (0.2, 0.1, 0.1, 0.1, 0.2, 0.3). Published separation measures S+ = (.0545, .1197, .0580, .1009), S- = (.0983,
   * .0439, .0920, .0458) and relative closeness C* = (.643, .268, .613, .312), ranking A1 > A3 > A4 > A2. (Values as
   * I recall them, cross-checked against two independent transcriptions of pp. 133-134.)
   *
   * <p>The book rounds every intermediate value to 4 decimals and its normalised cost column has small slips (e.g.
   * .5063 where 5.5/√117.75 = .50685), so exact arithmetic differs from the printed values by up to 8.3e-5 in the
   * distances and 5.4e-4 in C*(A3) (exact .61354, printed .613). The tolerances are 1e-4 and 1e-3 accordingly.
   */
  static final double[][] HWANG_YOON_AIRCRAFT = {
    {2.0, 1500, 20000, 5.5, 5, 9},
    {2.5, 2700, 18000, 6.5, 3, 5},
    {1.8, 2000, 21000, 4.5, 7, 7},
    {2.2, 1800, 20000, 5.0, 5, 5},
  };

  static final double[] HWANG_YOON_WEIGHTS = {0.2, 0.1, 0.1, 0.1, 0.2, 0.3};
  static final boolean[] HWANG_YOON_BENEFIT = {true, true, true, false, true, true};

  @Test
  void hwangYoon1981AircraftExampleMatchesPublishedCloseness() {
    double[] c = Topsis.closeness(HWANG_YOON_AIRCRAFT, HWANG_YOON_WEIGHTS, HWANG_YOON_BENEFIT);
    assertArrayEquals(new double[] {.643, .268, .613, .312}, c, 1e-3);
    assertTrue(c[0] > c[2] && c[2] > c[3] && c[3] > c[1], "ranking A1 > A3 > A4 > A2");
  }

  @Test
  void hwangYoon1981AircraftExampleMatchesPublishedIntermediateValues() {
    Topsis.Evaluation e = Topsis.evaluate(HWANG_YOON_AIRCRAFT, HWANG_YOON_WEIGHTS, HWANG_YOON_BENEFIT);
    assertArrayEquals(new double[] {.0545, .1197, .0580, .1009}, e.distanceToIdeal(), 1e-4);
    assertArrayEquals(new double[] {.0983, .0439, .0920, .0458}, e.distanceToAntiIdeal(), 1e-4);
    // published ideal A* and negative-ideal A- (weighted normalised values, 4 decimals); the cost column X4 carries
    // the book's normalisation slip (.0598 printed, .05990 exact), hence 1.5e-4 here
    assertArrayEquals(new double[] {.1168, .0659, .0531, .0414, .1347, .2012}, e.ideal(), 1.5e-4);
    assertArrayEquals(new double[] {.0841, .0366, .0455, .0598, .0577, .1118}, e.antiIdeal(), 1.5e-4);
    // published normalised values of the columns without slips (speed, range, payload, reliability, manoeuvrability)
    assertEquals(.4671, e.normalised()[0][0], 1e-4);
    assertEquals(.6591, e.normalised()[1][1], 1e-4);
    assertEquals(.5308, e.normalised()[2][2], 1e-4);
    assertEquals(.2887, e.normalised()[1][4], 1e-4);
    assertEquals(.6708, e.normalised()[0][5], 1e-4);
  }

  /**
   * Hand-computed: x = [[3, 0], [4, 1]], weights (1, 1) -> (0.5, 0.5), both benefit. Column norms 5 and 1, so r =
   * [[0.6, 0], [0.8, 1]], v = [[0.3, 0], [0.4, 0.5]], ideal (0.4, 0.5), anti-ideal (0.3, 0). A1: D+ = √(0.01 + 0.25)
   * = 0.509902, D- = 0, C = 0. A2: D+ = 0, C = 1.
   */
  @Test
  void handComputedTwoByTwo() {
    Topsis.Evaluation e = Topsis.evaluate(new double[][] {{3, 0}, {4, 1}}, new double[] {1, 1}, new boolean[] {true, true});
    assertArrayEquals(new double[] {0.3, 0}, e.weighted()[0], 1e-15);
    assertArrayEquals(new double[] {0.4, 0.5}, e.weighted()[1], 1e-15);
    assertEquals(Math.sqrt(0.26), e.distanceToIdeal()[0], 1e-15);
    assertArrayEquals(new double[] {0, 1}, e.closeness(), 1e-15);
  }

  @Test
  void weightScaleDoesNotMatter() {
    double[] scaled = new double[HWANG_YOON_WEIGHTS.length];
    for (int j = 0; j < scaled.length; j++) {
      scaled[j] = 7 * HWANG_YOON_WEIGHTS[j];
    }
    assertArrayEquals(
        Topsis.closeness(HWANG_YOON_AIRCRAFT, HWANG_YOON_WEIGHTS, HWANG_YOON_BENEFIT),
        Topsis.closeness(HWANG_YOON_AIRCRAFT, scaled, HWANG_YOON_BENEFIT),
        1e-12);
  }

  @Test
  void identicalAlternativesAndASingleAlternativeGetOneHalf() {
    assertArrayEquals(
        new double[] {0.5, 0.5},
        Topsis.closeness(new double[][] {{1, 2}, {1, 2}}, new double[] {1, 1}, new boolean[] {true, false}));
    assertArrayEquals(
        new double[] {0.5}, Topsis.closeness(new double[][] {{4, 2}}, new double[] {1, 1}, new boolean[] {true, true}));
  }

  @Test
  void zeroColumnAndZeroWeightCarryNoInformation() {
    double[] c = Topsis.closeness(new double[][] {{0, 1, 9}, {0, 2, 1}}, new double[] {1, 1, 0}, new boolean[] {true, true, true});
    assertArrayEquals(new double[] {0, 1}, c, 1e-15);
  }

  @Test
  void hugeValuesDoNotOverflow() {
    double[] c =
        Topsis.closeness(new double[][] {{1e300, 1}, {5e299, 2}}, new double[] {1, 1}, new boolean[] {true, true});
    assertEquals(0.5, c[0], 1e-12);
    assertEquals(0.5, c[1], 1e-12);
  }

  @Test
  void invalidInputsAreReportedWithIndexAndValue() {
    double[][] x = {{1, 2}, {3, 4}};
    boolean[] h = {true, true};
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> Topsis.closeness(x, new double[] {-1, Double.NaN}, h));
    assertTrue(negative.getMessage().contains("weights[0] = -1.0 is negative"), negative.getMessage());
    assertTrue(negative.getMessage().contains("weights[1] is NaN"), negative.getMessage());
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> Topsis.closeness(x, new double[] {0, 0}, h));
    assertTrue(zero.getMessage().contains("all 2 weight(s) are zero"), zero.getMessage());
    IllegalArgumentException length =
        assertThrows(IllegalArgumentException.class, () -> Topsis.closeness(x, new double[] {1}, h));
    assertTrue(length.getMessage().contains("weights has length 1 but the matrix has 2"), length.getMessage());
    IllegalArgumentException directions =
        assertThrows(IllegalArgumentException.class, () -> Topsis.closeness(x, new double[] {1, 1}, new boolean[] {true}));
    assertTrue(directions.getMessage().contains("higherIsBetter has length 1"), directions.getMessage());
    IllegalArgumentException cell =
        assertThrows(
            IllegalArgumentException.class,
            () -> Topsis.closeness(new double[][] {{1, 2}, {3, Double.NaN}}, new double[] {1, 1}, h));
    assertTrue(cell.getMessage().contains("matrix[1][1] is NaN"), cell.getMessage());
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> Topsis.closeness(new double[0][], new double[] {1}, h));
    assertTrue(empty.getMessage().contains("at least 1 row(s)"), empty.getMessage());
    IllegalArgumentException noColumns =
        assertThrows(
            IllegalArgumentException.class,
            () -> Topsis.closeness(new double[][] {{}, {}}, new double[] {1}, new boolean[] {true}));
    assertTrue(noColumns.getMessage().contains("no columns"), noColumns.getMessage());
    assertThrows(NullPointerException.class, () -> Topsis.closeness(x, null, h));
    assertThrows(NullPointerException.class, () -> Topsis.closeness(null, new double[] {1, 1}, h));
    assertThrows(NullPointerException.class, () -> Topsis.closeness(x, new double[] {1, 1}, null));
  }
}
