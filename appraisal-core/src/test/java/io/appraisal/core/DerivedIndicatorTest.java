package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Derived nodes in the engine: a parity index computed as a ratio of two sub-indices (the UNDP Gender Development
 * Index, GDI = HDI_f / HDI_m), located compile-time errors and cycles, and per-unit domain errors.
 */
class DerivedIndicatorTest {
  static final Period Y = Period.year(2022);

  /**
   * gdi = hdi_f / hdi_m, each sub-index a leaf scored linearly on [0, 1] (so its score is the value). The GDI can
   * exceed 1 (women ahead), so the node has 2 points and the policy a scale of 2: the score rate is the GDI itself.
   */
  static Policy gdi(String expression) {
    return Policy.builder("gdi")
        .category("c", "Countries")
        .indicators(Indicator.derived("gdi", "Gender Development Index", expression).points(2)
            .child(Indicator.leaf("hdi_f", "HDI, female", linear(0, 1)))
            .child(Indicator.leaf("hdi_m", "HDI, male", linear(0, 1)))
            .build())
        .scale(2)
        .rounding(Rounding.of(3, RoundingMode.HALF_UP))
        .build();
  }

  static Dataset data(double[][] values) {
    Dataset.Builder data = Dataset.builder().source("gdi.csv");
    String[] ids = {"x", "y", "z"};
    for (int u = 0; u < values.length; u++) {
      data.unit(Unit.of(ids[u], ids[u], "c")).value(ids[u], Y, "hdi_f", values[u][0])
          .value(ids[u], Y, "hdi_m", values[u][1]);
    }
    return data.build();
  }

  @Test
  void genderDevelopmentIndexIsTheRatioOfTheFemaleToTheMaleHdi() {
    // x: 0.956 / 0.970 = 0.98556... -> 0.986; y: 0.630 / 0.744 = 0.84677... -> 0.847;
    // z: 0.800 / 0.790 = 1.01265... -> 1.013 (above parity). Ranks: z 1, x 2, y 3.
    AppraisalResult result = TestRules.engine().evaluate(gdi("hdi_f / hdi_m"),
        data(new double[][] {{0.956, 0.970}, {0.630, 0.744}, {0.800, 0.790}}), Y);
    assertEquals(new BigDecimal("0.986"), result.unit("x").orElseThrow().published());
    assertEquals(new BigDecimal("0.847"), result.unit("y").orElseThrow().published());
    assertEquals(new BigDecimal("1.013"), result.unit("z").orElseThrow().published());
    assertEquals(0.956 / 0.970, result.unit("x").orElseThrow().scoreRate(), 1e-15);
    assertEquals(List.of("z", "x", "y"), result.ranking().stream().map(UnitResult::id).toList());
  }

  @Test
  void aDerivedNodeMayReferToNodesElsewhereInTheTree() {
    // root (sum of 10 points): a linear 0..100 (10 points), d = a / 2 (5 points); x: a 60 -> 6, d 3 -> 9 of 15 = 60.00
    Policy policy = Policy.builder("elsewhere").category("c", "C")
        .indicators(Indicator.group("root", "Root")
            .child(Indicator.leaf("a", "A", linear(0, 100)).points(10))
            .child(Indicator.derived("d", "Half of A", "a / 2").points(5))
            .build())
        .build();
    Dataset data = Dataset.builder().unit(Unit.of("x", "x", "c")).value("x", Y, "a", 60).build();
    UnitResult x = TestRules.engine().evaluate(policy, data, Y).unit("x").orElseThrow();
    assertEquals(new BigDecimal("60.00"), x.published());
    assertEquals(3, x.indicators().stream().filter(i -> i.indicator().equals("d")).findFirst().orElseThrow().score(),
        1e-12);
  }

  @Test
  void domainErrorsNameTheUnitTheNodeAndTheOperands() {
    // y's male HDI is 0: 0.63 / 0 is a division by zero; z: ln(1 + 0 − 1) = ln(0)
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestRules.engine().evaluate(
        gdi("hdi_f / hdi_m + ln(1 + hdi_f - hdi_m) * 0"),
        data(new double[][] {{0.956, 0.970}, {0.630, 0}, {0, 1}}), Y));
    assertEquals(List.of(
        "gdi.csv: field 'indicator' = 'gdi': unit y, period 2022: division by zero: 0.63 / 0 at offset 6 of "
            + "'hdi_f / hdi_m + ln(1 + hdi_f - hdi_m) * 0'",
        "gdi.csv: field 'indicator' = 'gdi': unit z, period 2022: logarithm of a number <= 0: ln(0) at offset 16 "
            + "of 'hdi_f / hdi_m + ln(1 + hdi_f - hdi_m) * 0'"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aGuardedDivisionIsNoError() {
    // y: hdi_m = 0, so the else branch: 0 -> 0.000
    AppraisalResult result = TestRules.engine().evaluate(gdi("if(hdi_m > 0, min(hdi_f / hdi_m, 2), 0)"),
        data(new double[][] {{0.956, 0.970}, {0.630, 0}}), Y);
    assertEquals(new BigDecimal("0.000"), result.unit("y").orElseThrow().published());
  }

  @Test
  void aValueOutsideTheNodesScoreRangeIsAProblem() {
    // hdi_f − hdi_m = 0.5 − 0.7 = −0.2 < 0
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestRules.engine().evaluate(
        gdi("hdi_f - hdi_m"), data(new double[][] {{0.5, 0.7}}), Y));
    assertEquals(List.of("gdi.csv: field 'indicator' = 'gdi': unit x, period 2022: 'hdi_f - hdi_m' gives "
        + "-0.19999999999999996, outside the node's score range [0, 2]; a policy with signed: true allows it"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aSignedPolicyPublishesAndRanksNegativeScores() {
    // signed: the difference may be negative. a: 0.5 − 0.7 = −0.2 -> −0.20; b: 0.25 − 0.375 = −0.125 -> −0.13
    // (HALF_UP rounds a tie away from zero, as BigDecimal does); c: 0.75 − 0.5 = 0.25 -> 0.25. Ranks: c, b, a.
    Policy policy = Policy.builder("gap").category("c", "Countries")
        .indicators(Indicator.derived("gap", "Gap", "hdi_f - hdi_m")
            .child(Indicator.leaf("hdi_f", "HDI, female", linear(0, 1)))
            .child(Indicator.leaf("hdi_m", "HDI, male", linear(0, 1)))
            .build())
        .scale(1)
        .signed(true)
        .build();
    AppraisalResult result = TestRules.engine().evaluate(policy,
        data(new double[][] {{0.5, 0.7}, {0.25, 0.375}, {0.75, 0.5}}), Y);
    assertEquals(List.of("z 0.25 #1.0", "y -0.13 #2.0", "x -0.20 #3.0"), result.ranking().stream()
        .map(u -> u.id() + " " + u.published() + " #" + u.rank()).toList());
  }

  @Test
  void everyExpressionErrorAndCycleIsReportedAtCompileTime() {
    Policy policy = Policy.builder("bad").category("c", "C")
        .indicators(Indicator.derived("root", "Root", "a + b2").points(10)
            .child(Indicator.leaf("a", "A", linear(0, 1)))
            .child(Indicator.leaf("b", "B", linear(0, 1)))
            .child(Indicator.derived("d", "D", "sqrt(a, b) + (a > b)"))
            .child(Indicator.derived("e", "E", "root * 2"))
            .child(Indicator.derived("f", "F", "g + 1"))
            .child(Indicator.derived("g", "G", "f"))
            .build())
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestRules.engine().compile(policy));
    assertEquals(List.of(
        "policy bad: field 'indicators.root.expression' = 'a + b2': at offset 4 of the expression: unknown name "
            + "'b2'; did you mean 'b'?",
        "policy bad: field 'indicators.d.expression' = 'sqrt(a, b) + (a > b)': at offset 0 of the expression: sqrt "
            + "takes 1 argument but was given 2",
        "policy bad: field 'indicators.d.expression' = 'sqrt(a, b) + (a > b)': at offset 16 of the expression: a "
            + "condition where a number is needed",
        "policy bad: field 'indicators.e.expression' = 'root * 2': cycle: e → root → e",
        "policy bad: field 'indicators.g.expression' = 'f': cycle: g → f → g"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aDerivedNodeHasNoValuesOfItsOwn() {
    Dataset data = Dataset.builder().source("d.csv").unit(Unit.of("x", "x", "c")).value("x", Y, "hdi_f", 0.5)
        .value("x", Y, "hdi_m", 0.5).value("x", Y, "gdi", 1).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> TestRules.engine().evaluate(gdi("hdi_f / hdi_m"), data, Y));
    assertEquals("indicator gdi is derived from other indicators; it has no values of its own",
        e.problems().get(0).message());
  }
}
