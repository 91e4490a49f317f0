package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.optional;

import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/**
 * Ratio to the mean of the units scored: {@code ratio = x / mean} when higher is better, {@code mean / x} when lower
 * is better, scored {@code max × clamp(ratio / full)}. With the default {@code full = 2} a unit at the mean earns half
 * points and one at twice the mean (half the mean, when lower is better) or better earns full points. Raw values must
 * be non-negative; zeros are handled as {@link RatioRule} says.
 */
final class RatioToMean extends BaseRuleType {
  RatioToMean() {
    super("ratio-to-mean", "Points = max × clamp(ratio / full), ratio = x / mean (mean / x when lower is better)"
            + " over the population; values >= 0.",
        optional("full", NUMBER, "the ratio that earns full points (> 0); default 2"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double full = parameters.has("full") ? Checks.positive(parameters, "full") : 2;
    return new RatioRule((population, direction) -> population.mean(), full);
  }
}
