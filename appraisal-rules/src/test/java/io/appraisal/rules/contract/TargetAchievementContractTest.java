package io.appraisal.rules.contract;

import static io.appraisal.rules.contract.Parameters.whole;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleContract;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/** Target achievement ("7 points, target 4 activities"): whole-number targets from 1 to 100. */
class TargetAchievementContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("target-achievement").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return whole(1, 100).map(target -> Parameters.of("target", target));
  }
}
