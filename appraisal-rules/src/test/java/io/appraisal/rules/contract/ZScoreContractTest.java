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
 * Z-scores over the population, maybe after a transform, winsorising or caps: z from −3..−1 (0 points) to 1..3 (full
 * points) when given. Mean and standard deviation change with a copy of a unit, so the duplicate property does not
 * apply.
 */
class ZScoreContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("z-score").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Combinators.combine(optional(steps(-6, -2, 0.5)), optional(steps(2, 6, 0.5)), optional(steps(0, 10, 0.1)),
            Parameters.preprocessing())
        .as((zMin, zMax, whenEqual, options) -> Parameters.merged(
            Parameters.of("zMin", zMin, "zMax", zMax, "whenEqual", whenEqual), options));
  }

  @Override
  public boolean invariantToDuplicateUnits(RuleCase ruleCase) {
    return false;
  }
}
