package io.appraisal.rules;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/**
 * Ratio to the best unit (distance to a reference, the reference being the best value scored): {@code max × x /
 * best} when higher is better, {@code max × best / x} when lower is better, so the best unit earns full points. Raw
 * values must be non-negative; zeros are handled as {@link RatioRule} says (when lower is better and the best value
 * is 0, every other unit earns 0).
 */
final class RatioToBest extends BaseRuleType {
  RatioToBest() {
    super("ratio-to-best", "Points = max × x / best (max × best / x when lower is better), best = the best value"
        + " scored; values >= 0.");
  }

  @Override
  public Rule create(RuleParameters parameters) {
    return new RatioRule(
        (population, direction) -> direction == Direction.HIGHER_IS_BETTER ? population.max() : population.min(), 1);
  }
}
