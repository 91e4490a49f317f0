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
 * Above or below the mean, within ±p (0 to 0.9) of it; near-the-mean points sometimes set (between below = 0 and
 * above = max). A copy of a unit moves the mean.
 */
class MeanThresholdsContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("mean-thresholds").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Combinators.combine(steps(0, 18, 0.05), optional(steps(0, 4, maxPoints / 4)))
        .as((p, near) -> Parameters.of("p", p, "near", near));
  }

  @Override
  public boolean invariantToDuplicateUnits(RuleCase ruleCase) {
    return false;
  }
}
