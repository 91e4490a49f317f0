package io.appraisal.rules.contract;

import static io.appraisal.rules.contract.Parameters.whole;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleContract;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Distance to a target: whole-number targets from 0 to 100 and tolerances from 1 to 50. */
class DistanceToTargetContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("distance-to-target").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Combinators.combine(whole(0, 100), whole(1, 50))
        .as((target, tolerance) -> Parameters.of("target", target, "tolerance", tolerance));
  }
}
