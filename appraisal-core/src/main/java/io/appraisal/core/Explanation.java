package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Why a unit stands where it does: where it lost points, which indicators moved it between two periods, and what
 * it would take to climb a rank or a grade.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Explanation {
  private final AppraisalResult result;
  private final UnitResult unit;

  private Explanation(AppraisalResult result, UnitResult unit) {
    this.result = result;
    this.unit = unit;
  }

  /** Explains one unit of a result. */
  public static Explanation of(AppraisalResult result, String unitId) {
    UnitResult unit = result.unit(unitId).orElseThrow(() ->
        new IllegalArgumentException("unknown unit '" + unitId + "' in the result of " + result.period()));
    return new Explanation(result, unit);
  }

  public UnitResult unit() {
    return unit;
  }

  /** The leaves where the unit lost points against its maximum, largest loss first (then by indicator id). */
  public List<IndicatorScore> pointsLost() {
    return unit.indicators().stream()
        .filter(score -> score.leaf() && score.lost() > 1e-12)
        .sorted(Comparator.comparingDouble(IndicatorScore::lost).reversed()
            .thenComparing(IndicatorScore::indicator))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A score to reach. The gap respects publishing rounding: it is the smallest rise, in steps of the published
   * resolution ({@code 10^-scale}), that makes the unit's score publish as {@code published}. With two decimals half
   * up a unit at 85.4149 needs +0.01 to publish 85.43 (85.4249 still publishes 85.42, 85.4349 publishes 85.43), and
   * with three decimals a unit at 94.5735 needs +0.001 for 94.575 (94.5745 rounds up), not the +0.002 that
   * {@code published − score} would suggest.
   *
   * @param what what reaching it gives: the rank ({@code 3}) for {@link #nextRank}, the grade ({@code 良好}) for
   *     {@link #nextGrade}
   * @param published the published score needed
   * @param scoreRateNeeded the score rate that publishes it, given the unit's bonus and deductions in this period:
   *     the unit's score rate plus {@code gap}
   * @param gap how many score-rate points the unit is short, a multiple of the published resolution; 0 when reached
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Target(String what, BigDecimal published, double scoreRateNeeded, double gap) {}

  /**
   * The better rank nearest the unit's: reaching the published score of the unit(s) just above ties with them. Only
   * units on the same side of the ranked-last line count ({@link UnitResult#rankedLast}): a unit placed last by a
   * veto climbs only past other such units, and a unit without one is never behind one. Empty when no unit can be
   * passed.
   */
  public Optional<Target> nextRank() {
    return result.ranking().stream()
        .filter(other -> other.rankedLast() == unit.rankedLast())
        .filter(other -> other.published().compareTo(unit.published()) > 0)
        .min(Comparator.comparing(UnitResult::published))
        .map(above -> target(UnitResult.rankText(above.rank()), above.published()));
  }

  /**
   * The next better grade: its minimum score, or for a quota band the score of the last unit inside the quota if
   * that is higher. Empty for the best grade, a policy without grades, a vetoed unit (a veto decides the grade), or a
   * two-sided scheme (the next grade is nearer the target, which may be below the score, not a score to rise to).
   */
  public Optional<Target> nextGrade() {
    Optional<GradeScheme> scheme = result.policy().grades();
    if (scheme.isEmpty() || scheme.get().twoSided() || unit.vetoed() || unit.grade().isEmpty()) {
      return Optional.empty();
    }
    List<Grade> bands = scheme.get().bands();
    int current = bands.stream().map(Grade::name).toList().indexOf(unit.grade().get());
    int next = (current < 0 ? bands.size() : current) - 1;
    if (next < 0) {
      return Optional.empty();
    }
    Grade band = bands.get(next);
    BigDecimal needed = BigDecimal.valueOf(band.minScore()).setScale(result.policy().rounding().scale(),
        RoundingMode.CEILING);
    if (band.hasQuota()) {
      List<UnitResult> category = result.ranking(unit.unit().category());
      long quota = Standing.quotaCount(band.quota(), category.size(), scheme.get());
      if (quota == 0) {
        return Optional.empty();
      }
      BigDecimal boundary = category.stream().filter(u -> !u.vetoed()).map(UnitResult::published)
          .sorted(Comparator.reverseOrder()).skip(quota - 1).findFirst().orElse(needed);
      if (boundary.compareTo(needed) > 0) {
        needed = boundary;
      }
    }
    return Optional.of(target(band.name(), needed));
  }

  /**
   * How each leaf's contribution to the score rate changed from {@code previous} to this result, largest change
   * first: what moved the unit's rank.
   */
  public List<Change> changesSince(AppraisalResult previous) {
    UnitResult before = previous.unit(unit.id()).orElseThrow(() ->
        new IllegalArgumentException("unit " + unit.id() + " is not in the result of " + previous.period()));
    Map<String, IndicatorScore> then = before.indicators().stream()
        .collect(Collectors.toMap(IndicatorScore::indicator, Function.identity()));
    return unit.indicators().stream()
        .filter(IndicatorScore::leaf)
        .map(now -> {
          IndicatorScore was = then.get(now.indicator());
          double previousContribution = was == null ? 0 : was.contribution();
          return new Change(now.indicator(), previousContribution, now.contribution());
        })
        .filter(change -> Math.abs(change.delta()) > 1e-12)
        .sorted(Comparator.comparingDouble((Change change) -> -Math.abs(change.delta()))
            .thenComparing(Change::indicator))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A change of one indicator's contribution to the score rate between two periods.
   *
   * @param indicator the leaf id
   * @param before its contribution then
   * @param after its contribution now
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Change(String indicator, double before, double after) {
    public Change {
      requireNonNull(indicator, "indicator");
    }

    public double delta() {
      return after - before;
    }
  }

  private Target target(String what, BigDecimal published) {
    BigDecimal gap = smallestRise(result.policy().rounding(), BigDecimal.valueOf(unit.composite()), published);
    double rateNeeded = BigDecimal.valueOf(unit.scoreRate()).add(gap).doubleValue();
    return new Target(what, published, rateNeeded, gap.doubleValue());
  }

  /**
   * The least {@code k × 10^-scale} ({@code k >= 0}) that, added to {@code score}, publishes at least {@code
   * target}. Published values are monotone in the score and {@code target} publishes as itself, so starting one
   * step below it at most two steps are tried, whatever the rounding mode.
   */
  static BigDecimal smallestRise(Rounding rounding, BigDecimal score, BigDecimal target) {
    BigDecimal step = BigDecimal.ONE.movePointLeft(rounding.scale());
    BigDecimal rise = target.subtract(step).subtract(score).divide(step, 0, RoundingMode.CEILING).max(BigDecimal.ZERO)
        .multiply(step);
    while (score.add(rise).setScale(rounding.scale(), rounding.mode()).compareTo(target) < 0) {
      rise = rise.add(step);
    }
    return rise;
  }
}
