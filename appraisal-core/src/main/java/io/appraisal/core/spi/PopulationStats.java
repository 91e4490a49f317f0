package io.appraisal.core.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Statistics over the raw values of the units scored on an indicator. */
@API(status = STABLE, since = "0.1")
public interface PopulationStats {
  /**
   * The statistics of a column of raw values (NaN = no value) as the engine computes them, for tools that score a
   * column outside an evaluation and must agree with it to the bit. The column is read, not copied: do not change it
   * afterwards.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  static PopulationStats of(double[] column) {
    return new Population(column);
  }

  /** How many units have a value. */
  int count();

  double min();

  double max();

  double mean();

  /** Sample standard deviation (n − 1); 0 for fewer than two values. */
  double sampleStandardDeviation();

  /** How many values are strictly below {@code value}. */
  int countBelow(double value);

  /** How many values equal {@code value}. */
  int countEqual(double value);

  /** The {@code q}-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics (type 7). */
  double quantile(double q);
}
