package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.optional;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/** 加分: points per item achieved, capped. {@code points = min(max, cap, perItem × count)}. */
final class BonusPerItem extends BaseRuleType {
  BonusPerItem() {
    super("bonus-per-item", "Points = min(max, cap, perItem × items); the raw value counts items.",
        required("perItem", NUMBER, "points per item (> 0)"),
        optional("cap", NUMBER, "the most points in all (> 0); default: the indicator's maximum"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    Checks.direction(parameters, Direction.HIGHER_IS_BETTER, "problem.rules.direction-achievements");
    double perItem = Checks.positive(parameters, "perItem");
    double cap = Checks.optionalCap(parameters);
    return unitRule(ValueRange.NON_NEGATIVE,
        (raw, maxPoints, direction) -> Math.min(maxPoints, Math.min(cap, perItem * raw)));
  }
}
