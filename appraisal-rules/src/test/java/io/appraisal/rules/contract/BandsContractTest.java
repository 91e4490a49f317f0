package io.appraisal.rules.contract;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.Appraisals;
import io.appraisal.testkit.RuleCase;
import io.appraisal.testkit.RuleContract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Banded lookups ("1–2 → 2, 3–5 → 4, ≥ 6 → 6"): one to four bands on whole-number bounds, better bands earning at
 * least as much; raw values whole or with decimals, so that band edges are hit.
 */
class BandsContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("bands").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    Arbitrary<List<Integer>> bounds = Arbitraries.integers().between(0, 50).set().ofMinSize(1).ofMaxSize(4)
        .map(set -> set.stream().sorted().toList());
    return bounds.flatMap(sorted -> Arbitraries.integers().between(0, (int) maxPoints).list().ofSize(sorted.size())
        .map(points -> {
          List<Integer> ascending = new ArrayList<>(points);
          Collections.sort(ascending);
          if (direction == Direction.LOWER_IS_BETTER) {
            Collections.reverse(ascending);
          }
          String key = direction == Direction.HIGHER_IS_BETTER ? "atLeast" : "atMost";
          List<Object> bands = new ArrayList<>();
          for (int i = 0; i < sorted.size(); i++) {
            bands.add(Parameters.of(key, sorted.get(i), "points", ascending.get(i)));
          }
          return Map.of("bands", bands);
        }));
  }

  @Override
  public Arbitrary<Double> rawValues(ValueRange inputRange) {
    return Arbitraries.oneOf(Parameters.counts(60), Appraisals.rawValues(ValueRange.of(0, 60)));
  }

  @Override
  public double pointsCeiling(RuleCase ruleCase) {
    List<?> bands = (List<?>) ruleCase.parameters().get("bands");
    return bands.stream().mapToDouble(band -> Parameters.number((Map<String, ?>) band, "points", 0)).max()
        .orElse(0);
  }
}
