package io.appraisal.rules.contract;

import static io.appraisal.rules.contract.Parameters.whole;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.RuleContract;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Fixed goalposts (the HDI's dimension indices): whole-number goalposts from −50 to 150 (lower −50..50), or
 * positive ones under an ln or log10 transform.
 */
class GoalpostsContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("goalposts").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    Arbitrary<Map<String, Object>> linear = Combinators.combine(whole(-50, 50), whole(1, 100))
        .as((lower, span) -> Parameters.of("lower", lower, "upper", lower + span));
    Arbitrary<Map<String, Object>> logarithmic = Combinators.combine(whole(1, 100), whole(1, 1000),
            Arbitraries.of("ln", "log10"))
        .as((lower, span, transform) -> Parameters.of("lower", lower, "upper", lower + span, "transform",
            transform));
    return Arbitraries.oneOf(linear, logarithmic);
  }
}
