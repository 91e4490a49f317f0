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
import net.jqwik.api.Combinators;

/**
 * Min-max normalisation over the population, maybe after a transform, winsorising or caps; when all values are
 * equal, a fraction in tenths, or 1 by default. Minimum and maximum do not change with a copy of a unit, but
 * quantiles do: only winsorised cases are exempt from the duplicate property.
 */
class MinMaxContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("min-max").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Combinators.combine(optional(steps(0, 10, 0.1)), Parameters.preprocessing())
        .as((whenEqual, options) -> Parameters.merged(Parameters.of("whenEqual", whenEqual), options));
  }

  @Override
  public boolean invariantToDuplicateUnits(RuleCase ruleCase) {
    return !ruleCase.parameters().containsKey("winsorizeLower") && !ruleCase.parameters().containsKey("winsorizeUpper");
  }
}
