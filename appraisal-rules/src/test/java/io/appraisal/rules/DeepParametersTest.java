package io.appraisal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A caller's nested parameter lists and maps, changed after building, change neither the hash nor the scores. */
class DeepParametersTest {
  private static final Period Q4 = Period.quarter(2022, 4);

  private static Policy policy(List<Object> bands) {
    return Policy.builder("deep").category("c", "c")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("a", "a", new RuleSpec("bands", Map.of("bands", bands))).points(10))
            .build())
        .build();
  }

  /*
   * Bands: at least 0 → 0 points, at least 5 → 10 points (of 10). U1 raw 6 reaches the second band: 10 points,
   * score rate 10 / 10 × 100 = 100. Had the edits below reached the rule, its top band would give 4 points (40).
   */
  @Test
  void nestedParametersChangedAfterBuildingChangeNothing() {
    Map<String, Object> top = new HashMap<>(Map.of("atLeast", 5, "points", 10));
    List<Object> bands = new ArrayList<>(List.of(Map.of("atLeast", 0, "points", 0), top));
    AppraisalEngine engine = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();
    CompiledPolicy compiled = engine.compile(policy(bands));
    Dataset data = Dataset.builder().unit(Unit.of("U1", "one", "c")).value("U1", Q4, "a", 6).build();

    top.put("points", 4);
    bands.add(Map.of("atLeast", 9, "points", 9));

    AppraisalResult result = compiled.evaluate(data, Q4);
    assertEquals(100, result.unit("U1").orElseThrow().scoreRate(), 1e-9);
    AppraisalResult fresh = engine.compile(policy(List.of(Map.of("atLeast", 0, "points", 0),
        Map.of("atLeast", 5, "points", 10)))).evaluate(data, Q4);
    assertEquals(fresh.provenance().policySha256(), result.provenance().policySha256());
    // A policy built with the edited bands scores 40 and hashes differently: the checks above can fail.
    AppraisalResult edited = engine.compile(policy(bands)).evaluate(data, Q4);
    assertEquals(40, edited.unit("U1").orElseThrow().scoreRate(), 1e-9);
    assertNotEquals(edited.provenance().policySha256(), result.provenance().policySha256());
  }
}
