package io.appraisal.core.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.appraisal.core.Direction;
import org.apiguardian.api.API;

/** What a rule knows while scoring one indicator's column. */
@API(status = STABLE, since = "0.1")
public interface ScoringContext {
  /** The indicator's maximum points; a rule's scores lie in {@code [0, maxPoints()]}. */
  double maxPoints();

  /** The indicator's direction. */
  Direction direction();

  /** Statistics of the raw values being scored (NaN entries left out), computed once on first use. */
  PopulationStats population();

  /**
   * The context in which the engine scores {@code raw}: these points and direction, and {@link PopulationStats#of}
   * of {@code raw} computed on first use (the array is read then, not copied).
   */
  static ScoringContext over(double maxPoints, Direction direction, double[] raw) {
    return new Context(maxPoints, direction, raw, null);
  }

  /**
   * The context of a column whose statistics are already known: {@code population} must be {@link
   * PopulationStats#of} the column scored (the engine computes them while it checks the values' range).
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  static ScoringContext over(double maxPoints, Direction direction, PopulationStats population) {
    return new Context(maxPoints, direction, null, population);
  }
}
