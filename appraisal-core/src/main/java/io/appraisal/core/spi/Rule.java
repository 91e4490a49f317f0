package io.appraisal.core.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.appraisal.core.ValueRange;
import org.apiguardian.api.API;

/**
 * A compiled scoring rule: turns one indicator's raw values into points between 0 and the indicator's maximum.
 * Rules score a whole column at once so that the engine never boxes a value.
 */
@API(status = STABLE, since = "0.1")
public interface Rule {
  /**
   * Whether a unit's score depends on other units' values (min-max, z-score, percentile rank...). The engine uses
   * it to know what a change of one unit's value affects.
   */
  boolean populationRelative();

  /** The raw values this rule can score; a value outside is reported as an input error before scoring. */
  default ValueRange inputRange() {
    return ValueRange.ANY;
  }

  /**
   * Scores a column. For every {@code i} where {@code raw[i]} is not NaN, writes to {@code points[i]} a score in
   * {@code [0, context.maxPoints()]}; entries where {@code raw[i]} is NaN (the unit is not scored here) must be left
   * alone. Raw values are finite and within {@link #inputRange()}. {@code raw} must not be written to: it may be
   * the dataset's own column. The engine scores the columns of a large population on several threads at once
   * ({@code AppraisalEngine.Builder#parallelism}): a rule keeps no state of a call in its fields.
   */
  void score(double[] raw, double[] points, ScoringContext context);
}
