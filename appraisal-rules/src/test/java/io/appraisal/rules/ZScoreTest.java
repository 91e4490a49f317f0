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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * z-score, by hand. Standardisation {@code (x − mean) / sd} is the z-score normalisation of the OECD/JRC Handbook on
 * Constructing Composite Indicators (2008, Table 3); the mapping of z to points is this library's; values are
 * hand-computed.
 */
class ZScoreTest {
  private static final double EPS = 1e-12;

  @Test
  void mapsZFromMinusThreeToThreeByDefault() {
    // 1, 2, 3: mean 2, sample sd √((1 + 0 + 1) / 2) = 1; z = −1, 0, 1; (z + 3) / 6 × 6 = 2, 3, 4.
    assertArrayEquals(new double[] {2, 3, 4}, score("z-score", 6, HIGHER_IS_BETTER, Map.of(), 1, 2, 3), EPS);
    // Lower is better negates z: 4, 3, 2.
    assertArrayEquals(new double[] {4, 3, 2}, score("z-score", 6, LOWER_IS_BETTER, Map.of(), 1, 2, 3), EPS);
  }

  @Test
  void zBeyondTheRangeIsClamped() {
    // zMin −1, zMax 1, 10 points. 0, 4, 8: mean 4, sd √((16 + 0 + 16) / 2) = 4; z −1, 0, 1 → 0, 5, 10.
    Map<String, Object> narrow = Map.of("zMin", -1, "zMax", 1);
    assertArrayEquals(new double[] {0, 5, 10}, score("z-score", 10, HIGHER_IS_BETTER, narrow, 0, 4, 8), EPS);
    // 0, 0, 0, 12: mean 3, sd √((9 + 9 + 9 + 81) / 3) = 6; z = −0.5 → (−0.5 + 1) / 2 × 10 = 2.5; z = 1.5 → 10.
    assertArrayEquals(new double[] {2.5, 2.5, 2.5, 10},
        score("z-score", 10, HIGHER_IS_BETTER, narrow, 0, 0, 0, 12), EPS);
  }

  @Test
  void noSpreadGivesWhenEqual() {
    // sd 0: every unit 0.5 × 6 = 3 by default, a lone unit too; whenEqual 1 → 6.
    assertArrayEquals(new double[] {3, 3, 3}, score("z-score", 6, HIGHER_IS_BETTER, Map.of(), 5, 5, 5), EPS);
    assertArrayEquals(new double[] {3}, score("z-score", 6, HIGHER_IS_BETTER, Map.of(), 42), EPS);
    assertArrayEquals(new double[] {6, 6},
        score("z-score", 6, LOWER_IS_BETTER, Map.of("whenEqual", 1), 5, 5), EPS);
  }

  @Test
  void reportsEveryParameterProblem() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("z-score", 6, HIGHER_IS_BETTER, Map.of("zMin", 1, "zMax", -1, "whenEqual", 2)));
    assertEquals(printed(List.of(
        Problem.of("test", "rule.zMax", "-1", "must be above zMin = 1"),
        Problem.of("test", "rule.whenEqual", "2", "must lie in [0, 1]"))), printed(e.problems()));
  }
}
