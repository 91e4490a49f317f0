package io.appraisal.rules.contract;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleCase;
import io.appraisal.testkit.RuleContract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Percentile bands ("top 10 % → 10, top 30 % → 8"): one to four bands at whole per cents, wider bands earning no
 * more; or counted from the bottom ("bottom 10 % → 0, bottom 40 % → 5"), wider bands earning no less. Places are
 * shares of the units counted, so a copy of a unit moves them: the duplicate property does not apply.
 */
class PercentileBandsContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("percentile-bands").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    Arbitrary<List<Integer>> tops = Arbitraries.integers().between(1, 100).set().ofMinSize(1).ofMaxSize(4)
        .map(set -> set.stream().sorted().toList());
    return Arbitraries.of("top", "bottom").flatMap(end -> tops.flatMap(sorted -> Arbitraries.integers()
        .between(0, (int) maxPoints).list().ofSize(sorted.size())
        .map(points -> {
          List<Integer> ordered = new ArrayList<>(points);
          ordered.sort(end.equals("top") ? Collections.reverseOrder() : Comparator.naturalOrder());
          List<Object> bands = new ArrayList<>();
          for (int i = 0; i < sorted.size(); i++) {
            bands.add(Parameters.of(end, sorted.get(i), "points", ordered.get(i)));
          }
          return Map.of("bands", bands);
        })));
  }

  @Override
  public double pointsCeiling(RuleCase ruleCase) {
    if (((List<?>) ruleCase.parameters().get("bands")).stream().anyMatch(band -> ((Map<?, ?>) band).containsKey(
        "bottom"))) {
      return ruleCase.maxPoints();
    }
    return ((List<?>) ruleCase.parameters().get("bands")).stream()
        .mapToDouble(band -> Parameters.number((Map<String, ?>) band, "points", 0)).max().orElse(0);
  }

  @Override
  public boolean invariantToDuplicateUnits(RuleCase ruleCase) {
    return false;
  }
}
