package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One entry of the review-and-correction log (复核): a raw value, an indicator score or a grade of one unit in one
 * period changed from {@code before} to {@code after}, with the reason, who decided it and when. Corrections are
 * data: the original result stays reproducible by evaluating without the log.
 *
 * @param unit the unit id
 * @param period the period corrected
 * @param target what is corrected
 * @param indicator the indicator id for raw values and scores; empty for a grade
 * @param before the value or grade the correction replaces, as published; a mismatch is reported
 * @param after the corrected value (a number) or grade (a grade name)
 * @param reason why; required
 * @param author who decided it; required
 * @param time when it was recorded
 */
@API(status = STABLE, since = "0.1")
public record Correction(
    String unit, Period period, Target target, String indicator, String before, String after, String reason,
    String author, Instant time) {

  /** What a correction changes. */
  @API(status = STABLE, since = "0.1")
  public enum Target {
    /** A unit's raw value of a leaf indicator; everything is recomputed from it. */
    RAW_VALUE,
    /** The points a unit earned on a leaf indicator, replacing what the rule gave. */
    INDICATOR_SCORE,
    /** The unit's grade (a manual override after scoring). */
    GRADE
  }

  public Correction {
    requireNonNull(unit, "unit");
    requireNonNull(period, "period");
    requireNonNull(target, "target");
    requireNonNull(indicator, "indicator");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(reason, "reason");
    requireNonNull(author, "author");
    requireNonNull(time, "time");
    check(!reason.isBlank(), "problem.core.argument.correction-reason", unit);
    check(!author.isBlank(), "problem.core.argument.correction-author", unit);
    check(target == Target.GRADE || !indicator.isEmpty(), "problem.core.argument.correction-indicator-missing",
        unit);
    check(target != Target.GRADE || indicator.isEmpty(), "problem.core.argument.correction-indicator-for-grade", unit,
        indicator);
    check(target == Target.GRADE || (isNumber(before) && isNumber(after)),
        "problem.core.argument.correction-not-numbers", unit, before, after);
  }

  /** {@code after} as a number, for raw-value and score corrections. */
  double afterValue() {
    return Double.parseDouble(after);
  }

  /** {@code before} as a number, for raw-value and score corrections. */
  double beforeValue() {
    return Double.parseDouble(before);
  }

  private static boolean isNumber(String text) {
    try {
      return Double.isFinite(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
