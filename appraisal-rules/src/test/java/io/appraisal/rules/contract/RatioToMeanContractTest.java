package io.appraisal.rules.contract;

import static io.appraisal.rules.contract.Parameters.optional;
import static io.appraisal.rules.contract.Parameters.steps;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleCase;
import io.appraisal.testkit.RuleContract;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/** Ratio to the population mean, full at a ratio of 0.5 to 4 (2 by default). A copy of a unit moves the mean. */
class RatioToMeanContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("ratio-to-mean").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return optional(steps(1, 8, 0.5)).map(full -> Parameters.of("full", full));
  }

  @Override
  public boolean invariantToDuplicateUnits(RuleCase ruleCase) {
    return false;
  }
}
