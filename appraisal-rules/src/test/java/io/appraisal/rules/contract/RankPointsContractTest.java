package io.appraisal.rules.contract;

import static io.appraisal.rules.contract.Parameters.optional;
import static io.appraisal.rules.contract.Parameters.steps;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleCase;
import io.appraisal.testkit.RuleContract;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Points by rank ("first 10, second 9.5, ..., at least 6"): one to five listed ranks with whole points, never
 * increasing; maybe a step in halves for the ranks beyond and a floor at most the last listed points. A copy of a unit
 * pushes the units behind it down a rank, so the duplicate property does not apply.
 */
class RankPointsContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("rank-points").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    Arbitrary<List<Integer>> listed = Arbitraries.integers().between(0, (int) maxPoints).list().ofMinSize(1)
        .ofMaxSize(5).map(points -> points.stream().sorted(Comparator.reverseOrder()).toList());
    return listed.flatMap(points -> Combinators.combine(optional(steps(1, 4, 0.5)),
            optional(Arbitraries.integers().between(0, points.get(points.size() - 1))))
        .as((step, floor) -> Parameters.of("points", points, "step", step, "floor", floor)));
  }

  @Override
  public double pointsFloor(RuleCase ruleCase) {
    return Parameters.number(ruleCase.parameters(), "floor", 0);
  }

  @Override
  public double pointsCeiling(RuleCase ruleCase) {
    return ((List<?>) ruleCase.parameters().get("points")).stream().mapToDouble(p -> ((Number) p).doubleValue())
        .max().orElse(0);
  }

  @Override
  public boolean invariantToDuplicateUnits(RuleCase ruleCase) {
    return false;
  }
}
