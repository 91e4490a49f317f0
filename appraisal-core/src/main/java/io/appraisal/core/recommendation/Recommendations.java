package io.appraisal.core.recommendation;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import org.apiguardian.api.API;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.UnitResult;
import io.appraisal.core.recommendation.UnitRecommendation.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Computes a {@link Recommendation} over an evaluated result: a step after evaluation that changes no score, rank
 * or grade.
 *
 * <pre>{@code
 * AppraisalResult result = engine.compile(policy).evaluate(data, Period.year(2022));
 * List<UnitRecommendation> outcome = Recommendations.apply(result, policy.recommendation().orElseThrow());
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Recommendations {
  /** Slack for comparing floating-point points with a must-pass threshold. */
  private static final double EPSILON = 1e-9;

  private Recommendations() {}

  /**
   * Every unit's outcome, in published order (by rank, then unit id).
   *
   * @throws IllegalArgumentException when a must-pass indicator is not in the result's policy
   */
  public static List<UnitRecommendation> apply(AppraisalResult result, Recommendation recommendation) {
    requireNonNull(result, "result");
    requireNonNull(recommendation, "recommendation");
    for (String id : recommendation.mustPass()) {
      check(result.policy().indicator(id).isPresent(), "problem.core.argument.must-pass-unknown", id,
          result.policy().id());
    }
    List<UnitResult> ranking = result.ranking();
    List<List<String>> failed = new ArrayList<>();
    List<UnitResult> passing = new ArrayList<>();
    for (UnitResult unit : ranking) {
      List<String> unitFailed = recommendation.mustPass().stream()
          .filter(id -> !passes(unit.indicator(id), recommendation.mustPassRate()))
          .toList();
      failed.add(unitFailed);
      if (unitFailed.isEmpty() && !unit.vetoed()) {
        passing.add(unit);
      }
    }
    double lastRecommendedRank = passing.size() >= recommendation.top()
        ? passing.get(recommendation.top() - 1).rank() : Double.POSITIVE_INFINITY;
    ImmutableList.Builder<UnitRecommendation> outcomes = ImmutableList.builder();
    for (int i = 0; i < ranking.size(); i++) {
      UnitResult unit = ranking.get(i);
      List<Reason> reasons = new ArrayList<>();
      for (String id : failed.get(i)) {
        reasons.add(failedMustPass(id, unit.indicator(id)));
      }
      if (unit.vetoed()) {
        reasons.add(Reason.of("recommendation.reason.vetoed"));
      }
      UnitRecommendation.Outcome outcome;
      if (!reasons.isEmpty()) {
        outcome = UnitRecommendation.Outcome.NOT_RECOMMENDED;
      } else {
        int place = 1 + (int) passing.stream().filter(other -> other.rank() < unit.rank()).count();
        if (unit.rank() > lastRecommendedRank) {
          outcome = UnitRecommendation.Outcome.NOT_RECOMMENDED;
          reasons.add(Reason.of("recommendation.reason.place-below-top", place, passing.size(),
              recommendation.top()));
        } else {
          List<Reason> conditions = conditions(unit, recommendation);
          outcome = conditions.isEmpty() ? UnitRecommendation.Outcome.RECOMMENDED
              : UnitRecommendation.Outcome.RECOMMENDED_WITH_CONDITIONS;
          reasons.add(Reason.of("recommendation.reason.place", place, passing.size()));
          reasons.addAll(conditions);
        }
      }
      outcomes.add(new UnitRecommendation(unit, outcome, failed.get(i), reasons));
    }
    return outcomes.build();
  }

  private static List<Reason> conditions(UnitResult unit, Recommendation recommendation) {
    List<Reason> conditions = new ArrayList<>();
    if (recommendation.conditionIfSelfAssessmentFlagged() && unit.selfAssessmentFlagged()) {
      conditions.add(Reason.of("recommendation.reason.self-overstated",
          String.format(Locale.ROOT, "%.2f", unit.selfScoreRate()), String.format(Locale.ROOT, "%.2f",
              unit.scoreRate())));
    }
    if (recommendation.conditionIfDeduction() && unit.deduction() > 0) {
      conditions.add(Reason.of("recommendation.reason.deduction",
          BigDecimal.valueOf(unit.deduction()).stripTrailingZeros().toPlainString()));
    }
    if (Double.isFinite(recommendation.conditionIfScoreBelow())
        && unit.published().compareTo(BigDecimal.valueOf(recommendation.conditionIfScoreBelow())) < 0) {
      conditions.add(Reason.of("recommendation.reason.score-below", unit.published().toPlainString(),
          BigDecimal.valueOf(recommendation.conditionIfScoreBelow()).stripTrailingZeros().toPlainString()));
    }
    return conditions;
  }

  /** Passed: not applicable to the unit, or at least the rate of the points available. */
  private static boolean passes(Optional<IndicatorScore> score, double rate) {
    if (score.isEmpty() || score.get().status() == IndicatorScore.Status.NOT_APPLICABLE) {
      return true;
    }
    IndicatorScore s = score.get();
    return s.status() != IndicatorScore.Status.EXCLUDED && s.max() > 0
        && s.score() >= s.max() * rate / 100 - EPSILON;
  }

  /** A failed must-pass item with its points, or "missing" when the unit had no value for it. */
  private static Reason failedMustPass(String id, Optional<IndicatorScore> score) {
    if (score.isEmpty()) {
      return Reason.of("recommendation.reason.failed-must-pass", id);
    }
    return score.get().status() == IndicatorScore.Status.EXCLUDED
        ? Reason.of("recommendation.reason.failed-must-pass-missing", id)
        : Reason.of("recommendation.reason.failed-must-pass-points", id, plain(score.get().score()),
            plain(score.get().max()));
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }
}
