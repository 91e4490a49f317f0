package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.optional;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.ScoringContext;

/**
 * Min-max normalisation over the units scored: {@code (x − min) / (max − min)}, reversed when lower is better. When
 * every unit has the same value the fraction is {@code whenEqual} (1 by default: no unit is behind another).
 */
public final class MinMax extends BaseRuleType {
  public MinMax() {
    super("min-max", "Points = max × (x − min) / (max − min) over the population, reversed when lower is better.",
        optional("whenEqual", NUMBER, "the fraction (0..1) every unit gets when all values are equal; default 1"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double whenEqual = parameters.number("whenEqual", 1);
    if (whenEqual < 0 || whenEqual > 1) {
      parameters.problem("whenEqual", Checks.format(whenEqual), "must lie in [0, 1]");
    }
    return new Rule() {
      @Override
      public boolean populationRelative() {
        return true;
      }

      @Override
      public void score(double[] raw, double[] points, ScoringContext context) {
        PopulationStats population = context.population();
        double min = population.min();
        double span = population.max() - min;
        double max = context.maxPoints();
        boolean higher = context.direction() == Direction.HIGHER_IS_BETTER;
        double scale = span > 0 ? max / span : 0;
        for (int i = 0; i < raw.length; i++) {
          double value = raw[i];
          if (!Double.isNaN(value)) {
            double scored = span > 0 ? (value - min) * scale : max * whenEqual;
            points[i] = higher || span == 0 ? scored : max - scored;
          }
        }
      }
    };
  }
}
