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

/** 扣分: 0.5 to 5 points per incident, sometimes capped; whole counts of incidents. */
class DeductionPerIncidentContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("deduction-per-incident").orElseThrow();
  }

  @Override
  public Set<Direction> directions() {
    return EnumSet.of(Direction.LOWER_IS_BETTER);
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Combinators.combine(steps(1, 10, 0.5), optional(whole(1, (int) maxPoints)))
        .as((perIncident, cap) -> Parameters.of("perIncident", perIncident, "cap", cap));
  }

  @Override
  public Arbitrary<Double> rawValues(ValueRange inputRange) {
    return Parameters.counts(30);
  }

  @Override
  public double pointsFloor(RuleCase ruleCase) {
    return Math.max(0, ruleCase.maxPoints() - Parameters.number(ruleCase.parameters(), "cap", ruleCase.maxPoints()));
  }
}
