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
 * The normalisations of the OECD/JRC Handbook on Constructing Composite Indicators (2008, section 5) added to the
 * existing ones, by hand: ratio to the worst, relative difference from a reference, above or below the mean, the
 * Handbook's percentile (rank / n) and percentile bands counted from the bottom.
 */
class HandbookNormalisationsTest {
  private static final double EPS = 1e-12;

  @Test
  void ratioToWorst() {
    // Higher is better, 2, 4, 8 with full 4: worst 2 → ratios 1, 2, 4 → 10 × 1/4 = 2.5, 10 × 2/4 = 5, 10.
    assertArrayEquals(new double[] {2.5, 5, Double.NaN, 10},
        score("ratio-to-worst", 10, HIGHER_IS_BETTER, Map.of("full", 4), 2, 4, Double.NaN, 8), EPS);
    // Lower is better: worst 8 → 8/2 = 4 → 10; 8/4 = 2 → 5; 8/8 = 1 → 2.5.
    assertArrayEquals(new double[] {10, 5, 2.5},
        score("ratio-to-worst", 10, LOWER_IS_BETTER, Map.of("full", 4), 2, 4, 8), EPS);
    // Zeros: higher is better with worst 0 → 0 has the ratio 1 → 2.5, 3 is infinitely better → 10.
    assertArrayEquals(new double[] {2.5, 10},
        score("ratio-to-worst", 10, HIGHER_IS_BETTER, Map.of("full", 4), 0, 3), EPS);
    // Lower is better: 0 against worst 5 → infinite → 10; 5 → 1 → 2.5. All 0 → ratio 1 → 2.5.
    assertArrayEquals(new double[] {10, 2.5},
        score("ratio-to-worst", 10, LOWER_IS_BETTER, Map.of("full", 4), 0, 5), EPS);
    assertArrayEquals(new double[] {2.5, 2.5},
        score("ratio-to-worst", 10, LOWER_IS_BETTER, Map.of("full", 4), 0, 0), EPS);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("ratio-to-worst", 10, HIGHER_IS_BETTER, Map.of("full", 0.5)));
    assertEquals(printed(List.of(
        Problem.of("test", "rule.full", "0.5", "must be at least 1: the worst unit's ratio is 1"))),
        printed(e.problems()));
  }

  @Test
  void relativeDifferenceFromThePopulation() {
    // (x − min) / min over 2, 3, 5 (min 2): 0, 0.5, 1.5; full 1 → 0, 5, 10 (clamped).
    assertArrayEquals(new double[] {0, 5, 10},
        score("relative-difference", 10, HIGHER_IS_BETTER, Map.of("reference", "worst", "full", 1), 2, 3, 5), EPS);
    // Lower is better against the best (min 2): −(x − 2) / 2 = 0, −0.5, −1.5; zero −1, full 0 → 1, 0.5, 0 → 10, 5, 0.
    assertArrayEquals(new double[] {10, 5, 0},
        score("relative-difference", 10, LOWER_IS_BETTER,
            Map.of("reference", "best", "zero", -1, "full", 0), 2, 3, 5), EPS);
    // Against the mean of 2, 4, 6 (4): −0.5, 0, 0.5; zero −0.5, full 0.5 → 0, 5, 10.
    assertArrayEquals(new double[] {0, 5, 10},
        score("relative-difference", 10, HIGHER_IS_BETTER,
            Map.of("reference", "mean", "zero", -0.5, "full", 0.5), 2, 4, 6), EPS);
    // Worst 0: 0 is at the reference (d = 0) → 0 points; 4 is infinitely better → 10.
    assertArrayEquals(new double[] {0, 10},
        score("relative-difference", 10, HIGHER_IS_BETTER, Map.of("reference", "worst", "full", 1), 0, 4), EPS);
    assertEquals(ValueRange.NON_NEGATIVE, RuleHarness.compile("relative-difference", 10, HIGHER_IS_BETTER,
        Map.of("reference", "mean", "full", 1)).inputRange());
  }

  @Test
  void relativeDifferenceFromAFixedReference() {
    // Reference −4 (e.g. a growth rate of −4 %): (x + 4) / 4 for −6, −4, 0 = −0.5, 0, 1; zero −0.5, full 0.5 →
    // 0, 5, 10 (clamped).
    assertArrayEquals(new double[] {0, 5, 10},
        score("relative-difference", 10, HIGHER_IS_BETTER,
            Map.of("referenceValue", -4, "zero", -0.5, "full", 0.5), -6, -4, 0), EPS);
    assertEquals(ValueRange.ANY, RuleHarness.compile("relative-difference", 10, HIGHER_IS_BETTER,
        Map.of("referenceValue", 100, "full", 1)).inputRange());
  }

  @Test
  void relativeDifferenceReportsEveryBadParameter() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("relative-difference", 10, HIGHER_IS_BETTER,
            Map.of("reference", "median", "zero", 1, "full", 1)));
    assertEquals(printed(List.of(Problem.of("test", "rule.full", "1", "must be above zero = 1"),
        Problem.of("test", "rule.reference", "median", "must be worst, best or mean"))), printed(e.problems()));
    e = assertThrows(InvalidInputException.class, () -> RuleHarness.compile("relative-difference", 10,
        HIGHER_IS_BETTER, Map.of("reference", "worst", "referenceValue", 0, "full", 1)));
    assertEquals(printed(List.of(
        Problem.of("test", "rule.referenceValue", "0", "give reference or referenceValue, not both"),
        Problem.of("test", "rule.referenceValue", "0", "must not be 0: the difference is relative to it"))),
        printed(e.problems()));
  }

  @Test
  void aboveOrBelowTheMean() {
    // 4, 9, 10, 11, 16: mean 10, p 0.2 → near within [8, 12]: 4 below → 0, 9, 10, 11 near → 5, 16 above → 10.
    assertArrayEquals(new double[] {0, 5, 5, 5, 10},
        score("mean-thresholds", 10, HIGHER_IS_BETTER, Map.of("p", 0.2), 4, 9, 10, 11, 16), EPS);
    // Lower is better swaps above and below: 4 → 10, 16 → 0. The band is closed: p 0.1 → [9, 11], 9 and 11 near.
    assertArrayEquals(new double[] {10, 5, 5, 5, 0},
        score("mean-thresholds", 10, LOWER_IS_BETTER, Map.of("p", 0.1), 4, 9, 10, 11, 16), EPS);
    // Points set: above 6, near 4, below 1.
    assertArrayEquals(new double[] {1, 4, 6},
        score("mean-thresholds", 10, HIGHER_IS_BETTER,
            Map.of("p", 0, "above", 6, "near", 4, "below", 1), 5, 10, 15), EPS);
    // Every value 0: the mean is 0 and every unit is near it.
    assertArrayEquals(new double[] {5, 5},
        score("mean-thresholds", 10, HIGHER_IS_BETTER, Map.of("p", 0.2), 0, 0), EPS);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("mean-thresholds", 10, HIGHER_IS_BETTER, Map.of("p", 1, "near", 9, "above", 8)));
    assertEquals(printed(List.of(Problem.of("test", "rule.p", "1", "must lie in [0, 1)"),
        Problem.of("test", "rule.near", "9", "must lie between below = 0 and above = 8, so the rule is monotone"))),
        printed(e.problems()));
  }

  @Test
  void theHandbooksPercentileIsRankOverN() {
    // 10, 20, 20, 40: worse + equal = 1, 3, 3, 4 of n = 4 → 2.5, 7.5, 7.5, 10.
    assertArrayEquals(new double[] {2.5, 7.5, 7.5, 10},
        score("percentile-rank", 10, HIGHER_IS_BETTER, Map.of("method", "handbook"), 10, 20, 20, 40), EPS);
    // The default midrank: (worse + (equal − 1) / 2) / (n − 1) = 0, 1.5/3, 1.5/3, 1 → 0, 5, 5, 10.
    assertArrayEquals(new double[] {0, 5, 5, 10},
        score("percentile-rank", 10, HIGHER_IS_BETTER, Map.of(), 10, 20, 20, 40), EPS);
    // Lower is better: 40 is the worst → 1 / 4; a lone unit → 1 either way.
    assertArrayEquals(new double[] {10, 7.5, 7.5, 2.5},
        score("percentile-rank", 10, LOWER_IS_BETTER, Map.of("method", "handbook"), 10, 20, 20, 40), EPS);
    assertArrayEquals(new double[] {10},
        score("percentile-rank", 10, HIGHER_IS_BETTER, Map.of("method", "handbook"), 7), EPS);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("percentile-rank", 10, HIGHER_IS_BETTER, Map.of("method", "hazen")));
    assertEquals(printed(List.of(Problem.of("test", "rule.method", "hazen", "must be midrank or handbook"))),
        printed(e.problems()));
  }

  @Test
  void percentileBandsCountedFromTheBottom() {
    List<Object> bands = List.of(Map.of("bottom", 20, "points", 0), Map.of("bottom", 50, "points", 4));
    // 10 units 10..100: places from the bottom 10 %, 20 %, ..., 100 %. ≤ 20 % → 0; ≤ 50 % → 4; above → max 10.
    assertArrayEquals(new double[] {0, 0, 4, 4, 4, 10, 10, 10, 10, 10},
        score("percentile-bands", 10, HIGHER_IS_BETTER, Map.of("bands", bands),
            10, 20, 30, 40, 50, 60, 70, 80, 90, 100), EPS);
    // Lower is better, 9 units 10..90: the place of x is the share of units at or above it: 90 → 1/9 = 11 % → 0;
    // 80, 70, 60 → 22 %, 33 %, 44 % → 4; 50 → 5/9 = 56 % and better → 10.
    assertArrayEquals(new double[] {10, 10, 10, 10, 10, 4, 4, 4, 0},
        score("percentile-bands", 10, LOWER_IS_BETTER, Map.of("bands", bands),
            10, 20, 30, 40, 50, 60, 70, 80, 90), EPS);
    // Ties, higher is better: 10, 10, 30, 40, 50: the two 10s are at 2 / 5 = 40 % → 4 (not 20 % → 0); 30 is at
    // 3 / 5 = 60 % → 10.
    assertArrayEquals(new double[] {4, 4, 10, 10, 10},
        score("percentile-bands", 10, HIGHER_IS_BETTER, Map.of("bands", bands), 10, 10, 30, 40, 50), EPS);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("percentile-bands", 10, HIGHER_IS_BETTER, Map.of("bands",
            List.of(Map.of("bottom", 20, "points", 5), Map.of("bottom", 50, "points", 4)))));
    assertEquals(printed(List.of(Problem.of("test", "rule.bands", "50",
        "a wider band earns fewer points than a narrower one, so the rule would not be monotone"))),
        printed(e.problems()));
  }
}
