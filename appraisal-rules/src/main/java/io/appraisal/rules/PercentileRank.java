package io.appraisal.rules;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.ScoringContext;

/**
 * Percentile rank among the units scored: {@code (below + (equal − 1) / 2) / (n − 1)}, where {@code below} counts
 * the units with a worse value, so the best unit earns full points, the worst none, and equal values earn the same.
 * A single unit earns full points.
 */
final class PercentileRank extends BaseRuleType {
  PercentileRank() {
    super("percentile-rank",
        "Points = max × (worse + (equal − 1) / 2) / (n − 1) over the population; a lone unit gets max.");
  }

  @Override
  public Rule create(RuleParameters parameters) {
    return new Rule() {
      @Override
      public boolean populationRelative() {
        return true;
      }

      @Override
      public void score(double[] raw, double[] points, ScoringContext context) {
        PopulationStats population = context.population();
        int n = population.count();
        double max = context.maxPoints();
        boolean higher = context.direction() == Direction.HIGHER_IS_BETTER;
        for (int i = 0; i < raw.length; i++) {
          double value = raw[i];
          if (!Double.isNaN(value)) {
            if (n == 1) {
              points[i] = max;
              continue;
            }
            int below = population.countBelow(value);
            int equal = population.countEqual(value);
            int worse = higher ? below : n - below - equal;
            points[i] = max * (worse + (equal - 1) / 2.0) / (n - 1);
          }
        }
      }
    };
  }
}
