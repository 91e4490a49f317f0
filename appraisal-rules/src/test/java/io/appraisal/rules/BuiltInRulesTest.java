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
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.RuleRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every built-in rule on at least three values, expectations worked by hand in the comments. */
class BuiltInRulesTest {
  private static final double EPS = 1e-12;

  @Test
  void deductionPerIncidentDeductsEachIncidentUpToTheCapAndNeverBelowZero() {
    // 5.3 reconsideration reversals: 3 points, −1 each, at most −3.
    // 0 → 3; 2 → 3 − 2 = 1; 4 → 3 − min(3, 4) = 0.
    assertArrayEquals(new double[] {3, 1, 0},
        score("deduction-per-incident", 3, LOWER_IS_BETTER, Map.of("perIncident", 1, "cap", 3), 0, 2, 4), EPS);
    // 6.2 overdue measures: 2 points, −0.5 each, at most −2: 1 → 1.5; 3 → 0.5; 5 → 2 − min(2, 2.5) = 0.
    assertArrayEquals(new double[] {1.5, 0.5, 0},
        score("deduction-per-incident", 2, LOWER_IS_BETTER, Map.of("perIncident", 0.5, "cap", 2), 1, 3, 5),
        EPS);
    // 3.2 unfiled documents: 6 points, −2 each, no cap but floor 0: 1 → 4; 3 → 0; 7 → max(0, 6 − 14) = 0.
    assertArrayEquals(new double[] {4, 0, 0},
        score("deduction-per-incident", 6, LOWER_IS_BETTER, Map.of("perIncident", 2), 1, 3, 7), EPS);
  }

  @Test
  void bonusPerItemAddsUpToTheCapAndTheMaximum() {
    // 3 points max, +1 each, cap 2: 0 → 0; 1 → 1; 5 → min(3, 2, 5) = 2.
    assertArrayEquals(new double[] {0, 1, 2},
        score("bonus-per-item", 3, HIGHER_IS_BETTER, Map.of("perItem", 1, "cap", 2), 0, 1, 5), EPS);
  }

  @Test
  void thresholdPenaltyLosesPointsPerUnitShortOfTheThreshold() {
    // 3.1 legality-review rate: 8 points, threshold 100, −1 per point below:
    // 100 → 8; 97 → 8 − 3 = 5; 90 → max(0, 8 − 10) = 0.
    assertArrayEquals(new double[] {8, 5, 0},
        score("threshold-penalty", 8, HIGHER_IS_BETTER, Map.of("threshold", 100, "penaltyPerUnit", 1),
            100, 97, 90), EPS);
    // 4.3 certified staff: 4 points, threshold 95, −0.2 per point below:
    // 99 → 4; 90 → 4 − 0.2 × 5 = 3; 85.5 → 4 − 0.2 × 9.5 = 2.1.
    assertArrayEquals(new double[] {4, 3, 2.1},
        score("threshold-penalty", 4, HIGHER_IS_BETTER, Map.of("threshold", 95, "penaltyPerUnit", 0.2),
            99, 90, 85.5), 1e-9);
    // 1.1 study sessions: 4 points, target 1, −1 per missing: 2 → 4; 1 → 4; 0 → 3.
    assertArrayEquals(new double[] {4, 4, 3},
        score("threshold-penalty", 4, HIGHER_IS_BETTER, Map.of("threshold", 1, "penaltyPerUnit", 1), 2, 1, 0),
        EPS);
    // Lower is better, cap 2: threshold 10, −1 per point above: 8 → 5; 12 → 3; 30 → 5 − min(2, 20) = 3.
    assertArrayEquals(new double[] {5, 3, 3},
        score("threshold-penalty", 5, LOWER_IS_BETTER,
            Map.of("threshold", 10, "penaltyPerUnit", 1, "cap", 2), 8, 12, 30), EPS);
  }

  @Test
  void proportionalScalesWithTheRate() {
    // 2.2 述法 review: 8 × score / 100: 90 → 7.2; 75.5 → 6.04; 100 → 8.
    assertArrayEquals(new double[] {7.2, 6.04, 8},
        score("proportional", 8, HIGHER_IS_BETTER, Map.of(), 90, 75.5, 100), 1e-9);
    // Lower is better with full 50: 10 → 5 × (1 − 0.2) = 4; 50 → 0; 80 → capped at 0.
    assertArrayEquals(new double[] {4, 0, 0},
        score("proportional", 5, LOWER_IS_BETTER, Map.of("full", 50), 10, 50, 80), EPS);
  }

  @Test
  void bandsPickTheBestBandReached() {
    List<Object> bands = List.of(Map.of("atLeast", 0, "points", 0), Map.of("atLeast", 1, "points", 2),
        Map.of("atLeast", 3, "points", 4), Map.of("atLeast", 6, "points", 6));
    // 1.2 publicity pieces: 0 → 0; 2 → 2; 5 → 4; 6 → 6; 12 → 6.
    assertArrayEquals(new double[] {0, 2, 4, 6, 6},
        score("bands", 6, HIGHER_IS_BETTER, Map.of("bands", bands), 0, 2, 5, 6, 12), EPS);
    // Lower is better: at most 5 → 6, at most 10 → 3: 4 → 6; 7 → 3; 11 → 0 (no band).
    List<Object> lower = List.of(Map.of("atMost", 5, "points", 6), Map.of("atMost", 10, "points", 3));
    assertArrayEquals(new double[] {6, 3, 0},
        score("bands", 6, LOWER_IS_BETTER, Map.of("bands", lower), 4, 7, 11), EPS);
  }

  @Test
  void bandsRejectNonMonotoneOrOversizedBands() {
    // Sorted best first: (6 → 6), (3 → 2), (0 → 5): the band from 0 earns more than the better band from 3.
    List<Object> nonMonotone = List.of(Map.of("atLeast", 0, "points", 5), Map.of("atLeast", 3, "points", 2),
        Map.of("atLeast", 6, "points", 6));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("bands", 6, HIGHER_IS_BETTER, Map.of("bands", nonMonotone)));
    assertEquals(printed(List.of(Problem.of("test", "rule.bands", "0",
        "a worse band earns more points than a better one, so the rule would not be monotone"))),
        printed(e.problems()));

    List<Object> oversized = List.of(Map.of("atLeast", 0, "points", 0), Map.of("atLeast", 6, "points", 9));
    e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("bands", 6, HIGHER_IS_BETTER, Map.of("bands", oversized)));
    assertEquals(printed(List.of(Problem.of("test", "rule.bands[1].points", "9",
        "points must lie in [0, 6], the indicator's maximum"))), printed(e.problems()));
  }

  @Test
  void checklistCountsItemsInPlace() {
    // 4.1 three enforcement systems, 6 points, 2 each: 3 → 6; 2 → 4; 0 → 0.
    assertArrayEquals(new double[] {6, 4, 0},
        score("checklist", 6, HIGHER_IS_BETTER, Map.of("items", 3), 3, 2, 0), EPS);
    // 2.1 述法 delivered, one item of 4 points: yes → 4, no → 0.
    assertArrayEquals(new double[] {4, 0, 4}, score("checklist", 4, HIGHER_IS_BETTER, Map.of(), 1, 0, 1), EPS);
    assertEquals(ValueRange.of(0, 3),
        RuleHarness.compile("checklist", 6, HIGHER_IS_BETTER, Map.of("items", 3)).inputRange());
  }

  @Test
  void targetAchievementIsCappedAtTheTarget() {
    // 7.2 普法 activities, 7 points, target 4: 2 → 3.5; 3 → 5.25; 8 → 7.
    assertArrayEquals(new double[] {3.5, 5.25, 7},
        score("target-achievement", 7, HIGHER_IS_BETTER, Map.of("target", 4), 2, 3, 8), EPS);
    // 8.3 training hours, 3 points, target 40: 30 → 2.25; 10 → 0.75; 40 → 3.
    assertArrayEquals(new double[] {2.25, 0.75, 3},
        score("target-achievement", 3, HIGHER_IS_BETTER, Map.of("target", 40), 30, 10, 40), EPS);
  }

  @Test
  void goalpostsNormaliseBetweenFixedBoundsReversedWhenLowerIsBetter() {
    // 5.1 litigation loss rate, 6 points, full at ≤ 5 %, zero at 30 %:
    // 5 → 6; 10 → 6 × (1 − 5/25) = 4.8; 17.5 → 3; 35 → 0.
    assertArrayEquals(new double[] {6, 6, 4.8, 3, 0},
        score("goalposts", 6, LOWER_IS_BETTER, Map.of("lower", 5, "upper", 30), 0, 5, 10, 17.5, 35), 1e-9);
    // HDI life expectancy index, goalposts 20..85: 62.879 → (62.879 − 20) / 65 = 0.659676923...
    assertEquals((62.879 - 20) / 65,
        score("goalposts", 1, HIGHER_IS_BETTER, Map.of("lower", 20, "upper", 85), 62.879)[0], EPS);
    // HDI income index, ln goalposts 100..75,000: 1335.205733 → ln(13.35205733) / ln(750) = 0.3918...
    assertEquals(Math.log(1335.205733 / 100) / Math.log(750),
        score("goalposts", 1, HIGHER_IS_BETTER, Map.of("lower", 100, "upper", 75000, "transform", "ln"),
            1335.205733)[0], 1e-12);
  }

  @Test
  void minMaxUsesThePopulationBounds() {
    // Values 10, 20, 50 (NaN = not scored): (x − 10) / 40 × 10 → 0, 2.5, 10.
    double[] points = score("min-max", 10, HIGHER_IS_BETTER, Map.of(), 10, 20, Double.NaN, 50);
    assertArrayEquals(new double[] {0, 2.5, Double.NaN, 10}, points, EPS);
    // Lower is better reverses: 10, 7.5, 0.
    assertArrayEquals(new double[] {10, 7.5, 0},
        score("min-max", 10, LOWER_IS_BETTER, Map.of(), 10, 20, 50), EPS);
    // All equal: whenEqual × max = 0.5 × 10.
    assertArrayEquals(new double[] {5, 5, 5},
        score("min-max", 10, HIGHER_IS_BETTER, Map.of("whenEqual", 0.5), 3, 3, 3), EPS);
  }

  @Test
  void percentileRankGivesTheBestFullPointsAndTiesTheSame() {
    // 9.1 satisfaction, 6 points, values 70, 80, 80, 95 (n = 4):
    // 70: worse 0, equal 1 → 0; 80: worse 1, equal 2 → (1 + 0.5) / 3 × 6 = 3; 95: worse 3 → 6.
    assertArrayEquals(new double[] {0, 3, 3, 6},
        score("percentile-rank", 6, HIGHER_IS_BETTER, Map.of(), 70, 80, 80, 95), EPS);
    // Lower is better mirrors: 70 → 6, 80 → 3, 95 → 0.
    assertArrayEquals(new double[] {6, 3, 3, 0},
        score("percentile-rank", 6, LOWER_IS_BETTER, Map.of(), 70, 80, 80, 95), EPS);
    assertArrayEquals(new double[] {6}, score("percentile-rank", 6, HIGHER_IS_BETTER, Map.of(), 42), EPS);
  }

  @Test
  void parameterProblemsAreAllReported() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RuleHarness.compile("goalposts", 1, HIGHER_IS_BETTER,
            Map.of("lower", 0, "upper", -1, "transform", "sqrt")));
    assertEquals(printed(List.of(
        Problem.of("test", "rule.transform", "sqrt", "must be none, ln or log10"),
        Problem.of("test", "rule.upper", "-1", "must be above lower = 0"))), printed(e.problems()));
  }

  @Test
  void builtInsAreNotServicesSinceTheirClassesArePackagePrivate() {
    // ServiceLoader needs public classes; the built-ins are reached through BuiltInRules only.
    RuleRegistry discovered = RuleRegistry.builder().discover(getClass().getClassLoader()).build();
    assertEquals(Set.of(), discovered.types().keySet());
    // 17 before the Handbook normalisations ratio-to-worst, relative-difference and mean-thresholds
    assertEquals(20, BuiltInRules.registry().types().size());
    assertTrue(BuiltInRules.all().stream().allMatch(type -> type.version().equals("1")));
  }
}
