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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * percentile-bands, by hand: the "categorical scale" normalisation of the OECD/JRC Handbook on Constructing Composite
 * Indicators (2008), with categories given by percentile bands; values are hand-computed.
 */
class PercentileBandsTest {
  private static final double EPS = 1e-12;
  private static final List<Object> BANDS = List.of(
      Map.of("top", 10, "points", 10), Map.of("top", 30, "points", 8),
      Map.of("top", 60, "points", 6), Map.of("top", 100, "points", 3));

  @Test
  void unitsEarnTheirBandsPoints() {
    // 10 units, 100, 90, ..., 10: ranks 1..10, places 10 %, 20 %, ..., 100 %.
    // 10 % → top 10 → 10; 20 %, 30 % → top 30 → 8; 40–60 % → 6; 70–100 % → 3.
    assertArrayEquals(new double[] {10, 8, 8, 6, 6, 6, 3, 3, 3, 3},
        score("percentile-bands", 10, HIGHER_IS_BETTER, Map.of("bands", BANDS),
            100, 90, 80, 70, 60, 50, 40, 30, 20, 10), EPS);
    // Lower is better reverses the order: 10 is rank 1.
    assertArrayEquals(new double[] {3, 3, 3, 3, 6, 6, 6, 8, 8, 10},
        score("percentile-bands", 10, LOWER_IS_BETTER, Map.of("bands", BANDS),
            100, 90, 80, 70, 60, 50, 40, 30, 20, 10), EPS);
  }

  @Test
  void tiesShareTheBetterPlaceAndUnitsBeyondTheWidestBandEarnNothing() {
    // 10 units with 90 tied at ranks 2–3 → both rank 2 (20 %) → 8; 80 → rank 4 (40 %) → 6.
    assertArrayEquals(new double[] {10, 8, 8, 6},
        Arrays.copyOf(score("percentile-bands", 10, HIGHER_IS_BETTER, Map.of("bands", BANDS),
            100, 90, 90, 80, 60, 50, 40, 30, 20, 10), 4), EPS);
    // One band, the top half earns 5 of 4 units: ranks 1, 2 (25 %, 50 %) → 5; ranks 3, 4 (75 %, 100 %) → 0.
    assertArrayEquals(new double[] {5, 5, 0, 0},
        score("percentile-bands", 5, HIGHER_IS_BETTER, Map.of("bands", List.of(Map.of("top", 50, "points", 5))),
            4, 3, 2, 1), EPS);
  }

  @Test
  void theTopTenPerCentOf67UnitsAreTheFirstSix() {
    // 6 / 67 = 8.96 % ≤ 10 %; 7 / 67 = 10.45 % > 10 %.
    double[] values = IntStream.rangeClosed(1, 67).asDoubleStream().toArray();
    double[] points = score("percentile-bands", 10, HIGHER_IS_BETTER, Map.of("bands", BANDS), values);
    assertEquals(6, Arrays.stream(points).filter(p -> p == 10).count());
    assertEquals(10, points[61]);
    assertEquals(8, points[60]);
  }

  @Test
  void reportsEveryParameterProblem() {
    List<Object> bad = List.of(Map.of("top", 0, "points", 10), Map.of("top", 30, "points", 12),
        Map.of("atLeast", 1), Map.of("top", 60, "points", 2), Map.of("top", 60, "points", 1));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("percentile-bands", 10, HIGHER_IS_BETTER, Map.of("bands", bad)));
    // The malformed band is left out; sorted by top: 0 → 10, 30 → 0 (12 is out of range), 60 → 2, 60 → 1.
    assertEquals(printed(List.of(
        Problem.of("test", "rule.bands[0].top", "0", "must lie in (0, 100]"),
        Problem.of("test", "rule.bands[1].points", "12", "points must lie in [0, 10], the indicator's maximum"),
        Problem.of("test", "rule.bands[2]", "{atLeast=1}",
            "must be {top: percent, points: p} or {bottom: percent, points: p}"),
        Problem.of("test", "rule.bands", "60", "a wider band earns more points than a narrower one, so the rule"
            + " would not be monotone"),
        Problem.of("test", "rule.bands", "60", "two bands have the same top"))), printed(e.problems()));

    e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("percentile-bands", 10, HIGHER_IS_BETTER, Map.of("bands", List.of())));
    assertEquals(printed(List.of(Problem.of("test", "rule.bands", "[]", "needs at least one band"))),
        printed(e.problems()));
  }
}
