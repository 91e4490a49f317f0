package io.appraisal.rules.contract;

import static io.appraisal.rules.contract.Parameters.optional;
import static io.appraisal.rules.contract.Parameters.steps;
import static io.appraisal.rules.contract.Parameters.whole;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.RuleType;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.Appraisals;
import io.appraisal.testkit.RuleCase;
import io.appraisal.testkit.RuleContract;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Rate thresholds ("≥ 95 %, −1 per point below"): thresholds 0..100, 0.1 to 5 points per unit short, maybe capped. */
class ThresholdPenaltyContractTest implements RuleContract {
  @Override
  public RuleType ruleType() {
    return BuiltInRules.registry().find("threshold-penalty").orElseThrow();
  }

  @Override
  public Arbitrary<Map<String, Object>> parameters(Direction direction, double maxPoints) {
    return Combinators.combine(whole(0, 100), steps(1, 50, 0.1), optional(whole(1, (int) maxPoints)))
        .as((threshold, penalty, cap) -> Parameters.of("threshold", threshold, "penaltyPerUnit", penalty,
            "cap", cap));
  }

  @Override
  public Arbitrary<Double> rawValues(ValueRange inputRange) {
    return Appraisals.rawValues(ValueRange.PERCENT);
  }

  @Override
  public double pointsFloor(RuleCase ruleCase) {
    return Math.max(0, ruleCase.maxPoints() - Parameters.number(ruleCase.parameters(), "cap", ruleCase.maxPoints()));
  }
}
