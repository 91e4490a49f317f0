package io.appraisal.core.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void trimmedMeanDropsTheHighestAndLowest() {
    // 去掉一个最高分和一个最低分: sorted 60 70 80 90 100, drop 60 and 100: (70 + 80 + 90) / 3 = 80
    assertEquals(80, Stats.trimmedMean(new double[] {70, 80, 90, 60, 100}, 1));
    // sorted 75 85 88 90 92 95, drop 75 and 95: (85 + 88 + 90 + 92) / 4 = 355 / 4 = 88.75
    assertEquals(88.75, Stats.trimmedMean(new double[] {88, 92, 75, 95, 90, 85}, 1));
    // k = 2 of 5: only the middle score stays
    assertEquals(80, Stats.trimmedMean(new double[] {70, 80, 90, 60, 100}, 2));
  }

  @Test
  void trimmedMeanNeedsMoreThanTwiceTrimScores() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Stats.trimmedMean(new double[] {1, 2}, 1));
    assertEquals("a trimmed mean dropping 1 at each end needs more than 2 scores but has 2", e.getMessage());
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3, Stats.median(new double[] {5, 1, 3}));
    // sorted 1 2 3 4: (2 + 3) / 2 = 2.5
    assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}));
  }

  @Test
  void sampleStandardDeviation() {
    // mean 5; squared deviations 9 1 1 1 0 0 4 16 = 32; 32 / (8 − 1) = 4.5714...; sqrt = 2.13809...
    assertEquals(Math.sqrt(32.0 / 7), Stats.standardDeviation(new double[] {2, 4, 4, 4, 5, 5, 7, 9}), 1e-12);
    assertEquals(0, Stats.standardDeviation(new double[] {7}));
  }

  @Test
  void scaledMedianAbsoluteDeviation() {
    // median 2; |deviations| 1 1 0 0 2 4 7, sorted 0 0 1 1 2 4 7, median 1; scaled: 1.4826
    assertEquals(1.4826, Stats.mad(new double[] {1, 1, 2, 2, 4, 6, 9}), 1e-12);
  }

  @Test
  void midranksShareTiedPlaces() {
    // 10 is lowest (1); the two 20s share places 2 and 3 (2.5); 30 is 4th
    assertArrayEquals(new double[] {2.5, 1, 4, 2.5}, Stats.midranks(new double[] {20, 10, 30, 20}));
  }

  @Test
  void kendallWOfTwoRatersOverThreeUnits() {
    // ranks A = 3 2 1, B = 3 1 2; R = 6 3 3; ΣR² = 54; 12·54 − 3·2²·3·4² = 648 − 576 = 72;
    // m²n(n² − 1) = 4·3·8 = 96; W = 72 / 96 = 0.75
    assertEquals(0.75, Stats.kendallW(new double[][] {{3, 2, 1}, {3, 1, 2}}), 1e-12);
  }

  @Test
  void kendallWIsCorrectedForTies() {
    // A = 1 1 2 → midranks 1.5 1.5 3, B = 1 2 3 → 1 2 3; R = 2.5 3.5 6; ΣR² = 54.5; 12·54.5 − 576 = 78;
    // T_A = 2³ − 2 = 6, T_B = 0; denominator 96 − 2·6 = 84; W = 78 / 84 = 0.92857...
    assertEquals(78.0 / 84, Stats.kendallW(new double[][] {{1, 1, 2}, {1, 2, 3}}), 1e-12);
  }

  @Test
  void kendallWIsOneForIdenticalRankingsAndNaNWhenUndefined() {
    assertEquals(1, Stats.kendallW(new double[][] {{90, 80, 70, 60}, {9, 8, 7, 6}, {99, 98, 97, 96}}), 1e-12);
    assertTrue(Double.isNaN(Stats.kendallW(new double[][] {{1, 2, 3}})));
    assertTrue(Double.isNaN(Stats.kendallW(new double[][] {{1}, {2}})));
    assertTrue(Double.isNaN(Stats.kendallW(new double[][] {{5, 5}, {5, 5}})));
  }

  private static void assertArrayEquals(double[] expected, double[] actual) {
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
  }
}
