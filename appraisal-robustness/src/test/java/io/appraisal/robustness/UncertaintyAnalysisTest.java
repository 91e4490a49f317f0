package io.appraisal.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.Aggregation;
import io.appraisal.core.RuleSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UncertaintyAnalysisTest {
  @Test
  void withoutUncertaintyEveryIntervalCollapsesToTheNominalRank() {
    UncertaintyResult result = Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(),
        Uncertainty.builder().weights("total", 0).relativeNoise("a", 0).exclude("b", 0).build())
        .build().uncertainty(50, 1);
    for (UnitRobustness unit : result.units()) {
      assertEquals(new Distribution(unit.nominalRank(), unit.nominalRank(), unit.nominalRank()), unit.rank());
      assertEquals(1.0, unit.gradeKept());
    }
    // Y (60 points) is first, X (50) second: P(rank <= 1) is 0 for X, 1 for Y.
    assertEquals(0.0, result.units().get(0).probabilityWithinK());
    assertEquals(1.0, result.units().get(1).probabilityWithinK());
    assertEquals(new Distribution(0, 0, 0), result.meanAbsoluteShift());
    assertEquals(new Distribution(1, 1, 1), result.spearman());
    assertEquals(new Distribution(1, 1, 1), result.kendall());
  }

  /**
   * X has a = 1, b = 0; Y has a = b = 0.6. With weights (points) 50(1 + xU₁) and 50(1 + xU₂), U uniform on [−1, 1],
   * renormalised to 100: X scores 100(1 + xU₁)/(2 + xU₁ + xU₂) and Y always 60. X is first iff
   * (1 + xU₁) > 0.6(2 + xU₁ + xU₂), i.e. 2U₁ − 3U₂ > 1/x = 2 for x = 0.5. In the square [−1, 1]² that is U₁ > −1/2
   * and U₂ < (2U₁ − 2)/3, of area ∫_{−1/2}^{1} (2U₁ + 1)/3 dU₁ = (1/3)[U₁² + U₁] = (1/3)(2 + 1/4) = 3/4, so
   * P(X first) = (3/4)/4 = 3/16 = 0.1875.
   */
  @Test
  void aSwappingWeightGivesTheClosedFormProbabilityOfEachOrder() {
    int samples = 20_000;
    UncertaintyResult result = Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(),
        Uncertainty.builder().weights("total", 0.5).build()).build().uncertainty(samples, 1);
    double p = 3.0 / 16;
    double error = Math.sqrt(p * (1 - p) / samples); // 0.0028
    assertEquals(p, result.units().get(0).probabilityWithinK(), 4 * error);
    assertEquals(1 - p, result.units().get(1).probabilityWithinK(), 4 * error);
    // X is graded 优秀 (from 55) exactly when its score passes 55: 100(1 + xU₁)/(2 + xU₁ + xU₂) ≥ 55, the same
    // kind of region; here only check that the grade shares add up and that Y, always 60, stays 优秀.
    assertEquals(1.0, result.units().get(1).gradeProbabilities().get("优秀"));
    assertEquals(1.0, result.units().get(0).gradeProbabilities().values().stream().mapToDouble(d -> d).sum(), 1e-12);
  }

  /** Excluding b with probability 0.3 leaves X 100 % against Y's 60 %: X first with probability 0.3. */
  @Test
  void exclusionFlipsTheOrderWithItsProbability() {
    int samples = 20_000;
    UncertaintyResult result = Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(),
        Uncertainty.builder().exclude("b", 0.3).build()).build().uncertainty(samples, 1);
    assertEquals(0.3, result.units().get(0).probabilityWithinK(), 4 * Math.sqrt(0.3 * 0.7 / samples));
    // The ranks are 1 or 2: each sample either keeps the order (mean |Δrank| 0) or swaps it (1).
    assertEquals(new Distribution(0, 0, 1), result.meanAbsoluteShift());
    assertEquals(new Distribution(1, -1, 1), result.kendall());
  }

  /** Squaring a: X keeps 1² × 50 = 50, Y drops to 0.36 × 50 + 30 = 48: the order flips in half of the samples. */
  @Test
  void alternativeRulesAndAggregationsAreEquallyLikely() {
    int samples = 4_000;
    UncertaintyResult rules = Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(),
        Uncertainty.builder().rules("a", List.of(RuleSpec.of("square"))).build()).build().uncertainty(samples, 1);
    assertEquals(0.5, rules.units().get(0).probabilityWithinK(), 4 * Math.sqrt(0.25 / samples));
    // Minimum instead of sum: X scores min(1, 0) = 0, Y 0.6; Y stays first either way.
    UncertaintyResult aggregations = Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(),
        Uncertainty.builder().aggregations("total", List.of(Aggregation.MINIMUM)).build()).build()
        .uncertainty(samples, 1);
    assertEquals(1.0, aggregations.units().get(1).probabilityWithinK());
    assertEquals(Map.of("优秀", 1.0, "一般", 0.0), aggregations.units().get(1).gradeProbabilities());
  }

  @Test
  void parallelEqualsSequential() {
    Uncertainty uncertainty = Uncertainty.builder().factor("w").weights("total", 0.5).dirichlet("total", 5)
        .factor("noise").relativeNoise("a", 0.3).absoluteNoise("b", 0.2).factor("x").exclude("a", 0.1).build();
    UncertaintyResult parallel = Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(), uncertainty)
        .parallel(true).build().uncertainty(3_000, 1);
    UncertaintyResult sequential = Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(), uncertainty)
        .parallel(false).build().uncertainty(3_000, 1);
    assertEquals(sequential.units(), parallel.units());
    assertEquals(sequential.meanAbsoluteShift(), parallel.meanAbsoluteShift());
    assertTrue(parallel.units().get(0).probabilityWithinK() > 0 && parallel.units().get(0).probabilityWithinK() < 1);
  }

  /** 300 samples report progress every 3 (1 %), the last call saying all are done, whether parallel or not. */
  @Test
  void progressIsReportedUpToTheTotal() {
    List<long[]> calls = new java.util.ArrayList<>();
    Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(), Uncertainty.builder().weights("total", 0.1).build())
        .progress((done, total) -> calls.add(new long[] {done, total})).build().uncertainty(300, 1);
    assertEquals(100, calls.size());
    assertTrue(calls.stream().allMatch(call -> call[1] == 300 && call[0] % 3 == 0));
    assertTrue(calls.stream().anyMatch(call -> call[0] == 300));
  }

  /** Without a: X 0, Y 60 %: the order holds. Without b: X 100 %, Y 60 %: X climbs one place, Y drops one. */
  @Test
  void leaveOneOutTable() {
    LeaveOneOut table = Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(), Uncertainty.NONE).build()
        .leaveOneOut();
    assertEquals(List.of("a", "b"), table.indicators());
    assertEquals(0.0, table.shift(0, 0));
    assertEquals(0.0, table.shift(0, 1));
    assertEquals(-1.0, table.shift(1, 0));
    assertEquals(1.0, table.shift(1, 1));
    assertEquals(1.0, table.maxAbsoluteShift(1));
  }
}
