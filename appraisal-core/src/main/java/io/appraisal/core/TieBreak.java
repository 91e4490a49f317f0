package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One link of the tie-break chain used by {@link RankingMethod#ORDINAL} and by grade quotas, applied to units whose
 * published scores are equal.
 *
 * @param key what is compared
 * @param indicator the indicator id for {@link Key#INDICATOR_SCORE}, else empty
 */
@API(status = STABLE, since = "0.1")
public record TieBreak(Key key, String indicator) {
  /** What a tie-break compares. */
  @API(status = STABLE, since = "0.1")
  public enum Key {
    /** Higher published score on one indicator first. */
    INDICATOR_SCORE,
    /** Fewer deduction points first. */
    FEWER_DEDUCTIONS,
    /** Unit id in ascending order: always decides, so it belongs last. */
    UNIT_ID
  }

  public TieBreak {
    requireNonNull(key, "key");
    requireNonNull(indicator, "indicator");
    check(key != Key.INDICATOR_SCORE || !indicator.isEmpty(), "problem.core.argument.tie-break-indicator-missing");
    check(key == Key.INDICATOR_SCORE || indicator.isEmpty(), "problem.core.argument.tie-break-indicator-extra",
        indicator);
  }

  public static TieBreak higherScoreIn(String indicator) {
    return new TieBreak(Key.INDICATOR_SCORE, indicator);
  }

  public static TieBreak fewerDeductions() {
    return new TieBreak(Key.FEWER_DEDUCTIONS, "");
  }

  public static TieBreak unitId() {
    return new TieBreak(Key.UNIT_ID, "");
  }
}
