package io.appraisal.rules.contract;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleContract;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Ratio to the best unit: no parameters. The best value does not change with a copy of a unit. */
class RatioToBestContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("ratio-to-best").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Arbitraries.just(Map.of());
  }
}
