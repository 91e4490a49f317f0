package io.appraisal.rules;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.ScoringContext;
import java.util.function.DoubleUnaryOperator;

/**
 * A rule whose scores depend on the other units' values (min-max, z-score, ranks): implementers look at the column
 * once and return the function that scores one raw value of it.
 */
abstract class PopulationRule implements Rule {
  @Override
  public final boolean populationRelative() {
    return true;
  }

  /** The points of one raw value of this column, each in {@code [0, context.maxPoints()]}. */
  abstract DoubleUnaryOperator scorer(double[] raw, ScoringContext context);

  @Override
  public final void score(double[] raw, double[] points, ScoringContext context) {
    DoubleUnaryOperator scorer = scorer(raw, context);
    for (int i = 0; i < raw.length; i++) {
      if (!Double.isNaN(raw[i])) {
        points[i] = scorer.applyAsDouble(raw[i]);
      }
    }
  }

  /** The competition rank of {@code value} among the values scored: 1 + how many are strictly better (1, 2, 2, 4). */
  static int competitionRank(PopulationStats population, double value, Direction direction) {
    int below = population.countBelow(value);
    int better = direction == Direction.HIGHER_IS_BETTER
        ? population.count() - below - population.countEqual(value)
        : below;
    return better + 1;
  }

  /** How many of the values scored are strictly worse than {@code value}. */
  static int worse(PopulationStats population, double value, Direction direction) {
    int below = population.countBelow(value);
    return direction == Direction.HIGHER_IS_BETTER
        ? below
        : population.count() - below - population.countEqual(value);
  }
}
