package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/**
 * Distance to a fixed target, normalised by a tolerance: {@code max × clamp(1 − |x − target| / tolerance)} for a
 * value on the short side of the target (below it when higher is better, above it when lower is better); a value at
 * or beyond the target earns full points. Going past the target is never penalised, because a rule must be monotone
 * in the indicator's direction: an indicator whose best value lies in the middle (target-is-best) has no direction
 * to declare.
 */
final class DistanceToTarget extends BaseRuleType {
  DistanceToTarget() {
    super("distance-to-target", "Points = max × clamp(1 − shortfall / tolerance), shortfall = how far x falls short"
            + " of the target (below it when higher is better, above it when lower is better).",
        required("target", NUMBER, "the value that earns full points"),
        required("tolerance", NUMBER, "the shortfall that earns 0 points (> 0)"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double target = parameters.number("target");
    double tolerance = Checks.positive(parameters, "tolerance");
    // The value that earns 0 points, on the short side of the target; points rise linearly from it to the target.
    double zeroAt = parameters.direction() == Direction.HIGHER_IS_BETTER ? target - tolerance : target + tolerance;
    return unitRule(ValueRange.ANY,
        (raw, maxPoints, direction) -> maxPoints * clamp01((raw - zeroAt) / (target - zeroAt)));
  }
}
