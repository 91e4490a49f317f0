package io.appraisal.robustness;

import io.appraisal.core.Unit;
import java.util.Map;
import java.util.Optional;

/**
 * One unit's rank and grade over the samples.
 *
 * @param unit the unit
 * @param nominalRank its rank by the policy as written
 * @param rank the median rank and the 5th–95th percentile interval (nearest-rank percentiles)
 * @param probabilityWithinK the share of samples ranking it at k or better
 * @param nominalGrade its grade by the policy as written (empty if the policy does not grade)
 * @param gradeProbabilities the share of samples giving each grade, in the grade scheme's order
 */
public record UnitRobustness(Unit unit, double nominalRank, Distribution rank, double probabilityWithinK,
    Optional<String> nominalGrade, Map<String, Double> gradeProbabilities) {
  public UnitRobustness {
    gradeProbabilities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gradeProbabilities));
  }

  /** Whether the 5–95 % rank interval stays within {@code tolerance} places of the nominal rank. */
  public boolean rankRobust(double tolerance) {
    return rank.low() >= nominalRank - tolerance && rank.high() <= nominalRank + tolerance;
  }

  /** The share of samples that keep the nominal grade (1 without grades). */
  public double gradeKept() {
    return nominalGrade.map(grade -> gradeProbabilities.getOrDefault(grade, 0.0)).orElse(1.0);
  }
}
