package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.STRING;
import static io.appraisal.core.spi.ParameterSpec.optional;

import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.ScoringContext;

/**
 * Percentile rank among the units scored, by one of two definitions ({@code method}), where {@code worse} counts the
 * units with a worse value and {@code equal} those with the same value (itself included):
 *
 * <ul>
 *   <li>{@code midrank} (default): {@code (worse + (equal − 1) / 2) / (n − 1)}, so the best unit earns full points,
 *       the worst none, and equal values share the mean of their places. A single unit earns full points.
 *   <li>{@code handbook}: the OECD/JRC Handbook's percentile, {@code rank / n} with the rank counted from the worst
 *       ({@code (worse + equal) / n}, the share of units at or below the value): the best unit earns full points and
 *       the worst {@code 1 / n}, never 0; equal values share the higher rank. Of 4 units: 0.25, 0.5, 0.75, 1 (midrank:
 *       0, 1/3, 2/3, 1).
 * </ul>
 */
final class PercentileRank extends BaseRuleType {
  PercentileRank() {
    super("percentile-rank",
        "Points = max × (worse + (equal − 1) / 2) / (n − 1) over the population (a lone unit gets max); with method"
            + " handbook, max × (worse + equal) / n.",
        optional("method", STRING, "midrank (default) or handbook (rank / n, counted from the worst)"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    String method = parameters.string("method", "midrank");
    boolean handbook = method.equals("handbook");
    if (!handbook && !method.equals("midrank")) {
      parameters.keyedProblem("method", method, "problem.rules.percentile-method");
    }
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
        for (int i = 0; i < raw.length; i++) {
          double value = raw[i];
          if (!Double.isNaN(value)) {
            int equal = population.countEqual(value);
            int worse = PopulationRule.worse(population, value, context.direction());
            if (handbook) {
              points[i] = max * (worse + equal) / n;
            } else {
              points[i] = n == 1 ? max : max * (worse + (equal - 1) / 2.0) / (n - 1);
            }
          }
        }
      }
    };
  }
}
