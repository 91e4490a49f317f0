package io.appraisal.core.spi;

import io.appraisal.core.Direction;

/** What a rule knows while scoring one indicator's column. */
public interface ScoringContext {
  /** The indicator's maximum points; a rule's scores lie in {@code [0, maxPoints()]}. */
  double maxPoints();

  /** The indicator's direction. */
  Direction direction();

  /** Statistics of the raw values being scored (NaN entries left out), computed once on first use. */
  PopulationStats population();
}
