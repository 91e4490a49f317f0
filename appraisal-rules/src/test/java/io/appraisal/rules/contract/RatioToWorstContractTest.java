package io.appraisal.rules.contract;

import static io.appraisal.rules.contract.Parameters.steps;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleContract;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/** Ratio to the worst unit, full at a ratio of 1 to 5. The worst value does not change with a copy of a unit. */
class RatioToWorstContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("ratio-to-worst").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return steps(2, 10, 0.5).map(full -> Parameters.of("full", full));
  }
}
