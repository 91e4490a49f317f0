package io.appraisal.rules;

import static io.appraisal.core.Direction.HIGHER_IS_BETTER;
import static io.appraisal.core.Direction.LOWER_IS_BETTER;
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

/** repeated-incident, by hand. */
class RepeatedIncidentTest {
  private static final double EPS = 1e-12;

  @Test
  void eachRepeatCostsMultiplierTimesTheOneBeforeUpToTheCap() {
    // 10 points, first incident −1, each further one × 2, at most −8:
    // 0 → 10; 1 → 10 − 1 = 9; 2 → 10 − (1 + 2) = 7; 3 → 10 − (1 + 2 + 4) = 3; 4 → 1 + 2 + 4 + 8 = 15, capped at 8 → 2.
    assertArrayEquals(new double[] {10, 9, 7, 3, 2},
        score("repeated-incident", 10, LOWER_IS_BETTER, Map.of("perIncident", 1, "multiplier", 2, "cap", 8),
            0, 1, 2, 3, 4), EPS);
  }

  @Test
  void withoutACapTheScoreStopsAtZero() {
    // 6 points, −0.5 then × 1.5: 1 → 6 − 0.5 = 5.5; 2 → 6 − 0.5 × 2.5 = 4.75; 3 → 6 − 0.5 × 4.75 = 3.625;
    // 5 → 0.5 × (1 + 1.5 + 2.25 + 3.375 + 5.0625) = 0.5 × 13.1875 = 6.59375 > 6 → 0 (扣完为止).
    assertArrayEquals(new double[] {5.5, 4.75, 3.625, 0},
        score("repeated-incident", 6, LOWER_IS_BETTER, Map.of("perIncident", 0.5, "multiplier", 1.5), 1, 2, 3, 5),
        EPS);
  }

  @Test
  void multiplierOneIsTheFixedDeductionPerIncident() {
    // −2 each on 6 points: 1 → 4; 2 → 2; 3 → 0; 7 → 0.
    double[] counts = {1, 2, 3, 7};
    assertArrayEquals(new double[] {4, 2, 0, 0},
        score("repeated-incident", 6, LOWER_IS_BETTER, Map.of("perIncident", 2, "multiplier", 1), counts), EPS);
    assertArrayEquals(score("deduction-per-incident", 6, LOWER_IS_BETTER, Map.of("perIncident", 2), counts),
        score("repeated-incident", 6, LOWER_IS_BETTER, Map.of("perIncident", 2, "multiplier", 1), counts), EPS);
    assertEquals(ValueRange.NON_NEGATIVE, RuleHarness.compile("repeated-incident", 6, LOWER_IS_BETTER,
        Map.of("perIncident", 2, "multiplier", 1)).inputRange());
  }

  @Test
  void reportsEveryParameterProblem() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("repeated-incident", 6, HIGHER_IS_BETTER,
            Map.of("perIncident", 0, "multiplier", 0.5, "cap", -1)));
    assertEquals(List.of(
        Problem.of("test", "rule.direction", "HIGHER_IS_BETTER",
            "the raw value is a count of incidents, so the indicator must be lower-is-better"),
        Problem.of("test", "rule.perIncident", "0", "must be positive"),
        Problem.of("test", "rule.multiplier", "0.5",
            "must be at least 1, so that no incident costs less than the one before"),
        Problem.of("test", "rule.cap", "-1", "must be positive")).toString(), e.problems().toString());

    e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("repeated-incident", 6, LOWER_IS_BETTER, Map.of("perIncident", 1)));
    assertEquals(List.of(Problem.of("test", "rule.multiplier", "", "required parameter is missing")).toString(),
        e.problems().toString());
  }
}
