package io.appraisal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Dataset;
import io.appraisal.core.Direction;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The new rule types inside the engine, whose population statistics are its own (not the test harness's): every
 * leaf scores what the harness scores, and the engine accepts every score as within range.
 */
class CatalogueEngineTest {
  private static final Period Q = Period.quarter(2022, 4);
  private static final double[] VALUES = {12, 3, 7.5, 7.5, 20, 1};
  private static final Map<String, RuleSpec> LEAVES = ImmutableMap.<String, RuleSpec>builder()
      .put("rank", new RuleSpec("rank-points", Map.of("points", List.of(10, 9.5, 9), "step", 1, "floor", 5)))
      .put("repeated", new RuleSpec("repeated-incident", Map.of("perIncident", 1, "multiplier", 1.5, "cap", 9)))
      .put("z", new RuleSpec("z-score", Map.of("transform", "ln", "winsorizeUpper", 0.2)))
      .put("minmax", new RuleSpec("min-max", Map.of("capLower", 2, "capUpper", 15)))
      .put("target", new RuleSpec("distance-to-target", Map.of("target", 10, "tolerance", 8)))
      .put("mean", new RuleSpec("ratio-to-mean", Map.of()))
      .put("best", new RuleSpec("ratio-to-best", Map.of()))
      .put("bands", new RuleSpec("percentile-bands",
          Map.of("bands", List.of(Map.of("top", 20, "points", 10), Map.of("top", 50, "points", 6)))))
      .buildOrThrow();

  private static Direction direction(String leaf) {
    return leaf.equals("repeated") || leaf.equals("mean") ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
  }

  @Test
  void engineScoresEqualTheHarnessScores() {
    Indicator.Builder root = Indicator.group("all", "All");
    LEAVES.forEach((id, rule) -> root.child(Indicator.leaf(id, id, rule).points(10).direction(direction(id))));
    Policy policy = Policy.builder("catalogue").category("c", "C").indicators(root.build()).build();
    Dataset.Builder data = Dataset.builder();
    for (int u = 0; u < VALUES.length; u++) {
      data.unit(Unit.of("U" + u, "Unit " + u, "c"));
      for (String leaf : LEAVES.keySet()) {
        data.value("U" + u, Q, leaf, VALUES[u]);
      }
    }
    AppraisalResult result = AppraisalEngine.builder().rules(BuiltInRules.registry()).build()
        .evaluate(policy, data.build(), Q);
    LEAVES.forEach((leaf, rule) -> {
      double[] expected = RuleHarness.score(rule.type(), 10, direction(leaf), rule.parameters(), VALUES);
      for (int u = 0; u < VALUES.length; u++) {
        double engine = result.unit("U" + u).orElseThrow().indicator(leaf).orElseThrow().score();
        assertEquals(expected[u], engine, 1e-12, leaf + " U" + u);
      }
    });
  }
}
