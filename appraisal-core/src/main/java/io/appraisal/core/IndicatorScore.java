package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One indicator's part in one unit's result.
 *
 * @param indicator the indicator id
 * @param leaf whether it is a leaf (scored from a raw value) or a group
 * @param status how the indicator was treated for this unit
 * @param raw the raw value (NaN for groups and for missing values)
 * @param score the points earned
 * @param max the points available to this unit (0 when not applicable or excluded)
 * @param contribution the share of the unit's score rate that this indicator accounts for, on the policy's scale;
 *     the contributions of the leaves add up to the score rate
 */
@API(status = STABLE, since = "0.1")
public record IndicatorScore(
    String indicator, boolean leaf, Status status, double raw, double score, double max, double contribution) {
  /** How an indicator was treated for a unit. */
  @API(status = STABLE, since = "0.1")
  public enum Status {
    SCORED,
    /** The indicator does not apply to the unit (by the policy or by the data). */
    NOT_APPLICABLE,
    /** Missing and scored as zero. */
    IMPUTED_ZERO,
    /** Missing and left out of the maximum. */
    EXCLUDED,
    /**
     * Missing and scored on an imputed value (group mean or median, previous period); the result's notes say which
     * value, how and from what.
     */
    IMPUTED
  }

  public IndicatorScore {
    requireNonNull(indicator, "indicator");
    requireNonNull(status, "status");
  }

  /** Points lost against the maximum. */
  public double lost() {
    return max - score;
  }
}
