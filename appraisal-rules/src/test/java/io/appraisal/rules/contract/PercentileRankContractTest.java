package io.appraisal.rules.contract;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleCase;
import io.appraisal.testkit.RuleContract;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Percentile rank among the units: the midrank definition (default) or the Handbook's rank / n. It counts units,
 * so a copy of a unit changes the others' ranks: the rule's definition does not imply invariance to duplicates.
 */
class PercentileRankContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("percentile-rank").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Parameters.optional(Arbitraries.of("midrank", "handbook")).map(method -> Parameters.of("method", method));
  }

  @Override
  public boolean invariantToDuplicateUnits(RuleCase ruleCase) {
    return false;
  }
}
