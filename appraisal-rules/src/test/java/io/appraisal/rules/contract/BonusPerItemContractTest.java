package io.appraisal.rules.contract;

import static io.appraisal.rules.contract.Parameters.optional;
import static io.appraisal.rules.contract.Parameters.steps;
import static io.appraisal.rules.contract.Parameters.whole;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleCase;
import io.appraisal.testkit.RuleContract;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** 加分: 0.5 to 3 points per item, sometimes capped below the maximum; whole counts of items. */
class BonusPerItemContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("bonus-per-item").orElseThrow();
  }

  @Override
  public Set<Direction> directions() {
    return EnumSet.of(Direction.HIGHER_IS_BETTER);
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Combinators.combine(steps(1, 6, 0.5), optional(whole(1, (int) maxPoints)))
        .as((perItem, cap) -> Parameters.of("perItem", perItem, "cap", cap));
  }

  @Override
  public Arbitrary<Double> rawValues(ValueRange inputRange) {
    return Parameters.counts(30);
  }

  @Override
  public double pointsCeiling(RuleCase ruleCase) {
    return Math.min(ruleCase.maxPoints(), Parameters.number(ruleCase.parameters(), "cap", ruleCase.maxPoints()));
  }
}
