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
 * The transform and winsorising options of min-max and z-score, by hand. Log transforms and winsorising before
 * normalising are treatments of skewed data and outliers described in the OECD/JRC Handbook on Constructing Composite
 * Indicators (2008); values are hand-computed.
 */
class NormalisationOptionsTest {
  private static final double EPS = 1e-12;

  @Test
  void logTransformBeforeMinMaxAndZScore() {
    // log10 of 10, 100, 1000 = 1, 2, 3 → min-max over 1..3 × 10: 0, 5, 10.
    assertArrayEquals(new double[] {0, 5, 10},
        score("min-max", 10, HIGHER_IS_BETTER, Map.of("transform", "log10"), 10, 100, 1000), EPS);
    // log10 of 1, 100, 10000 = 0, 2, 4: mean 2, sd √((4 + 0 + 4) / 2) = 2, z = −1, 0, 1 → (z + 3) / 6 × 6 = 2, 3, 4.
    assertArrayEquals(new double[] {2, 3, 4},
        score("z-score", 6, HIGHER_IS_BETTER, Map.of("transform", "log10"), 1, 100, 10000), EPS);
    // ln: 1, e, e² → 0, 1, 2 → min-max 0, 5, 10.
    assertArrayEquals(new double[] {0, 5, 10},
        score("min-max", 10, HIGHER_IS_BETTER, Map.of("transform", "ln"), 1, Math.E, Math.E * Math.E), 1e-9);
    // A log needs positive raw values.
    assertEquals(ValueRange.of(Double.MIN_VALUE, Double.POSITIVE_INFINITY),
        RuleHarness.compile("z-score", 6, HIGHER_IS_BETTER, Map.of("transform", "ln")).inputRange());
    assertEquals(ValueRange.ANY, RuleHarness.compile("min-max", 6, HIGHER_IS_BETTER, Map.of()).inputRange());
  }

  @Test
  void fixedCapsClampBeforeNormalising() {
    // capLower 10, capUpper 30: 5, 10, 20, 30, 50 → 10, 10, 20, 30, 30; min-max over 10..30 × 10: 0, 0, 5, 10, 10.
    Map<String, Object> caps = Map.of("capLower", 10, "capUpper", 30);
    assertArrayEquals(new double[] {0, 0, 5, 10, 10},
        score("min-max", 10, HIGHER_IS_BETTER, caps, 5, 10, 20, 30, 50), EPS);
    // Lower is better reverses: 10, 10, 5, 0, 0.
    assertArrayEquals(new double[] {10, 10, 5, 0, 0},
        score("min-max", 10, LOWER_IS_BETTER, caps, 5, 10, 20, 30, 50), EPS);
    // z-score with capUpper 8: 0, 4, 100 → 0, 4, 8: mean 4, sd 4, z −1, 0, 1 → 2, 3, 4 (the outlier no longer
    // dominates the mean and the sd).
    assertArrayEquals(new double[] {2, 3, 4},
        score("z-score", 6, HIGHER_IS_BETTER, Map.of("capUpper", 8), 0, 4, 100), EPS);
  }

  @Test
  void quantileWinsorisingUsesTheQuantilesOfTheRawValues() {
    // 0, 1, ..., 9, 100 (n = 11), winsorizeUpper 0.1: the 0.9-quantile (type 7) is at h = 10 × 0.9 = 9, the value 9;
    // so 100 → 9; min-max over 0..9 × 9 points: 0 → 0, 3 → 3, 9 → 9, 100 → 9.
    double[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
    double[] points = score("min-max", 9, HIGHER_IS_BETTER, Map.of("winsorizeUpper", 0.1), values);
    assertArrayEquals(new double[] {0, 3, 9, 9}, new double[] {points[0], points[3], points[9], points[10]}, EPS);
    // Both tails, z-score: −100, 0, 4, 8, 100 with winsorizeLower = winsorizeUpper = 0.25: quantiles at h = 4 × 0.25
    // = 1 (the value 0) and h = 3 (the value 8); prepared 0, 0, 4, 8, 8: mean 4, sd √(4 × 16 / 4) = 4;
    // z = −1, −1, 0, 1, 1 → (z + 3) / 6 × 6 = 2, 2, 3, 4, 4.
    assertArrayEquals(new double[] {2, 2, 3, 4, 4},
        score("z-score", 6, HIGHER_IS_BETTER, Map.of("winsorizeLower", 0.25, "winsorizeUpper", 0.25),
            -100, 0, 4, 8, 100), EPS);
  }

  @Test
  void withoutOptionsMinMaxIsUnchanged() {
    // The catalogue's example: 10, 20, 50 → (x − 10) / 40 × 10 = 0, 2.5, 10; winsorizeLower 0 changes nothing.
    assertArrayEquals(new double[] {0, 2.5, 10},
        score("min-max", 10, HIGHER_IS_BETTER, Map.of("winsorizeLower", 0), 10, 20, 50), EPS);
  }

  @Test
  void theTopOfTheSpanScoresExactlyTheMaximum() {
    // 6 and 15.8: span 9.8, and (15.8 − 6) × (10 / 9.8) = 10.000000000000002 in doubles; lower is better used to
    // give 10 − that = −1.8e-15 for 15.8, which the engine rejects as out of range. Now exactly 10 and 0.
    assertArrayEquals(new double[] {0, 10}, score("min-max", 10, HIGHER_IS_BETTER, Map.of(), 6, 15.8), 0);
    assertArrayEquals(new double[] {10, 0}, score("min-max", 10, LOWER_IS_BETTER, Map.of(), 6, 15.8), 0);
  }

  @Test
  void reportsEveryProblemWithTheOptions() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("min-max", 10, HIGHER_IS_BETTER, Map.of("transform", "sqrt",
            "winsorizeLower", 0.5, "winsorizeUpper", 0.1, "capUpper", 5, "whenEqual", -1)));
    assertEquals(printed(List.of(
        Problem.of("test", "rule.whenEqual", "-1", "must lie in [0, 1]"),
        Problem.of("test", "rule.transform", "sqrt", "must be none, ln or log10"),
        Problem.of("test", "rule.winsorizeLower", "0.5", "must lie in [0, 0.5)"),
        Problem.of("test", "rule.winsorizeUpper", "0.1", "give winsorizeUpper or capUpper, not both"))),
        printed(e.problems()));

    e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("z-score", 10, HIGHER_IS_BETTER, Map.of("capLower", 5, "capUpper", 5)));
    assertEquals(printed(List.of(Problem.of("test", "rule.capUpper", "5", "must be above capLower = 5"))),
        printed(e.problems()));

    e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("z-score", 10, HIGHER_IS_BETTER, Map.of("transform", "ln", "capUpper", -1)));
    assertEquals(printed(List.of(Problem.of("test", "rule.capUpper", "-1", "must be positive for a log transform"))),
        printed(e.problems()));
  }
}
