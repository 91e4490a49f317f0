package io.appraisal.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.Direction;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import io.appraisal.core.RuleSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RuleCase compiles a rule as the engine would and scores it outside the engine. */
class RuleCaseTest {
  private static final ReferenceRule LINEAR = new ReferenceRule();

  @Test
  void scoresAColumnLeavingUnscoredEntriesNaN() {
    RuleCase ruleCase = new RuleCase("testkit-linear", Direction.HIGHER_IS_BETTER, 10,
        Map.of("lower", 0, "upper", 50));
    // 25 → half of 10; 60 → capped at 10; −5 → 0; NaN → not scored.
    assertArrayEquals(new double[] {5, 10, 0, Double.NaN}, ruleCase.score(LINEAR, 25, 60, -5, Double.NaN), 1e-12);
    assertArrayEquals(new double[] {5, 0, 10}, new RuleCase("testkit-linear", Direction.LOWER_IS_BETTER, 10,
        Map.of("lower", 0, "upper", 50)).score(LINEAR, 25, 60, -5), 1e-12);
    assertEquals(new RuleSpec("testkit-linear", Map.of("lower", 0, "upper", 50)), ruleCase.spec());
  }

  @Test
  void compilingReportsMissingUnknownAndInvalidParametersTogether() {
    RuleCase ruleCase = new RuleCase("testkit-linear", Direction.HIGHER_IS_BETTER, 10,
        Map.of("upper", 5, "lowr", 1));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ruleCase.compile(LINEAR));
    assertEquals(List.of(
        Problem.of("rule case", "rule.lower", "", "required parameter is missing"),
        Problem.of("rule case", "rule.lowr", "1", "unknown parameter for rule type testkit-linear")), e.problems());

    RuleCase inverted = new RuleCase("testkit-linear", Direction.HIGHER_IS_BETTER, 10,
        Map.of("lower", 5, "upper", 1));
    e = assertThrows(InvalidInputException.class, () -> inverted.compile(LINEAR));
    assertEquals(List.of(Problem.of("rule case", "rule.upper", "1", "must be above lower = 5")), e.problems());
  }

  @Test
  void aCaseIsForOneRuleTypeAndReadsLikeAPolicyLeaf() {
    RuleCase ruleCase = new RuleCase("other", Direction.HIGHER_IS_BETTER, 6, Map.of("a", 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ruleCase.compile(LINEAR));
    assertEquals("this case is for rule type 'other' but was given 'testkit-linear' ("
        + ReferenceRule.class.getName() + ")", e.getMessage());
    assertEquals("other{HIGHER_IS_BETTER, max 6, a=1}", ruleCase.toString());
    assertThrows(IllegalArgumentException.class, () -> new RuleCase("x", Direction.HIGHER_IS_BETTER, 0, Map.of()));
  }
}
