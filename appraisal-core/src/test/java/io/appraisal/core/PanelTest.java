package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-made panel of yearly periods: z enters in 2001, x leaves after 2000; and screening by data availability.
 *
 * <pre>
 * root (SUM, missing EXCLUDE for the whole tree)
 *   a linear 0..10, 10 points
 *   b linear 0..10, 10 points
 *
 *        2000          2001
 * x      a 10, b 10    (none: absent)
 * y      a 5,  b 5     a 2, b 4
 * z      (none)        a 8, b 8
 *
 * 2000: x 20 / 20 = 100, y 10 / 20 = 50; z absent.   2001: z 16 / 20 = 80, y 6 / 20 = 30; x absent.
 * </pre>
 */
class PanelTest {
  private static final Period Y2000 = Period.year(2000);
  private static final Period Y2001 = Period.year(2001);
  private static final double EPS = 1e-9;

  private static Policy.Builder policy() {
    return Policy.builder("panel").category("C", "Only")
        .indicators(Indicator.group("root", "Total").missing(MissingPolicy.EXCLUDE)
            .child(Indicator.leaf("a", "A", linear(0, 10)).points(10))
            .child(Indicator.leaf("b", "B", linear(0, 10)).points(10))
            .build());
  }

  private static Dataset.Builder units() {
    return Dataset.builder()
        .unit(Unit.of("x", "X", "C")).unit(Unit.of("y", "Y", "C")).unit(Unit.of("z", "Z", "C"));
  }

  private static Dataset panel() {
    return units()
        .value("x", Y2000, "a", 10).value("x", Y2000, "b", 10).value("y", Y2000, "a", 5).value("y", Y2000, "b", 5)
        .value("y", Y2001, "a", 2).value("y", Y2001, "b", 4).value("z", Y2001, "a", 8).value("z", Y2001, "b", 8)
        .build();
  }

  @Test
  void eachPeriodRanksTheUnitsPresentAndListsTheAbsent() {
    AppraisalResult first = TestRules.engine().evaluate(policy().build(), panel(), Y2000);
    assertEquals(List.of("x", "y"), first.ranking().stream().map(UnitResult::id).toList());
    assertEquals(100, first.unit("x").orElseThrow().scoreRate(), EPS);
    assertEquals(50, first.unit("y").orElseThrow().scoreRate(), EPS);
    assertEquals(List.of(new Note("z", "", Note.Kind.ABSENT, "no values in period 2000; not ranked in it")),
        Unkeyed.notes(first.notes()));

    AppraisalResult second = TestRules.engine().evaluate(policy().build(), panel(), Y2001);
    assertEquals(List.of("z", "y"), second.ranking().stream().map(UnitResult::id).toList());
    assertEquals(80, second.unit("z").orElseThrow().scoreRate(), EPS);
    assertEquals(30, second.unit("y").orElseThrow().scoreRate(), EPS);
    assertEquals(List.of(new Note("x", "", Note.Kind.ABSENT, "no values in period 2001; not ranked in it")),
        Unkeyed.notes(second.notes()));
    assertEquals(2, second.size());
  }

  @Test
  void validateAgreesWithEvaluate() {
    assertEquals(List.of(), TestRules.engine().compile(policy().build()).validate(panel(), Y2001));
  }

  @Test
  void aUnitWithSomeValuesIsPresentAndItsMissingValuesFollowThePolicy() {
    // y has a only in 2000: present; b is excluded from its maximum: 5 / 10 = 50.
    Dataset data = units().value("x", Y2000, "a", 10).value("x", Y2000, "b", 10).value("y", Y2000, "a", 5)
        .build();
    AppraisalResult result = TestRules.engine().evaluate(policy().build(), data, Y2000);
    assertEquals(50, result.unit("y").orElseThrow().scoreRate(), EPS);
    assertEquals(List.of(new Note("z", "", Note.Kind.ABSENT, "no values in period 2000; not ranked in it"),
        new Note("y", "b", Note.Kind.EXCLUDED_MISSING, "value missing; indicator left out of the unit's maximum")),
        Unkeyed.notes(result.notes()));
  }

  @Test
  void aUnitBelowTheMinimumCoverageIsScreenedOut() {
    // y has 1 of its 2 indicators: 50 % < 60 %.
    Dataset data = units().value("x", Y2000, "a", 10).value("x", Y2000, "b", 10).value("y", Y2000, "a", 5)
        .value("z", Y2000, "a", 1).value("z", Y2000, "b", 3).build();
    AppraisalResult result = TestRules.engine().evaluate(policy().minCoverage(0.6).build(), data, Y2000);
    assertEquals(List.of("x", "z"), result.ranking().stream().map(UnitResult::id).toList());
    assertEquals(20, result.unit("z").orElseThrow().scoreRate(), EPS); // (1 + 3) / 20
    assertEquals(List.of(new Note("y", "", Note.Kind.SCREENED_OUT, "values for 1 of 2 applicable indicators (50.0%)"
        + " in period 2000, below the policy's minimum coverage of 60%; not ranked in it")),
            Unkeyed.notes(result.notes()));
  }

  @Test
  void aUnitAtTheMinimumCoverageIsRanked() {
    // 1 of 2 = 0.5, not below 0.5: y is ranked on a alone, 5 / 10 = 50.
    Dataset data = units().value("x", Y2000, "a", 10).value("x", Y2000, "b", 10).value("y", Y2000, "a", 5)
        .value("z", Y2000, "a", 1).value("z", Y2000, "b", 3).build();
    AppraisalResult result = TestRules.engine().evaluate(policy().minCoverage(0.5).build(), data, Y2000);
    assertEquals(50, result.unit("y").orElseThrow().scoreRate(), EPS);
    assertEquals(3, result.size());
  }

  @Test
  void indicatorsMarkedNotApplicableDoNotCountAgainstCoverage() {
    // y: a given, b not applicable by the data: 1 of 1 applicable = 100 %.
    Dataset data = units().value("x", Y2000, "a", 10).value("x", Y2000, "b", 10).value("y", Y2000, "a", 5)
        .notApplicable("y", Y2000, "b", Origin.CODE).value("z", Y2000, "a", 1).value("z", Y2000, "b", 3).build();
    AppraisalResult result = TestRules.engine().evaluate(policy().minCoverage(1).build(), data, Y2000);
    assertEquals(3, result.size());
    assertEquals(50, result.unit("y").orElseThrow().scoreRate(), EPS);
  }

  @Test
  void noUnitReachingTheCoverageIsAProblem() {
    Dataset data = units().value("y", Y2000, "a", 5).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> TestRules.engine().evaluate(policy().minCoverage(0.9).build(), data, Y2000));
    assertEquals(List.of(Problem.of("dataset", "period", "2000",
        "no unit reaches the policy's minimum coverage of 90% in this period")), Unkeyed.problems(e.problems()));
  }

  @Test
  void minCoverageIsAShare() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> policy().minCoverage(80));
    assertEquals("minCoverage must be within [0, 1] but was: 80.0", e.getMessage());
  }
}
