package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a unit's rank moved between two periods, overall and in its category.
 *
 * @param unit the unit id
 * @param status new, left, up, down or same (overall)
 * @param previousRank the earlier overall rank (NaN for a new unit)
 * @param rank the later overall rank (NaN for a unit that left)
 * @param previousCategoryRank the earlier category rank (NaN for a new unit)
 * @param categoryRank the later category rank (NaN for a unit that left)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RankMovement(String unit, Status status, double previousRank, double rank,
    double previousCategoryRank, double categoryRank) {

  /** The direction of a move; UP means a better (smaller) rank. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Status {
    NEW,
    LEFT,
    UP,
    DOWN,
    SAME
  }

  public RankMovement {
    requireNonNull(unit, "unit");
    requireNonNull(status, "status");
  }

  /**
   * The movement of every unit from {@code previous} to {@code current}: the current units in published order,
   * then the units that left, by id.
   */
  public static List<RankMovement> between(AppraisalResult previous, AppraisalResult current) {
    ImmutableList.Builder<RankMovement> moves = ImmutableList.builder();
    for (UnitResult now : current.ranking()) {
      Optional<UnitResult> before = previous.unit(now.id());
      if (before.isEmpty()) {
        moves.add(new RankMovement(now.id(), Status.NEW, Double.NaN, now.rank(), Double.NaN, now.categoryRank()));
      } else {
        double was = before.get().rank();
        Status status = now.rank() < was ? Status.UP : now.rank() > was ? Status.DOWN : Status.SAME;
        moves.add(new RankMovement(now.id(), status, was, now.rank(), before.get().categoryRank(),
            now.categoryRank()));
      }
    }
    previous.ranking().stream()
        .filter(then -> current.unit(then.id()).isEmpty())
        .sorted(Comparator.comparing(UnitResult::id))
        .forEach(then -> moves.add(new RankMovement(then.id(), Status.LEFT, then.rank(), Double.NaN,
            then.categoryRank(), Double.NaN)));
    return moves.build();
  }

  /** Places gained overall (negative when the unit fell); 0 for new units and units that left. */
  public double change() {
    return status == Status.NEW || status == Status.LEFT ? 0 : previousRank - rank;
  }

  /** The movement as printed in a ranking table: {@code ↑3}, {@code ↓1}, {@code =}, {@code new}, {@code left}. */
  public String text() {
    return switch (status) {
      case NEW -> "new";
      case LEFT -> "left";
      case SAME -> "=";
      case UP -> "↑" + UnitResult.rankText(change());
      case DOWN -> "↓" + UnitResult.rankText(-change());
    };
  }
}
