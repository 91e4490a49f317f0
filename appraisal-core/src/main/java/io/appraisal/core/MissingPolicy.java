package io.appraisal.core;

/** What a missing raw value does to an indicator that applies to the unit. Whatever is chosen, the result lists it. */
public enum MissingPolicy {
  /** A missing value is an input error: nothing is computed. */
  FAIL,
  /** The indicator scores zero (imputed). */
  ZERO,
  /** The indicator is left out of the unit's maximum, as if it did not apply (excluded). */
  EXCLUDE
}
