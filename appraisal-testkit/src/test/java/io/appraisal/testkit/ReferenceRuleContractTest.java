package io.appraisal.testkit;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Arbitraries;

/** The testkit's own reference rule keeps the contract it asks of others. */
class ReferenceRuleContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return new ReferenceRule();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Combinators.combine(Arbitraries.integers().between(-50, 50), Arbitraries.integers().between(1, 100))
        .as((lower, span) -> Map.of("lower", lower, "upper", lower + span));
  }
}
