package org.example.appraisal.plugin;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import io.appraisal.testkit.RuleContract;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** The plug-in's author proves the rule with the library's contract, as the built-in rules are proved. */
class SteppedPenaltyContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return new SteppedPenalty();
  }

  @Override
  public Set<Direction> directions() {
    return Set.of(Direction.HIGHER_IS_BETTER);
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Combinators.combine(
            Arbitraries.integers().between(50, 100),
            Arbitraries.integers().between(1, 20),
            Arbitraries.doubles().between(0.1, 5).ofScale(1))
        .as((threshold, step, penalty) -> Map.of("threshold", threshold, "step", step, "penaltyPerStep", penalty));
  }
}
