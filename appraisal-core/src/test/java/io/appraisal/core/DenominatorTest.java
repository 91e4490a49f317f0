package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Denomination: a leaf scores its value divided by another raw input of the same unit, times {@code per}. */
class DenominatorTest {
  private static final Period Q = Period.quarter(2022, 4);

  /** cases per 10,000 population, scored linearly from 0 to 10 (points 10); pop is a data column, not a leaf. */
  private static Policy policy() {
    return Policy.builder("denominated").category("c", "c")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("cases", "cases per 10,000", linear(0, 10)).points(10)
                .denominator(new Denominator("pop", 10_000)))
            .child(Indicator.leaf("other", "other", linear(0, 100)).points(10))
            .build())
        .build();
  }

  private static Dataset.Builder units() {
    return Dataset.builder().unit(Unit.of("U1", "one", "c")).unit(Unit.of("U2", "two", "c"))
        .value("U1", Q, "other", 100).value("U2", Q, "other", 100);
  }

  /*
   * U1: 30 cases × 10,000 / 200,000 people = 1.5 per 10,000 → 10 × 1.5 / 10 = 1.5 points; with other 10 → 11.5 of
   * 20 → score rate 57.5. U2: 12 × 10,000 / 40,000 = 3 → 3 points; 13 of 20 → 65. The raw value shown is the rate.
   */
  @Test
  void aLeafScoresItsValuePerItsDenominator() {
    Dataset data = units().value("U1", Q, "cases", 30).value("U1", Q, "pop", 200_000)
        .value("U2", Q, "cases", 12).value("U2", Q, "pop", 40_000).build();
    AppraisalResult result = TestRules.engine().evaluate(policy(), data, Q);
    UnitResult u1 = result.unit("U1").orElseThrow();
    assertEquals(1.5, u1.indicator("cases").orElseThrow().raw());
    assertEquals(1.5, u1.indicator("cases").orElseThrow().score());
    assertEquals(57.5, u1.scoreRate(), 1e-9);
    UnitResult u2 = result.unit("U2").orElseThrow();
    assertEquals(3, u2.indicator("cases").orElseThrow().raw());
    assertEquals(65, u2.scoreRate(), 1e-9);
  }

  /*
   * Imputed from the previous period, a denominated leaf takes that period's rate, not its count: U1 had 30 cases in
   * 200,000 people in Q3 = 1.5 per 10,000 → 1.5 points (not 10 points for 30 cases, capped by the range 0..10).
   */
  @Test
  void thePreviousPeriodImputesTheRate() {
    Period q3 = Period.quarter(2022, 3);
    Policy policy = Policy.builder("denominated").category("c", "c")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("cases", "cases per 10,000", linear(0, 10)).points(10)
                .missing(MissingPolicy.PREVIOUS_PERIOD).denominator(new Denominator("pop", 10_000)))
            .child(Indicator.leaf("other", "other", linear(0, 100)).points(10))
            .build())
        .build();
    Dataset data = units().value("U1", q3, "cases", 30).value("U1", q3, "pop", 200_000)
        .value("U1", Q, "pop", 100_000).value("U2", Q, "cases", 12).value("U2", Q, "pop", 40_000).build();
    AppraisalResult result = TestRules.engine().evaluate(policy, data, Q);
    IndicatorScore cases = result.unit("U1").orElseThrow().indicator("cases").orElseThrow();
    assertEquals(IndicatorScore.Status.IMPUTED, cases.status());
    assertEquals(1.5, cases.score());
    assertEquals(List.of("value missing; imputed 1.5, the unit's value in period 2022-Q3"), result.notes().stream()
        .filter(note -> note.unit().equals("U1")).map(Note::message).toList());
  }

  /** A missing denominator is reported at the value divided; a zero one at the denominator; both at once. */
  @Test
  void aMissingOrZeroDenominatorIsALocatedProblem() {
    Dataset data = units().source("values.csv")
        .value("U1", Q, "cases", 30, new Origin("values.csv", 2))
        .value("U2", Q, "cases", 12, new Origin("values.csv", 3))
        .value("U2", Q, "pop", 0, new Origin("values.csv", 4)).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> TestRules.engine().evaluate(policy(), data, Q));
    assertEquals(List.of(
        new Problem("values.csv", 2, "denominator", "pop",
            "indicator cases is divided by pop, which is missing for unit U1, period 2022-Q4"),
        new Problem("values.csv", 4, "value", "0",
            "indicator cases is divided by pop, which is 0 for unit U2, period 2022-Q4")),
                Unkeyed.problems(e.problems()));
  }

  @Test
  void aDenominatorMustNameAnotherValue() {
    Policy itself = Policy.builder("self").category("c", "c")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("x", "x", linear(0, 1)).denominator(new Denominator("x", 1)))
            .build())
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestRules.engine().compile(itself));
    assertEquals(List.of(Problem.of("policy self", "indicators.x.denominator", "x", "a leaf cannot be divided by itself")),
        Unkeyed.problems(e.problems()));
    assertThrows(IllegalArgumentException.class, () -> new Denominator("pop", 0));
    assertThrows(IllegalStateException.class,
        () -> Indicator.group("g", "g").denominator(new Denominator("pop", 1)).child(Indicator.leaf("x", "x",
            linear(0, 1))).build());
  }
}
