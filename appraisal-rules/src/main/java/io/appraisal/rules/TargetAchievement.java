package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/**
 * Target achievement: {@code max × min(1, actual / target)}; when lower is better (a ceiling to stay under), full
 * points at or below the target and {@code max × target / actual} above it.
 */
final class TargetAchievement extends BaseRuleType {
  TargetAchievement() {
    super("target-achievement", "Points = max × min(1, actual / target) (target / actual when lower is better).",
        required("target", NUMBER, "the target value (> 0)"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double target = Checks.positive(parameters, "target");
    return unitRule(ValueRange.NON_NEGATIVE, (raw, maxPoints, direction) -> {
      if (direction == Direction.HIGHER_IS_BETTER) {
        return maxPoints * Math.min(1, raw / target);
      }
      return raw <= target ? maxPoints : maxPoints * target / raw;
    });
  }
}
