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
  EXCLUDE
}
