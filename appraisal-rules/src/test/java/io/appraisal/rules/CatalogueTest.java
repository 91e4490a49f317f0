package io.appraisal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.RuleType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The full catalogue of built-in rule types, registered both ways. */
class CatalogueTest {
  @Test
  void everyRuleTypeIsRegistered() {
    Set<String> ids = Set.of("deduction-per-incident", "bonus-per-item", "threshold-penalty", "proportional",
        "bands", "checklist", "target-achievement", "goalposts", "min-max", "percentile-rank", "rank-points",
        "repeated-incident", "z-score", "distance-to-target", "ratio-to-mean", "ratio-to-best", "percentile-bands",
        "ratio-to-worst", "relative-difference", "mean-thresholds");
    assertEquals(ids, BuiltInRules.registry().types().keySet());
  }

  @Test
  void everyRuleTypeDescribesItselfAndItsParameters() {
    for (RuleType type : BuiltInRules.all()) {
      assertFalse(type.description().isBlank(), type.id());
      List<String> names = type.parameters().stream().map(ParameterSpec::name).toList();
      assertEquals(names.size(), Set.copyOf(names).size(), type.id() + " declares a parameter twice: " + names);
      assertTrue(type.parameters().stream().noneMatch(p -> p.description().isBlank()), type.id());
    }
  }

  @Test
  void minMaxAndZScoreShareTheNormalisationOptions() {
    for (String id : List.of("min-max", "z-score")) {
      List<String> names = BuiltInRules.registry().find(id).orElseThrow().parameters().stream()
          .map(ParameterSpec::name).toList();
      assertTrue(names.containsAll(List.of("transform", "winsorizeLower", "winsorizeUpper", "capLower", "capUpper")),
          id + ": " + names);
    }
  }
}
