package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.optional;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/**
 * Points proportional to a rate: {@code max × raw / full} ("10 points × appearance rate"); when lower is better,
 * {@code max × (1 − raw / full)}. Values beyond {@code full} are capped.
 */
final class Proportional extends BaseRuleType {
  Proportional() {
    super("proportional", "Points = max × clamp(raw / full, 0, 1) (1 − that when lower is better).",
        optional("full", NUMBER, "the raw value that earns full points (> 0); default 100"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double full = parameters.has("full") ? Checks.positive(parameters, "full") : 100;
    return unitRule(ValueRange.NON_NEGATIVE, (raw, maxPoints, direction) -> {
      double fraction = clamp01(raw / full);
      return maxPoints * (direction == Direction.HIGHER_IS_BETTER ? fraction : 1 - fraction);
    });
  }
}
