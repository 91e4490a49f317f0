package io.appraisal.rules;

import static io.appraisal.core.Direction.HIGHER_IS_BETTER;
import static io.appraisal.core.Direction.LOWER_IS_BETTER;
import static io.appraisal.rules.RuleHarness.score;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * distance-to-target, by hand. The method is the "distance to a reference" normalisation of the OECD/JRC Handbook on
 * Constructing Composite Indicators (2008), with a fixed target and a tolerance; values are hand-computed.
 */
class DistanceToTargetTest {
  private static final double EPS = 1e-12;

  @Test
  void shortfallBelowTheTargetCostsLinearlyUpToTheTolerance() {
    // Target 100, tolerance 20, 10 points: 100 → 10; 90 → 10 × (1 − 10/20) = 5; 85 → 10 × (1 − 15/20) = 2.5;
    // 80 → 0; 60 → clamped at 0; 110 → beyond the target, full 10.
    assertArrayEquals(new double[] {10, 5, 2.5, 0, 0, 10},
        score("distance-to-target", 10, HIGHER_IS_BETTER, Map.of("target", 100, "tolerance", 20),
            100, 90, 85, 80, 60, 110), EPS);
    assertFalse(RuleHarness.compile("distance-to-target", 10, HIGHER_IS_BETTER,
        Map.of("target", 100, "tolerance", 20)).populationRelative());
  }

  @Test
  void lowerIsBetterMeasuresTheShortfallAboveTheTarget() {
    // Litigation loss rate, target 5 %, tolerance 25 points, 6 points: 0 → 6; 5 → 6;
    // 10 → 6 × (1 − 5/25) = 4.8; 17.5 → 6 × (1 − 12.5/25) = 3; 35 → 0.
    assertArrayEquals(new double[] {6, 6, 4.8, 3, 0},
        score("distance-to-target", 6, LOWER_IS_BETTER, Map.of("target", 5, "tolerance", 25), 0, 5, 10, 17.5, 35),
        1e-9);
  }

  @Test
  void reportsEveryParameterProblem() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("distance-to-target", 6, HIGHER_IS_BETTER, Map.of("tolerance", 0)));
    assertEquals(List.of(
        Problem.of("test", "rule.target", "", "required parameter is missing"),
        Problem.of("test", "rule.tolerance", "0", "must be positive")).toString(), e.problems().toString());
  }
}
