package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Missing values under ZERO and EXCLUDE, and values marked not applicable by the data.
 *
 * <pre>
 * root (SUM, default FAIL)
 *   grp (SUM, missing ZERO, inherited by its children)
 *     m1 linear 0..10, 10 points           (ZERO, inherited)
 *     m2 linear 0..10, 10 points, EXCLUDE  (overrides the group)
 *   m3 linear 0..10, 10 points             (FAIL, inherited from the root)
 *
 * u1: m1 5, m2 5, m3 5                -> 15 / 30 = 50 %
 * u2: m1 missing (0 of 10), m2 missing (left out), m3 8   -> (0 + 8) / (10 + 10) = 40 %
 * u3: m1 10, m2 4, m3 not applicable by the data           -> 14 / 20 = 70 %
 * </pre>
 */
class MissingPolicyTest {
  private static final Period Q = Period.quarter(2024, 2);
  private static final double EPS = 1e-9;

  static Policy policy() {
    return Policy.builder("missing")
        .category("C", "Only")
        .indicators(Indicator.group("root", "Total")
            .child(Indicator.group("grp", "Group").missing(MissingPolicy.ZERO)
                .child(Indicator.leaf("m1", "M1", linear(0, 10)).points(10))
                .child(Indicator.leaf("m2", "M2", linear(0, 10)).points(10).missing(MissingPolicy.EXCLUDE)))
            .child(Indicator.leaf("m3", "M3", linear(0, 10)).points(10))
            .build())
        .build();
  }

  static Dataset data() {
    return Dataset.builder()
        .unit(Unit.of("u1", "U1", "C")).unit(Unit.of("u2", "U2", "C")).unit(Unit.of("u3", "U3", "C"))
        .value("u1", Q, "m1", 5).value("u1", Q, "m2", 5).value("u1", Q, "m3", 5)
        .value("u2", Q, "m3", 8)
        .value("u3", Q, "m1", 10).value("u3", Q, "m2", 4).notApplicable("u3", Q, "m3", new Origin("x.csv", 9))
        .build();
  }

  @Test
  void notesNameEveryValueNotScoredAsGiven() {
    AppraisalResult result = TestRules.engine().evaluate(policy(), data(), Q);
    // leaf by leaf in plan order (m1, m2, m3), then unit by unit
    assertEquals(List.of(
        new Note("u2", "m1", Note.Kind.IMPUTED_ZERO, "value missing; scored 0 of 10 points"),
        new Note("u2", "m2", Note.Kind.EXCLUDED_MISSING, "value missing; indicator left out of the unit's maximum"),
        new Note("u3", "m3", Note.Kind.NOT_APPLICABLE_BY_DATA, "the data marks indicator m3 as not applicable")),
        Unkeyed.notes(result.notes()));
  }

  @Test
  void scoresAndStatuses() {
    AppraisalResult result = TestRules.engine().evaluate(policy(), data(), Q);
    UnitResult u1 = result.unit("u1").orElseThrow();
    UnitResult u2 = result.unit("u2").orElseThrow();
    UnitResult u3 = result.unit("u3").orElseThrow();
    assertEquals(50, u1.scoreRate(), EPS);
    assertEquals(40, u2.scoreRate(), EPS);
    assertEquals(20, u2.maxPoints(), EPS);
    assertEquals(70, u3.scoreRate(), EPS);
    assertEquals(20, u3.maxPoints(), EPS);

    IndicatorScore u2m1 = u2.indicator("m1").orElseThrow();
    assertEquals(IndicatorScore.Status.IMPUTED_ZERO, u2m1.status());
    assertEquals(0, u2m1.score());
    assertEquals(10, u2m1.max());
    assertTrue(Double.isNaN(u2m1.raw()));
    IndicatorScore u2m2 = u2.indicator("m2").orElseThrow();
    assertEquals(IndicatorScore.Status.EXCLUDED, u2m2.status());
    assertEquals(0, u2m2.max());
    assertEquals(IndicatorScore.Status.SCORED, u2.indicator("m3").orElseThrow().status());
    // the group of u2: m1 counts (0 of 10), m2 does not -> 0 of 10
    assertEquals(10, u2.indicator("grp").orElseThrow().max(), EPS);
    assertEquals(IndicatorScore.Status.SCORED, u2.indicator("grp").orElseThrow().status());
    // contributions: u2 m3 8 / 20 = 40; m1, m2 0
    assertEquals(40, u2.indicator("m3").orElseThrow().contribution(), EPS);
    assertEquals(0, u2.indicator("m1").orElseThrow().contribution(), EPS);

    IndicatorScore u3m3 = u3.indicator("m3").orElseThrow();
    assertEquals(IndicatorScore.Status.NOT_APPLICABLE, u3m3.status());
    assertEquals(0, u3m3.max());
    assertEquals(IndicatorScore.Status.SCORED, u3.indicator("m2").orElseThrow().status());
    // ranks: u3 70 -> 1, u1 50 -> 2, u2 40 -> 3
    assertEquals(List.of("u3", "u1", "u2"), result.ranking().stream().map(UnitResult::id).toList());
  }

  @Test
  void failIsTheDefaultAndReportsTheMissingValue() {
    Dataset data = Dataset.builder().source("q.csv")
        .unit(Unit.of("u1", "U1", "C"))
        .value("u1", Q, "m1", 5).value("u1", Q, "m2", 5)
        .build();
    Problem expected = new Problem("q.csv", 0, "value", "",
        "required value missing for unit u1, period 2024-Q2, indicator m3");
    CompiledPolicy plan = TestRules.engine().compile(policy());
    assertEquals(List.of(expected), Unkeyed.problems(plan.validate(data, Q)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan.evaluate(data, Q));
    assertEquals(List.of(expected), Unkeyed.problems(e.problems()));
    assertEquals("1 problem in the input:" + System.lineSeparator()
        + "  q.csv: field 'value': required value missing for unit u1, period 2024-Q2, indicator m3", e.getMessage());
  }

  /**
   * BUG (Evaluator): {@link CompiledPolicy#validate} promises "empty when evaluate will compute", but a unit whose
   * every applicable indicator is missing under EXCLUDE is only detected by {@code Evaluator.scoreRates}, which
   * {@code validate()} never runs: validate() returns [] and evaluate() throws.
   */
  @Test
  void validateAndEvaluateBothReportAUnitWithNothingToScore() {
    Policy policy = Policy.builder("exclude-all")
        .category("C", "Only")
        .indicators(Indicator.group("root", "Total").missing(MissingPolicy.EXCLUDE)
            .child(Indicator.leaf("e1", "E1", linear(0, 10)).points(10))
            .child(Indicator.leaf("e2", "E2", linear(0, 10)).points(10))
            .build())
        .build();
    Dataset data = Dataset.builder().source("e.csv")
        .unit(Unit.of("w1", "W1", "C")).unit(Unit.of("w2", "W2", "C"))
        .value("w1", Q, "e1", 5).value("w1", Q, "e2", 5)
        // w2 is present (a unit with nothing at all in the period would be absent, see PanelTest): e1 is marked
        // not applicable and e2 is missing and excluded
        .notApplicable("w2", Q, "e1", Origin.CODE)
        .build();
    CompiledPolicy plan = TestRules.engine().compile(policy);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan.evaluate(data, Q));
    assertEquals(List.of(Problem.of("e.csv", "unit", "w2",
        "nothing to score in period 2024-Q2: every applicable indicator is missing and excluded")),
            Unkeyed.problems(e.problems()));
    // validate() must report the same problem evaluate() throws for
    assertEquals(e.problems(), plan.validate(data, Q));
  }
}
