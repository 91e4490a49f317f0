package io.appraisal.rules;

import static io.appraisal.core.Direction.HIGHER_IS_BETTER;
import static io.appraisal.core.Direction.LOWER_IS_BETTER;
import static io.appraisal.rules.RuleHarness.printed;
import static io.appraisal.rules.RuleHarness.score;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** rank-points, by hand. */
class RankPointsTest {
  private static final double EPS = 1e-12;

  @Test
  void listedRanksThenStepsDownToTheFloorWithTiesSharingARank() {
    // points [10, 9.5, 9], step 0.5, floor 8; values 95, 90, 90, 85, 80, 70, 60 (higher is better).
    // Competition ranks 1, 2, 2, 4, 5, 6, 7. Ranks 1–2 are listed: 10, 9.5, 9.5.
    // Beyond the 3 listed: rank 4 → max(8, 9 − 0.5 × 1) = 8.5; rank 5 → 9 − 1 = 8; rank 6 → max(8, 7.5) = 8; 7 → 8.
    assertArrayEquals(new double[] {10, 9.5, 9.5, 8.5, 8, 8, 8},
        score("rank-points", 10, HIGHER_IS_BETTER,
            Map.of("points", List.of(10, 9.5, 9), "step", 0.5, "floor", 8), 95, 90, 90, 85, 80, 70, 60), EPS);
  }

  @Test
  void withoutAStepRanksBeyondTheListEarnTheFloorAndLowerIsBetterRanksTheSmallestFirst() {
    // points [5, 3, 1], floor 0 (default); lower is better, values 2, 0, 5, 2 → ranks 2, 1, 4, 2.
    // 2 → 3; 0 → 5; 5 → rank 4, beyond the list → floor 0.
    assertArrayEquals(new double[] {3, 5, 0, 3},
        score("rank-points", 5, LOWER_IS_BETTER, Map.of("points", List.of(5, 3, 1)), 2, 0, 5, 2), EPS);
    // Units not scored (NaN) are not ranked: 1 and 3 are ranks 2 and 1 → 3 and 5.
    assertArrayEquals(new double[] {3, Double.NaN, 5},
        score("rank-points", 5, HIGHER_IS_BETTER, Map.of("points", List.of(5, 3, 1)), 1, Double.NaN, 3), EPS);
  }

  @Test
  void isPopulationRelative() {
    assertTrue(RuleHarness.compile("rank-points", 5, HIGHER_IS_BETTER, Map.of("points", List.of(5)))
        .populationRelative());
  }

  @Test
  void reportsEveryParameterProblem() {
    // Every problem at once: a rank earning more than the one before, points above the maximum, a negative step.
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("rank-points", 10, HIGHER_IS_BETTER,
            Map.of("points", List.of(8, 9, 11), "step", -1)));
    assertEquals(printed(List.of(
        Problem.of("test", "rule.points[1]", "9", "rank 2 earns more than rank 1, so the rule would not be monotone"),
        Problem.of("test", "rule.points[2]", "11", "points must lie in [0, 10], the indicator's maximum"),
        Problem.of("test", "rule.step", "-1", "must be positive"))),
        printed(e.problems()));

    // A floor above the last listed points would make a worse rank earn more.
    e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("rank-points", 10, HIGHER_IS_BETTER,
            Map.of("points", List.of(10, 9.5, 9), "floor", 9.5)));
    assertEquals(printed(List.of(Problem.of("test", "rule.floor", "9.5",
        "must not exceed the points of the last rank listed, 9"))), printed(e.problems()));

    e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("rank-points", 10, HIGHER_IS_BETTER, Map.of("points", List.of())));
    assertEquals(printed(List.of(Problem.of("test", "rule.points", "[]", "needs the points of rank 1 at least"))),
        printed(e.problems()));
  }
}
