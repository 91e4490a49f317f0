package io.appraisal.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.appraisal.core.Direction;
import org.junit.jupiter.api.Test;

class PopulationStatsTest {
  @Test
  void statisticsLeaveNaNOut() {
    PopulationStats stats = PopulationStats.of(new double[] {2, Double.NaN, 4, 9});
    assertEquals(3, stats.count());
    assertEquals(2, stats.min());
    assertEquals(9, stats.max());
    assertEquals(5, stats.mean()); // 15 / 3, computed when first asked
    // squares 9 + 1 + 16 = 26, over n - 1 = 2
    assertEquals(Math.sqrt(13), stats.sampleStandardDeviation());
    assertEquals(1, stats.countBelow(4));
  }

  @Test
  void minusZeroIsBelowZeroWhicheverComesFirst() {
    for (double[] column : new double[][] {{0.0, -0.0}, {-0.0, 0.0}}) {
      PopulationStats stats = PopulationStats.of(column);
      assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(stats.min()));
      assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(stats.max()));
    }
  }

  @Test
  void noValueHasNoStatistics() {
    PopulationStats stats = PopulationStats.of(new double[] {Double.NaN});
    assertEquals(0, stats.count());
    assertEquals(Double.NaN, stats.min());
    assertEquals(Double.NaN, stats.max());
    assertEquals(Double.NaN, stats.mean());
    assertEquals(0, stats.sampleStandardDeviation());
  }

  @Test
  void aContextOverGivenStatisticsHandsThemToTheRule() {
    PopulationStats stats = PopulationStats.of(new double[] {1, 3});
    ScoringContext context = ScoringContext.over(10, Direction.LOWER_IS_BETTER, stats);
    assertSame(stats, context.population());
    assertEquals(10, context.maxPoints());
    assertEquals(Direction.LOWER_IS_BETTER, context.direction());
  }

  @Test
  void aContextOverAColumnComputesItsStatisticsOnce() {
    ScoringContext context = ScoringContext.over(5, Direction.HIGHER_IS_BETTER, new double[] {1, Double.NaN, 3});
    assertEquals(2, context.population().mean());
    assertSame(context.population(), context.population());
  }
}
