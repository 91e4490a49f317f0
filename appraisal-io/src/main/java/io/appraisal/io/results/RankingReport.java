package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.CorrectionLog;
import io.appraisal.core.Dataset;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Origin;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.core.RankMovement;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A period's result together with the previous period's, for rank movements: what every writer of this package
 * takes.
 *
 * <pre>{@code
 * AppraisalResult q4 = policy.evaluate(data, Period.parse("2022-Q4"));
 * RankingReport report = RankingReport.withPrevious(policy, data, q4);
 * RankingCsv.write(report, Path.of("out/ranking-2022-Q4.csv"));
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RankingReport {
  private final AppraisalResult current;
  private final AppraisalResult previous;
  private final ImmutableMap<String, RankMovement> movements;
  private final ImmutableList<Problem> previousProblems;

  private RankingReport(AppraisalResult current, AppraisalResult previous, List<Problem> previousProblems) {
    this.current = requireNonNull(current, "current");
    this.previous = previous;
    this.movements = previous == null ? ImmutableMap.of()
        : RankMovement.between(previous, current).stream()
            .collect(ImmutableMap.toImmutableMap(RankMovement::unit, Function.identity()));
    this.previousProblems = ImmutableList.copyOf(previousProblems);
  }

  /** A report without rank movements. */
  public static RankingReport of(AppraisalResult current) {
    return new RankingReport(current, null, List.of());
  }

  /** A report comparing {@code current} with {@code previous}. */
  public static RankingReport of(AppraisalResult current, AppraisalResult previous) {
    return new RankingReport(current, requireNonNull(previous, "previous"), List.of());
  }

  /**
   * A report comparing {@code current} with the period before it (the previous quarter, or the previous year),
   * evaluated with the same policy when {@code data} has values for it. For a quarter, only the units with at least
   * one value in the previous quarter are ranked there, so a unit added since shows as new. When the previous
   * period has problems, the report has no previous ranking and {@link #previousProblems()} says why.
   */
  public static RankingReport withPrevious(CompiledPolicy policy, Dataset data, AppraisalResult current) {
    return withPrevious(policy, data, CorrectionLog.empty(), current);
  }

  /**
   * A report comparing {@code current} with the period before it, evaluated as {@link #withPrevious(CompiledPolicy,
   * Dataset, AppraisalResult)} does but with the corrections of {@code corrections} applied, as {@code current}
   * was.
   */
  public static RankingReport withPrevious(CompiledPolicy policy, Dataset data, CorrectionLog corrections,
      AppraisalResult current) {
    requireNonNull(policy, "policy");
    requireNonNull(data, "data");
    requireNonNull(corrections, "corrections");
    Period period = current.period().previous();
    try {
      if (period.isQuarter()) {
        if (data.indicators(period).isEmpty()) {
          return of(current);
        }
        Dataset ranked = unitsWithValues(data, period);
        List<Problem> problems = policy.validate(ranked, period);
        CorrectionLog log = CorrectionLog.of(corrections.entries(period).stream()
            .filter(c -> ranked.indexOf(c.unit()) >= 0).toList());
        return problems.isEmpty() ? of(current, policy.evaluate(ranked, period, log))
            : new RankingReport(current, null, problems);
      }
      if (period.quartersOfYear().stream().allMatch(q -> data.indicators(q).isEmpty())) {
        return of(current);
      }
      return of(current, policy.evaluateYear(data, period.year(), corrections));
    } catch (InvalidInputException e) {
      return new RankingReport(current, null, e.problems());
    }
  }

  public AppraisalResult current() {
    return current;
  }

  /** The previous period's result, when there is one to compare with. */
  public Optional<AppraisalResult> previous() {
    return Optional.ofNullable(previous);
  }

  /** Why the previous period could not be ranked; empty when it was, or when the data has no previous period. */
  public ImmutableList<Problem> previousProblems() {
    return previousProblems;
  }

  /** How the unit's rank moved since the previous period; empty when there is no previous ranking. */
  public Optional<RankMovement> movement(String unitId) {
    return Optional.ofNullable(movements.get(unitId));
  }

  /** The unit's overall rank in the previous period; empty when it was not ranked then or there is none. */
  public OptionalDouble previousRank(String unitId) {
    RankMovement movement = movements.get(unitId);
    return movement == null || movement.status() == RankMovement.Status.NEW ? OptionalDouble.empty()
        : OptionalDouble.of(movement.previousRank());
  }

  /** Places gained since the previous period (negative when lost); empty for a new unit or without a previous one. */
  public OptionalDouble rankChange(String unitId) {
    RankMovement movement = movements.get(unitId);
    return movement == null || movement.status() == RankMovement.Status.NEW ? OptionalDouble.empty()
        : OptionalDouble.of(movement.change());
  }

  /** The movement as printed in a table: {@code ↑3}, {@code ↓1}, {@code =}, {@code new}; empty without one. */
  public String movementText(UnitResult unit) {
    return movement(unit.id()).map(RankMovement::text).orElse("");
  }

  /** The movement as written to a file: {@code +3}, {@code -1}, {@code 0}, {@code new}; empty without one. */
  public String movementSigned(UnitResult unit) {
    return movement(unit.id()).map(m -> switch (m.status()) {
      case NEW -> "new";
      case LEFT -> "left";
      case SAME -> "0";
      case UP -> "+" + UnitResult.rankText(m.change());
      case DOWN -> "-" + UnitResult.rankText(-m.change());
    }).orElse("");
  }

  /**
   * The data restricted to {@code period} and the units with a value (or NA) in it: the population that was
   * ranked then. Returns {@code data} itself when every unit has one.
   */
  private static Dataset unitsWithValues(Dataset data, Period period) {
    List<Unit> kept = new ArrayList<>();
    for (Unit unit : data.units()) {
      for (String indicator : data.indicators(period)) {
        if (data.value(unit.id(), period, indicator).isPresent()
            || data.isNotApplicable(unit.id(), period, indicator)) {
          kept.add(unit);
          break;
        }
      }
    }
    if (kept.size() == data.size()) {
      return data;
    }
    Dataset.Builder builder = Dataset.builder().source(data.source()).units(kept);
    for (String indicator : data.indicators(period)) {
      for (Unit unit : kept) {
        OptionalDouble value = data.value(unit.id(), period, indicator);
        if (value.isPresent()) {
          builder.value(unit.id(), period, indicator, value.getAsDouble());
        } else if (data.isNotApplicable(unit.id(), period, indicator)) {
          builder.notApplicable(unit.id(), period, indicator, Origin.CODE);
        }
      }
    }
    for (AdjustmentEvent event : data.events()) {
      if (event.period().equals(period) && kept.stream().anyMatch(u -> u.id().equals(event.unit()))) {
        builder.event(event);
      }
    }
    return builder.build();
  }
}
