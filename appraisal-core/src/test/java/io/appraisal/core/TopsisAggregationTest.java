package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.weighting.Topsis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TOPSIS as a group's aggregation, worked by hand. */
class TopsisAggregationTest {
  private static final Period Q = Period.quarter(2022, 4);

  private static Policy policy(Applicability secondApplies) {
    return Policy.builder("topsis")
        .category("x", "x").category("y", "y")
        .indicators(Indicator.group("root", "root").aggregation(Aggregation.TOPSIS).points(100)
            .child(Indicator.leaf("c1", "c1", linear(0, 100)).points(10))
            .child(Indicator.leaf("c2", "c2", linear(0, 100)).points(10).appliesTo(secondApplies))
            .build())
        .build();
  }

  /*
   * Fractions (c1, c2): u1 (1, 0), u2 (0, 1), u3 (1, 0.5); equal weights 0.5.
   * Column norms: c1 √(1 + 0 + 1) = √2, c2 √(0 + 1 + 0.25) = √1.25.
   * Weighted: v1 = 0.5 × (1, 0, 1) / √2 = (0.353553, 0, 0.353553); v2 = 0.5 × (0, 1, 0.5) / √1.25 =
   * (0, 0.447214, 0.223607). Best (0.353553, 0.447214), worst (0, 0).
   *   u1: D+ = 0.447214, D− = 0.353553 → C = 0.353553 / 0.800767 = 0.441518
   *   u2: D+ = 0.353553, D− = 0.447214 → C = 0.558482
   *   u3: D+ = 0.223607, D− = √(0.125 + 0.05) = 0.418330 → C = 0.418330 / 0.641937 = 0.651669
   */
  @Test
  void closenessToTheIdealAgainstTheWorst() {
    Dataset data = Dataset.builder()
        .unit(Unit.of("u1", "u1", "x")).unit(Unit.of("u2", "u2", "x")).unit(Unit.of("u3", "u3", "y"))
        .value("u1", Q, "c1", 100).value("u1", Q, "c2", 0)
        .value("u2", Q, "c1", 0).value("u2", Q, "c2", 100)
        .value("u3", Q, "c1", 100).value("u3", Q, "c2", 50)
        .build();
    AppraisalResult result = TestRules.engine().evaluate(policy(Applicability.ALL), data, Q);
    assertEquals(44.1518, result.unit("u1").orElseThrow().scoreRate(), 1e-4);
    assertEquals(55.8482, result.unit("u2").orElseThrow().scoreRate(), 1e-4);
    assertEquals(65.1669, result.unit("u3").orElseThrow().scoreRate(), 1e-4);
    assertEquals(List.of("u3", "u2", "u1"), result.ranking().stream().map(UnitResult::id).toList());
  }

  @Test
  void everyChildMustApplyToEveryUnit() {
    Dataset data = Dataset.builder()
        .unit(Unit.of("u1", "u1", "x")).unit(Unit.of("u2", "u2", "y"))
        .value("u1", Q, "c1", 100).value("u1", Q, "c2", 0).value("u2", Q, "c1", 0)
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> TestRules.engine().evaluate(policy(Applicability.categories("x")), data, Q));
    assertEquals(List.of(Problem.of("dataset", "indicator", "root",
        "TOPSIS needs every child to apply to every unit with a value; some do not in period 2022-Q4")),
        Unkeyed.problems(e.problems()));
  }

  /*
   * The aggregation and io.appraisal.core.weighting.Topsis are one implementation: a TOPSIS group over leaves whose
   * scores are proportional to the raw values (linear from 0 to 30000, no clamping) must give 100 × the closeness
   * Topsis computes on the raw matrix. Data: the benefit attributes of Hwang & Yoon's (1981, pp. 133-134) aircraft
   * example (speed, range, payload, reliability, manoeuvrability; weights 0.2, 0.1, 0.1, 0.2, 0.3). Its cost
   * attribute (acquisition cost) is left out: a group's children are all higher-is-better scores.
   */
  @Test
  void groupAggregationAgreesWithWeightingTopsisOnHwangYoonAircraft() {
    double[][] aircraft = {
      {2.0, 1500, 20000, 5, 9},
      {2.5, 2700, 18000, 3, 5},
      {1.8, 2000, 21000, 7, 7},
      {2.2, 1800, 20000, 5, 5},
    };
    double[] weights = {0.2, 0.1, 0.1, 0.2, 0.3};
    Indicator.Builder root = Indicator.group("root", "root").aggregation(Aggregation.TOPSIS).points(100);
    for (int c = 0; c < weights.length; c++) {
      root.child(Indicator.leaf("c" + c, "c" + c, linear(0, 30000)).points(10).weight(weights[c]));
    }
    Policy policy = Policy.builder("aircraft").category("x", "x").indicators(root.build()).build();
    Dataset.Builder data = Dataset.builder();
    for (int a = 0; a < aircraft.length; a++) {
      data.unit(Unit.of("a" + a, "a" + a, "x"));
      for (int c = 0; c < weights.length; c++) {
        data.value("a" + a, Q, "c" + c, aircraft[a][c]);
      }
    }
    AppraisalResult result = TestRules.engine().evaluate(policy, data.build(), Q);

    double[] expected = Topsis.closeness(aircraft, weights, new boolean[] {true, true, true, true, true});
    double[] actual = new double[aircraft.length];
    for (int a = 0; a < aircraft.length; a++) {
      actual[a] = result.unit("a" + a).orElseThrow().scoreRate() / 100;
    }
    assertArrayEquals(expected, actual, 1e-12);
  }
}
