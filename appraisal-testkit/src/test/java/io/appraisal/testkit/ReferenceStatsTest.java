package io.appraisal.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The testkit's population statistics, worked by hand. */
class ReferenceStatsTest {
  @Test
  void statisticsOfTheValuesThatAreNotNaN() {
    // 2, 4, 4, 4, 5, 5, 7, 9 (and a NaN left out): mean 5, squares 32, sample sd sqrt(32 / 7).
    ReferenceStats stats = new ReferenceStats(new double[] {9, 4, Double.NaN, 2, 4, 5, 7, 4, 5});
    assertEquals(8, stats.count());
    assertEquals(2, stats.min());
    assertEquals(9, stats.max());
    assertEquals(5, stats.mean());
    assertEquals(Math.sqrt(32.0 / 7), stats.sampleStandardDeviation(), 1e-15);
    assertEquals(1, stats.countBelow(4));
    assertEquals(3, stats.countEqual(4));
    assertEquals(8, stats.countBelow(10));
    // Type 7: h = 7 × 0.5 = 3.5, between the 4th and 5th values (4 and 5): 4.5; h = 7 × 0.25 = 1.75 → 4.
    assertEquals(4.5, stats.quantile(0.5));
    assertEquals(4, stats.quantile(0.25));
    assertEquals(9, stats.quantile(1));
  }

  @Test
  void anEmptyOrSingleColumn() {
    ReferenceStats empty = new ReferenceStats(new double[] {Double.NaN});
    assertEquals(0, empty.count());
    assertTrue(Double.isNaN(empty.min()) && Double.isNaN(empty.mean()) && Double.isNaN(empty.quantile(0.5)));
    assertEquals(0, new ReferenceStats(new double[] {3}).sampleStandardDeviation());
  }
}
