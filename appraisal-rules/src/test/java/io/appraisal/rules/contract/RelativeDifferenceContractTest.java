package io.appraisal.rules.contract;

import static io.appraisal.rules.contract.Parameters.optional;
import static io.appraisal.rules.contract.Parameters.steps;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleCase;
import io.appraisal.testkit.RuleContract;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Relative difference from the worst, best or mean value, or from a fixed reference (negative ones included), with
 * {@code zero} from −2 to 1 and {@code full} above it. A copy of a unit moves the mean, not the worst or best value.
 */
class RelativeDifferenceContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("relative-difference").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    Arbitrary<Map<String, Object>> reference = Arbitraries.oneOf(
        Arbitraries.of("worst", "best", "mean").map(name -> Parameters.of("reference", name)),
        Arbitraries.of(-50, -1, 1, 10, 100).map(value -> Parameters.of("referenceValue", value)));
    return Combinators.combine(reference, optional(steps(-8, 4, 0.25)), steps(1, 12, 0.25))
        .as((ref, zero, span) -> Parameters.merged(ref,
            Parameters.of("full", zero.orElse(0.0) + span, "zero", zero)));
  }

  @Override
  public boolean invariantToDuplicateUnits(RuleCase ruleCase) {
    return !"mean".equals(ruleCase.parameters().get("reference"));
  }
}
