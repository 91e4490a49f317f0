package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Something the engine did with the input that a reader of the result must see: nothing is dropped or imputed
 * silently.
 *
 * @param unit the unit id
 * @param indicator the indicator id
 * @param kind what happened
 * @param message a sentence for people
 */
@API(status = STABLE, since = "0.1")
public record Note(String unit, String indicator, Kind kind, String message) {
  /** What happened to a value. */
  @API(status = STABLE, since = "0.1")
  public enum Kind {
    /** The value was missing and scored as zero (policy: ZERO). */
    IMPUTED_ZERO,
    /** The value was missing and the indicator left out of the unit's maximum (policy: EXCLUDE). */
    EXCLUDED_MISSING,
    /** The data marked the indicator as not applicable to the unit although the policy would apply it. */
    NOT_APPLICABLE_BY_DATA,
    /** A quarter of the year had no data; the annual roll-up's missing-quarter rule decided (unit is "*"). */
    QUARTER_MISSING,
    /** The value was missing and imputed by the mean of the unit's category (policy: GROUP_MEAN). */
    IMPUTED_GROUP_MEAN,
    /** The value was missing and imputed by the median of the unit's category (policy: GROUP_MEDIAN). */
    IMPUTED_GROUP_MEDIAN,
    /** The value was missing and imputed by the unit's value of the previous period (policy: PREVIOUS_PERIOD). */
    IMPUTED_PREVIOUS_PERIOD,
    /** The unit has no value at all in the period: it is not ranked in it (indicator is ""). */
    ABSENT,
    /** The unit has values for fewer of its indicators than the policy's minimum coverage: not ranked (""). */
    SCREENED_OUT,
    /** A veto item with {@link VetoEffect#EXCLUDED} applies to the unit: not ranked (indicator is ""). */
    EXCLUDED_BY_VETO
  }

  public Note {
    requireNonNull(unit, "unit");
    requireNonNull(indicator, "indicator");
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
  }
}
