package io.appraisal.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a group indicator combines its children. Points-style schemes add points ({@link #SUM}); composite indices
 * take weighted means of normalised scores (the HDI is a {@link #GEOMETRIC_MEAN}).
 */
@API(status = STABLE, since = "0.1")
public enum Aggregation {
  /** Points add up; the group's maximum is the sum of its applicable children's maxima. */
  SUM,
  /** Weighted arithmetic mean of the children's score fractions, reweighted over the children present. */
  ARITHMETIC_MEAN,
  /** Weighted geometric mean of the children's score fractions. */
  GEOMETRIC_MEAN,
  /** Weighted harmonic mean of the children's score fractions (zero if any child is zero). */
  HARMONIC_MEAN,
  /** The weakest child's score fraction: no compensation at all. */
  MINIMUM,
  /**
   * TOPSIS (Hwang and Yoon): closeness of the unit's weighted, vector-normalised child fractions to the best values
   * among the units against the worst, {@code D− / (D+ + D−)}; population-relative. Every child must apply to every
   * unit. Equal units all get 0.5.
   */
  TOPSIS
}
