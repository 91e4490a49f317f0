package io.appraisal.rules.contract;

import static io.appraisal.rules.contract.Parameters.optional;
import static io.appraisal.rules.contract.Parameters.whole;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleContract;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Yes/no checklists of one to five items; the raw value counts the items in place, so more is better. A checklist
 * cannot score a lower-is-better indicator sensibly, so the contract expects the rule type to reject one.
 */
class ChecklistContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("checklist").orElseThrow();
  }

  @Override
  public Set<Direction> directions() {
    return EnumSet.of(Direction.HIGHER_IS_BETTER);
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return optional(whole(1, 5)).map(items -> Parameters.of("items", items));
  }

  @Override
  public Arbitrary<Double> rawValues(ValueRange inputRange) {
    return Arbitraries.integers().between(0, (int) inputRange.max()).map(Integer::doubleValue);
  }
}
