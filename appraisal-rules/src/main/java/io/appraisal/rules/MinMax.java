package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.optional;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.ScoringContext;
import java.util.function.DoubleUnaryOperator;

/**
 * Min-max normalisation over the units scored: {@code (x − min) / (max − min)}, reversed when lower is better. When
 * every unit has the same value the fraction is {@code whenEqual} (1 by default: no unit is behind another). The
 * values may first be winsorised and transformed ({@link Preprocessing}); min and max are then those of the
 * prepared values.
 */
final class MinMax extends BaseRuleType {
  MinMax() {
    super("min-max", "Points = max × (x − min) / (max − min) over the population, reversed when lower is better;"
            + " x optionally winsorised, then transformed.",
        Preprocessing.withOptions(optional("whenEqual", NUMBER,
            "the fraction (0..1) every unit gets when all values are equal; default 1")));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double whenEqual = Preprocessing.whenEqual(parameters, 1);
    return new Preprocessing.PreparedRule(Preprocessing.parse(parameters)) {
      @Override
      DoubleUnaryOperator normaliser(Preprocessing.Prepared prepared, ScoringContext context) {
        double min = prepared.min();
        double span = prepared.max() - min;
        double max = context.maxPoints();
        boolean higher = context.direction() == Direction.HIGHER_IS_BETTER;
        double scale = span > 0 ? max / span : 0;
        return value -> {
          // min(max, ...): (top − min) × (max / span) can exceed max by an ulp, and then the reversal would be < 0.
          double scored = span > 0 ? Math.min(max, (value - min) * scale) : max * whenEqual;
          return higher || span == 0 ? scored : max - scored;
        };
      }
    };
  }
}
