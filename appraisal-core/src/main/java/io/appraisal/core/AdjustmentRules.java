package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The adjustment items a policy recognises and how they combine: 得分 = 得分率 + 加分 − 扣分, with total caps and a
 * floor for the adjusted score; what a veto does to the rank is each veto item's {@link VetoEffect}.
 *
 * @param items the recognised items
 * @param bonusCap the most bonus points in total per unit and period (infinite for none)
 * @param deductionCap the most deduction points in total per unit and period (infinite for none)
 */
@API(status = STABLE, since = "0.1")
public record AdjustmentRules(
    List<AdjustmentItem> items, double bonusCap, double deductionCap) {
  public static final AdjustmentRules NONE =
      new AdjustmentRules(List.of(), Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

  public AdjustmentRules {
    items = ImmutableList.copyOf(items);
    check(bonusCap >= 0, "problem.core.argument.bonus-cap", bonusCap);
    check(deductionCap >= 0, "problem.core.argument.deduction-cap", deductionCap);
    Set<String> ids = new HashSet<>();
    for (AdjustmentItem item : items) {
      check(ids.add(item.id()), "problem.core.argument.item-twice", item.id());
    }
  }

  public Optional<AdjustmentItem> item(String id) {
    return items.stream().filter(item -> item.id().equals(id)).findFirst();
  }

  /**
   * The strongest effect of the vetoes among {@code applied} (a unit's adjustments), by the items of this policy;
   * empty when none is a veto.
   */
  public Optional<VetoEffect> vetoEffect(List<AppliedAdjustment> applied) {
    return applied.stream().filter(a -> a.kind() == AdjustmentKind.VETO)
        .map(a -> item(a.item()).flatMap(AdjustmentItem::vetoEffect).orElse(VetoEffect.LOWEST_GRADE))
        .max(Comparator.naturalOrder());
  }
}
