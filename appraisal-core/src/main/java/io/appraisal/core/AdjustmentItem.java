package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A kind of bonus, deduction or veto event a policy recognises.
 *
 * @param id the id data files use
 * @param name display name
 * @param kind bonus, deduction or veto
 * @param pointsEach points per occurrence (ignored for a veto)
 * @param itemCap the most points this item can add or take per unit and period; infinite for no cap
 * @param vetoEffect what the veto does to the rank: present for a veto item, empty for a bonus or deduction
 */
@API(status = STABLE, since = "0.1")
public record AdjustmentItem(String id, String name, AdjustmentKind kind, double pointsEach, double itemCap,
    Optional<VetoEffect> vetoEffect) {
  public AdjustmentItem {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    check(!id.isBlank(), "problem.core.argument.item-id-blank");
    check(Double.isFinite(pointsEach) && pointsEach >= 0, "problem.core.argument.item-points-each", id, pointsEach);
    check(itemCap > 0, "problem.core.argument.item-cap", id, itemCap);
    requireNonNull(vetoEffect, "vetoEffect");
    check(vetoEffect.isPresent() || kind != AdjustmentKind.VETO, "problem.core.argument.veto-effect-missing", id);
    check(vetoEffect.isEmpty() || kind == AdjustmentKind.VETO, "problem.core.argument.veto-effect-not-veto", id);
  }

  public static AdjustmentItem bonus(String id, String name, double pointsEach, double itemCap) {
    return new AdjustmentItem(id, name, AdjustmentKind.BONUS, pointsEach, itemCap, Optional.empty());
  }

  public static AdjustmentItem deduction(String id, String name, double pointsEach, double itemCap) {
    return new AdjustmentItem(id, name, AdjustmentKind.DEDUCTION, pointsEach, itemCap, Optional.empty());
  }

  /** A veto item with the given effect on the rank. */
  public static AdjustmentItem veto(String id, String name, VetoEffect effect) {
    requireNonNull(effect, "effect");
    return new AdjustmentItem(id, name, AdjustmentKind.VETO, 0, Double.POSITIVE_INFINITY, Optional.of(effect));
  }
}
