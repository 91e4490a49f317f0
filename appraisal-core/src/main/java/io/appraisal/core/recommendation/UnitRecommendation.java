package io.appraisal.core.recommendation;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.Messages;
import org.apiguardian.api.API;
import io.appraisal.core.UnitResult;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One unit's recommendation outcome, next to its result.
 *
 * @param result the unit's evaluated result (rank, published score, grade)
 * @param outcome the outcome
 * @param failedMustPass the must-pass indicators the unit failed, in the policy's order
 * @param reasons why: the failed items, a veto, the place among passing units, the conditions met
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record UnitRecommendation(UnitResult result, Outcome outcome, List<String> failedMustPass,
    List<Reason> reasons) {
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

  /**
   * One reason, a sentence of the library's bundle: {@code key} and its {@code arguments} ({@code {0}}, ...).
   *
   * @param key the bundle key
   * @param arguments the values of the key's {@code {0}}, {@code {1}}, ...
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Reason(String key, List<String> arguments) {
    public Reason {
      requireNonNull(key, "key");
      arguments = ImmutableList.copyOf(arguments);
    }

    static Reason of(String key, Object... arguments) {
      return new Reason(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The sentence in English. */
    public String message() {
      return message(Locale.ENGLISH);
    }

    /** The sentence in {@code locale}'s language (Chinese or English). */
    public String message(Locale locale) {
      return Messages.of(locale).text(key, arguments.toArray());
    }
  }

  public UnitRecommendation {
    requireNonNull(result, "result");
    requireNonNull(outcome, "outcome");
    failedMustPass = ImmutableList.copyOf(failedMustPass);
    reasons = ImmutableList.copyOf(reasons);
  }
}
