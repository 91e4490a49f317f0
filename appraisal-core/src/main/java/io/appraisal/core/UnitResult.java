package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One unit's result for one period, with everything needed to explain it.
 *
 * @param unit the unit
 * @param points the points earned over the whole tree
 * @param maxPoints the points available to this unit (its applicable maximum)
 * @param scoreRate {@code points / maxPoints × scale} for points trees, the root score on the policy's scale
 *     otherwise (得分率), unrounded
 * @param bonus bonus points applied, after caps
 * @param deduction deduction points applied, after caps
 * @param composite {@code max(0, scoreRate + bonus − deduction)}, unrounded
 * @param published the composite rounded by the policy's rule: what is published, ranked and graded
 * @param vetoed whether a veto item applied (the unit gets the lowest grade)
 * @param rankedLast whether a {@link VetoEffect#RANKED_LAST} veto placed the unit after every unit without one: its
 *     rank is then its place among such units after all the others, not its place by score
 * @param rank the rank among all units (integral except for fractional ranking)
 * @param categoryRank the rank within the unit's category
 * @param grade the grade, if the policy grades
 * @param indicators every indicator of the tree, parents before children
 * @param adjustments the adjustments applied, in the order they were applied
 * @param corrections the corrections from the review log applied to this unit, oldest first
 * @param selfScoreRate the score rate the unit's self-assessed values (自评) would give; NaN without self-assessment
 * @param selfAssessmentFlagged whether the self-assessed score rate exceeds the verified one by more than the
 *     policy's tolerance
 */
@API(status = STABLE, since = "0.1")
public record UnitResult(
    Unit unit,
    double points,
    double maxPoints,
    double scoreRate,
    double bonus,
    double deduction,
    double composite,
    BigDecimal published,
    boolean vetoed,
    boolean rankedLast,
    double rank,
    double categoryRank,
    Optional<String> grade,
    List<IndicatorScore> indicators,
    List<AppliedAdjustment> adjustments,
    List<Correction> corrections,
    double selfScoreRate,
    boolean selfAssessmentFlagged) {

  public UnitResult {
    requireNonNull(unit, "unit");
    requireNonNull(published, "published");
    requireNonNull(grade, "grade");
    // The engine hands a list computed on first use: the breakdown stays lazy (issue 10).
    indicators = indicators instanceof LazyList<IndicatorScore> ? indicators : ImmutableList.copyOf(indicators);
    adjustments = ImmutableList.copyOf(adjustments);
    corrections = ImmutableList.copyOf(corrections);
  }

  public String id() {
    return unit.id();
  }

  public Optional<IndicatorScore> indicator(String indicatorId) {
    return indicators.stream().filter(score -> score.indicator().equals(indicatorId)).findFirst();
  }

  /** A rank as people write it: {@code 3}, or {@code 2.5} for a fractional rank. */
  public static String rankText(double rank) {
    return rank == Math.rint(rank) ? Long.toString((long) rank) : Double.toString(rank);
  }
}
