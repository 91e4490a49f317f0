package io.appraisal.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The adjustment items a policy recognises and how they combine: 得分 = 得分率 + 加分 − 扣分, with total caps, a floor
 * for the adjusted score, and what a veto does to the rank.
 *
 * @param items the recognised items
 * @param bonusCap the most bonus points in total per unit and period (infinite for none)
 * @param deductionCap the most deduction points in total per unit and period (infinite for none)
 * @param vetoRanksLast whether a vetoed unit is also placed after every unit that is not vetoed
 */
@API(status = STABLE, since = "0.1")
public record AdjustmentRules(
    List<AdjustmentItem> items, double bonusCap, double deductionCap, boolean vetoRanksLast) {
  public static final AdjustmentRules NONE =
      new AdjustmentRules(List.of(), Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, false);

  public AdjustmentRules {
    items = ImmutableList.copyOf(items);
    checkArgument(bonusCap >= 0, "bonusCap must be >= 0 but was: %s", bonusCap);
    checkArgument(deductionCap >= 0, "deductionCap must be >= 0 but was: %s", deductionCap);
    checkArgument(items.stream().map(AdjustmentItem::id).distinct().count() == items.size(),
        "adjustment item ids must be unique: %s", items);
  }

  public Optional<AdjustmentItem> item(String id) {
    return items.stream().filter(item -> item.id().equals(id)).findFirst();
  }
}
