package io.appraisal.core.spi;

import io.appraisal.core.Direction;

/** The {@link ScoringContext} of a column: its statistics given, or computed from the column on first use. */
final class Context implements ScoringContext {
  private final double maxPoints;
  private final Direction direction;
  private final double[] raw;
  private PopulationStats population;

  /** @param population the statistics of the column, or null to compute them from {@code raw} on first use */
  Context(double maxPoints, Direction direction, double[] raw, PopulationStats population) {
    this.maxPoints = maxPoints;
    this.direction = direction;
    this.raw = raw;
    this.population = population;
  }

  @Override
  public double maxPoints() {
    return maxPoints;
  }

  @Override
  public Direction direction() {
    return direction;
  }

  @Override
  public PopulationStats population() {
    if (population == null) {
      population = PopulationStats.of(raw);
    }
    return population;
  }
}
