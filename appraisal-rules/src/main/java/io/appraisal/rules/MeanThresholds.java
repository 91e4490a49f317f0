package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.optional;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.ScoringContext;
import java.util.function.DoubleUnaryOperator;

/**
 * Indicators above or below the mean (OECD/JRC Handbook): with {@code w = x / mean} over the units scored, a unit is
 * above ({@code w > 1 + p}), near ({@code 1 − p <= w <= 1 + p}) or below ({@code w < 1 − p}) the mean; when lower is
 * better above and below swap. The Handbook scores these +1, 0 and −1; scores here must lie in {@code [0, max]}, so
 * the three are offset to {@code above} (default max), {@code near} (default max / 2) and {@code below} (default 0):
 * {@code points = max × (s + 1) / 2} for the Handbook's {@code s}. Raw values must be non-negative; when the mean is
 * 0 (every value 0) every unit is near it.
 */
final class MeanThresholds extends BaseRuleType {
  MeanThresholds() {
    super("mean-thresholds", "Points = above, near or below (default max, max / 2, 0: the Handbook's +1, 0, −1"
            + " offset) as x / mean lies above 1 + p, within [1 − p, 1 + p] or below 1 − p; values >= 0.",
        required("p", NUMBER, "the half-width of the band around the mean, as a fraction of it (0 <= p < 1)"),
        optional("above", NUMBER, "points of a unit better than the band; default max"),
        optional("near", NUMBER, "points of a unit within the band; default max / 2"),
        optional("below", NUMBER, "points of a unit worse than the band; default 0"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double p = parameters.number("p");
    if (!(p >= 0 && p < 1)) {
      parameters.keyedProblem("p", Checks.format(p), "problem.rules.half-width-range");
    }
    double max = parameters.maxPoints();
    double above = parameters.raw("above").map(v -> Checks.points(parameters, "above", v)).orElse(max);
    double near = parameters.raw("near").map(v -> Checks.points(parameters, "near", v)).orElse(max / 2);
    double below = parameters.raw("below").map(v -> Checks.points(parameters, "below", v)).orElse(0.0);
    if (!(below <= near && near <= above)) {
      parameters.keyedProblem("near", Checks.format(near), "problem.rules.near-between", Checks.format(below),
          Checks.format(above));
    }
    return new PopulationRule() {
      @Override
      public ValueRange inputRange() {
        return ValueRange.NON_NEGATIVE;
      }

      @Override
      DoubleUnaryOperator scorer(double[] raw, ScoringContext context) {
        double mean = context.population().mean();
        boolean higher = context.direction() == Direction.HIGHER_IS_BETTER;
        // The points of a raw value over the band and under it: above and below swap when lower is better.
        double over = higher ? above : below;
        double under = higher ? below : above;
        return value -> {
          // x / mean against 1 ± p, compared as x against mean × (1 ± p) so a mean of 0 puts every unit near it.
          if (value > mean * (1 + p)) {
            return over;
          }
          return value < mean * (1 - p) ? under : near;
        };
      }
    };
  }
}
