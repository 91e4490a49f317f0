package io.appraisal.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.UnitResult;
import io.appraisal.rules.BuiltInRules;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The benchmark compares like with like: the engine, both baselines and DuckDB publish the same scores and ranks.
 */
class BaselineAgreementTest {
  @ParameterizedTest
  @CsvSource({"67, 20241231", "500, 20241231", "500, 7", "2000, 42"})
  void baselineAndEngineAgree(int n, long seed) throws SQLException {
    SyntheticData data = SyntheticData.generate(n, seed);
    AppraisalResult result = AppraisalEngine.builder().rules(BuiltInRules.registry()).build()
        .evaluate(data.policy(), data.dataset(), SyntheticData.PERIOD);
    Baseline.Ranks baseline = Baseline.compute(data.columns, data.lowerIsBetter, data.weights, data.category,
        SyntheticData.CATEGORIES);

    double[] engineRanks = result.ranks();
    double[] engineCategoryRanks = new double[n];
    double[] engineRates = result.scoreRates();
    for (int u = 0; u < n; u++) {
      UnitResult unit = result.unit(u);
      engineCategoryRanks[u] = unit.categoryRank();
      // Same published score: the baseline's Math.round key equals the engine's half-up rounding.
      assertEquals(BigDecimal.valueOf(baseline.key[u], 2), unit.published(), "published score of unit " + u);
    }
    assertArrayEquals(Arrays.stream(baseline.overall).asDoubleStream().toArray(), engineRanks, "overall ranks");
    assertArrayEquals(Arrays.stream(baseline.inCategory).asDoubleStream().toArray(), engineCategoryRanks,
        "category ranks");
    // The counting baseline and DuckDB's window functions publish and rank the same (the benchmark's set-up check).
    RecalculationBenchmark.requireSame("engine", RecalculationBenchmark.engineRanks(result), baseline);
    RecalculationBenchmark.requireSame("counting", Baseline.computeByCounting(data.columns, data.lowerIsBetter,
        data.weights, data.category, SyntheticData.CATEGORIES), baseline);
    try (DuckDbRanking duckDb = new DuckDbRanking(data)) {
      RecalculationBenchmark.requireSame("duckdb", duckDb.rank(), baseline);
    }
    // The data is not degenerate: scores spread, and at least the larger sizes have ties to exercise.
    assertTrue(Arrays.stream(engineRates).max().getAsDouble() - Arrays.stream(engineRates).min().getAsDouble() > 5);
  }
}
