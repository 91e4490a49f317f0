package io.appraisal.core.panel;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import io.appraisal.core.Period;

/**
 * One rater's score of one unit on one panel indicator, with where it was read from.
 *
 * @param unit the unit id
 * @param period the period
 * @param indicator the leaf indicator id, which must have a {@link Panel}
 * @param rater the rater's id, unique within the panel; shown in outputs only where the panel allows
 * @param group the rater's group, or empty when the panel has no groups
 * @param score the score given
 * @param comment the rater's comment, possibly empty; kept with the input, never shown in outputs
 * @param source the file name, for problems
 * @param line the 1-based line, or 0 for ratings built in code
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Rating(String unit, Period period, String indicator, String rater, String group, double score,
    String comment, String source, long line) {
  public Rating {
    requireNonNull(unit, "unit");
    requireNonNull(period, "period");
    requireNonNull(indicator, "indicator");
    requireNonNull(rater, "rater");
    requireNonNull(group, "group");
    requireNonNull(comment, "comment");
    requireNonNull(source, "source");
    check(!Double.isNaN(score), "problem.core.argument.rating-nan");
  }

  /** A rating built in code (source {@code "ratings"}, no line). */
  public static Rating of(String unit, Period period, String indicator, String rater, String group, double score) {
    return new Rating(unit, period, indicator, rater, group, score, "", "ratings", 0);
  }
}
