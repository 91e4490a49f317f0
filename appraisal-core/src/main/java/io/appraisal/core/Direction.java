package io.appraisal.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whether a larger raw value is better (most indicators) or worse (a litigation loss rate). */
@API(status = STABLE, since = "0.1")
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
