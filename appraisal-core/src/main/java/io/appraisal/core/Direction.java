package io.appraisal.core;

/** Whether a larger raw value is better (most indicators) or worse (a litigation loss rate). */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
