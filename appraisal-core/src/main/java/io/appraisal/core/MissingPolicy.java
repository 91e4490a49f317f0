package io.appraisal.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What a missing raw value does to an indicator that applies to the unit. Whatever is chosen, the result lists it. */
@API(status = STABLE, since = "0.1")
public enum MissingPolicy {
  /** A missing value is an input error: nothing is computed. */
  FAIL,
  /** The indicator scores zero (imputed). */
  ZERO,
  /** The indicator is left out of the unit's maximum, as if it did not apply (excluded). */
  EXCLUDE,
  /**
   * The mean of the values given for the indicator by the units of the same category ranked in the period
   * (imputed); no such value is an input error.
   */
  GROUP_MEAN,
  /** The median of the values given by the units of the same category ranked in the period (imputed). */
  GROUP_MEDIAN,
  /**
   * The unit's own value of the previous period ({@link Period#previous()}; imputed); none is an input error.
   */
  PREVIOUS_PERIOD
}
