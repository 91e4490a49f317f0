package io.appraisal.core.recommendation;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import io.appraisal.core.UnitResult;
import java.util.List;
import java.util.Locale;

/**
 * One unit's recommendation outcome, next to its result.
 *
 * @param result the unit's evaluated result (rank, published score, grade)
 * @param outcome the outcome
 * @param failedMustPass the must-pass indicators the unit failed, in the policy's order
 * @param reasons why, in sentences for people: the failed items, a veto, the place among passing units, the
 *     conditions met
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record UnitRecommendation(UnitResult result, Outcome outcome, List<String> failedMustPass,
    List<String> reasons) {
  /** The outcome of a recommendation. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Outcome {
    RECOMMENDED,
    RECOMMENDED_WITH_CONDITIONS,
    NOT_RECOMMENDED;

    /** {@code recommended}, {@code recommended-with-conditions}, {@code not-recommended}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public UnitRecommendation {
    requireNonNull(result, "result");
    requireNonNull(outcome, "outcome");
    failedMustPass = ImmutableList.copyOf(failedMustPass);
    reasons = ImmutableList.copyOf(reasons);
  }
}
