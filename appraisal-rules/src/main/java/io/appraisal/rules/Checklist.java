package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.INTEGER;
import static io.appraisal.core.spi.ParameterSpec.optional;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/**
 * A checklist of yes/no items of equal value: the raw value is the number of items in place (1 = yes for a single
 * item), {@code points = max × raw / items}.
 */
final class Checklist extends BaseRuleType {
  Checklist() {
    super("checklist", "Points = max × done / items; the raw value counts the items in place (0..items).",
        optional("items", INTEGER, "how many yes/no items (>= 1); default 1"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    Checks.direction(parameters, Direction.HIGHER_IS_BETTER, "problem.rules.direction-items");
    int items = parameters.integer("items", 1);
    if (items < 1) {
      parameters.keyedProblem("items", Integer.toString(items), "problem.rules.at-least-one");
    }
    ValueRange range = ValueRange.of(0, Math.max(1, items));
    return unitRule(range, (raw, maxPoints, direction) -> maxPoints * Math.floor(raw) / range.max());
  }
}
