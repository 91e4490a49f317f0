package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.optional;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.ScoringContext;
import java.util.function.DoubleUnaryOperator;

/**
 * Standardisation (z-score) over the units scored: {@code z = (x − mean) / sd} with the sample standard deviation
 * (n − 1), negated when lower is better, mapped to points linearly from {@code zMin} (0 points) to {@code zMax}
 * (full points) and clamped: {@code max × clamp((z − zMin) / (zMax − zMin))}. The defaults −3 and 3 put the mean at
 * half points. When the standard deviation is 0 (all values equal, or a single unit) every unit gets the fraction
 * {@code whenEqual}, 0.5 by default (the mean's place). The values may first be winsorised and transformed ({@link
 * Preprocessing}); mean and sd are then those of the prepared values.
 */
final class ZScore extends BaseRuleType {
  ZScore() {
    super("z-score", "Points = max × clamp((z − zMin) / (zMax − zMin)), z = (x − mean) / sample sd over the"
            + " population (−z when lower is better); x optionally winsorised, then transformed.",
        Preprocessing.withOptions(
            optional("zMin", NUMBER, "the z that earns 0 points; default -3"),
            optional("zMax", NUMBER, "the z that earns full points (> zMin); default 3"),
            optional("whenEqual", NUMBER, "the fraction (0..1) every unit gets when the sd is 0; default 0.5")));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double zMin = parameters.number("zMin", -3);
    double zMax = parameters.number("zMax", 3);
    if (!(zMin < zMax)) {
      Checks.above(parameters, "zMax", zMax, "zMin", zMin);
    }
    double whenEqual = Preprocessing.whenEqual(parameters, 0.5);
    return new Preprocessing.PreparedRule(Preprocessing.parse(parameters)) {
      @Override
      DoubleUnaryOperator normaliser(Preprocessing.Prepared prepared, ScoringContext context) {
        double max = context.maxPoints();
        double mean = prepared.mean();
        double sd = prepared.sd();
        double sign = context.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        if (!(sd > 0)) {
          return value -> max * whenEqual;
        }
        return value -> max * clamp01((sign * (value - mean) / sd - zMin) / (zMax - zMin));
      }
    };
  }
}
