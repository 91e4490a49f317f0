package io.appraisal.rules;

import static io.appraisal.core.Direction.HIGHER_IS_BETTER;
import static io.appraisal.core.Direction.LOWER_IS_BETTER;
import static io.appraisal.rules.RuleHarness.printed;
import static io.appraisal.rules.RuleHarness.score;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import io.appraisal.core.ValueRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ratio-to-best and ratio-to-mean, by hand. Both are forms of the "distance to a reference" normalisation of the
 * OECD/JRC Handbook on Constructing Composite Indicators (2008), the reference being the best unit or the mean;
 * values are hand-computed.
 */
class RatioRulesTest {
  private static final double EPS = 1e-12;

  @Test
  void ratioToBestGivesTheBestFullPoints() {
    // Higher is better, values 2, 5, 8 (and one not scored): best 8 → 10 × 2/8 = 2.5, 10 × 5/8 = 6.25, 10.
    assertArrayEquals(new double[] {2.5, 6.25, Double.NaN, 10},
        score("ratio-to-best", 10, HIGHER_IS_BETTER, Map.of(), 2, 5, Double.NaN, 8), EPS);
    // Lower is better: best 2 → 10 × 2/2 = 10, 10 × 2/5 = 4, 10 × 2/8 = 2.5.
    assertArrayEquals(new double[] {10, 4, 2.5},
        score("ratio-to-best", 10, LOWER_IS_BETTER, Map.of(), 2, 5, 8), EPS);
  }

  @Test
  void ratioToBestHandlesZeros() {
    // Higher is better and every value 0: each equals the best → 10.
    assertArrayEquals(new double[] {10, 10},
        score("ratio-to-best", 10, HIGHER_IS_BETTER, Map.of(), 0, 0), EPS);
    // Lower is better with best 0: 0 is the best → 10; 0/1 = 0/4 = 0 → 0.
    assertArrayEquals(new double[] {10, 0, 0},
        score("ratio-to-best", 10, LOWER_IS_BETTER, Map.of(), 0, 1, 4), EPS);
    // Higher is better, 0 among positives: 0/4 → 0.
    assertArrayEquals(new double[] {0, 10},
        score("ratio-to-best", 10, HIGHER_IS_BETTER, Map.of(), 0, 4), EPS);
    assertEquals(ValueRange.NON_NEGATIVE,
        RuleHarness.compile("ratio-to-best", 10, HIGHER_IS_BETTER, Map.of()).inputRange());
  }

  @Test
  void ratioToMeanEarnsHalfPointsAtTheMeanByDefault() {
    // Values 2, 4, 6, 8: mean 5; ratios 0.4, 0.8, 1.2, 1.6; / full 2 → 0.2, 0.4, 0.6, 0.8 → 2, 4, 6, 8.
    assertArrayEquals(new double[] {2, 4, 6, 8},
        score("ratio-to-mean", 10, HIGHER_IS_BETTER, Map.of(), 2, 4, 6, 8), EPS);
    // full 1: at or above the mean earns full points: 10 × 0.4 = 4, 10 × 0.8 = 8, 10, 10.
    assertArrayEquals(new double[] {4, 8, 10, 10},
        score("ratio-to-mean", 10, HIGHER_IS_BETTER, Map.of("full", 1), 2, 4, 6, 8), EPS);
    // Lower is better, mean / x: 5/2 = 2.5 → capped 10; 5/4 = 1.25 → 6.25; 5/6 → 10 × 5/12 = 4.1666…; 5/8 → 3.125.
    assertArrayEquals(new double[] {10, 6.25, 50.0 / 12, 3.125},
        score("ratio-to-mean", 10, LOWER_IS_BETTER, Map.of(), 2, 4, 6, 8), EPS);
  }

  @Test
  void ratioToMeanHandlesZeros() {
    // Lower is better, values 0, 5, 10: mean 5; 0 is unboundedly better → 10; 5 → ratio 1 → 5; 10 → 0.5 → 2.5.
    assertArrayEquals(new double[] {10, 5, 2.5},
        score("ratio-to-mean", 10, LOWER_IS_BETTER, Map.of(), 0, 5, 10), EPS);
    // Every value 0: each is at the mean, ratio 1 → 10 × 1/2 = 5, whichever the direction.
    assertArrayEquals(new double[] {5, 5}, score("ratio-to-mean", 10, HIGHER_IS_BETTER, Map.of(), 0, 0), EPS);
    assertArrayEquals(new double[] {5, 5}, score("ratio-to-mean", 10, LOWER_IS_BETTER, Map.of(), 0, 0), EPS);
  }

  @Test
  void ratioToMeanReportsABadFull() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("ratio-to-mean", 10, HIGHER_IS_BETTER, Map.of("full", -1)));
    assertEquals(printed(List.of(Problem.of("test", "rule.full", "-1", "must be positive"))), printed(e.problems()));
  }
}
