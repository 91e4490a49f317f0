package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.optional;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/**
 * A rate threshold with a linear penalty: full points at or beyond the threshold, {@code penaltyPerUnit} lost per
 * unit short of it (below it when higher is better, above it when lower is better), at most {@code cap}, never
 * below zero. "Consultation rate ≥ 95 %, −1 per percentage point below".
 */
final class ThresholdPenalty extends BaseRuleType {
  ThresholdPenalty() {
    super("threshold-penalty",
        "Points = max(0, max − min(cap, penaltyPerUnit × shortfall)); shortfall = distance to the threshold on the"
            + " wrong side.",
        required("threshold", NUMBER, "the value that earns full points"),
        required("penaltyPerUnit", NUMBER, "points lost per unit of shortfall (> 0)"),
        optional("cap", NUMBER, "the most points lost (> 0); default: the indicator's maximum"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double threshold = parameters.number("threshold");
    double penalty = Checks.positive(parameters, "penaltyPerUnit");
    double cap = Checks.optionalCap(parameters);
    return unitRule(ValueRange.ANY, (raw, maxPoints, direction) -> {
      double shortfall = direction == Direction.HIGHER_IS_BETTER ? threshold - raw : raw - threshold;
      return Math.max(0, maxPoints - Math.min(cap, penalty * Math.max(0, shortfall)));
    });
  }
}
