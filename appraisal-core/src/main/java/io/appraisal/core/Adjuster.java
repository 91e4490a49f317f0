package io.appraisal.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a period's adjustment events: per-item caps first, then the total caps, events taken in the policy's item
 * order (then data order) so that which event a cap cuts is deterministic and shown.
 */
final class Adjuster {
  final double[] bonus;
  final double[] deduction;
  final boolean[] vetoed;
  final Map<Integer, List<AppliedAdjustment>> applied = new TreeMap<>();

  Adjuster(Policy policy, Dataset data, Period period, int n) {
    bonus = new double[n];
    deduction = new double[n];
    vetoed = new boolean[n];
    AdjustmentRules rules = policy.adjustments();
    Map<Integer, List<AdjustmentEvent>> byUnit = new TreeMap<>();
    for (AdjustmentEvent event : data.events()) {
      int u = data.indexOf(event.unit());
      if (event.period().equals(period) && u >= 0 && rules.item(event.item()).isPresent()) {
        byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(event);
      }
    }
    List<String> itemOrder = rules.items().stream().map(AdjustmentItem::id).toList();
    byUnit.forEach((u, events) -> {
      events.sort(Comparator.comparingInt(event -> itemOrder.indexOf(event.item())));
      applyAll(rules, u, events);
    });
  }

  /** Carries a veto from a quarter into the year: a veto in any quarter vetoes the annual result too. */
  void carryVeto(int u, Period quarter, AppliedAdjustment veto) {
    vetoed[u] = true;
    List<AppliedAdjustment> list = new ArrayList<>(applied.getOrDefault(u, List.of()));
    list.add(new AppliedAdjustment(veto.item(), veto.kind(), veto.count(), 0, 0, "", quarter + ": " + veto.note()));
    applied.put(u, List.copyOf(list));
  }

  private void applyAll(AdjustmentRules rules, int u, List<AdjustmentEvent> events) {
    Map<String, Double> usedByItem = new HashMap<>();
    List<AppliedAdjustment> result = new ArrayList<>();
    for (AdjustmentEvent event : events) {
      AdjustmentItem item = rules.item(event.item()).orElseThrow();
      if (item.kind() == AdjustmentKind.VETO) {
        vetoed[u] = true;
        result.add(new AppliedAdjustment(item.id(), item.kind(), event.count(), 0, 0, "", event.note()));
        continue;
      }
      boolean isBonus = item.kind() == AdjustmentKind.BONUS;
      double requested = event.count() * item.pointsEach();
      double used = usedByItem.getOrDefault(item.id(), 0.0);
      double afterItemCap = Math.min(requested, item.itemCap() - used);
      String capNote = afterItemCap < requested ? "item cap " + Evaluator.number(item.itemCap()) : "";
      double total = isBonus ? bonus[u] : deduction[u];
      double totalCap = isBonus ? rules.bonusCap() : rules.deductionCap();
      double points = Math.min(afterItemCap, totalCap - total);
      if (points < afterItemCap) {
        capNote = (capNote.isEmpty() ? "" : capNote + ", ")
            + (isBonus ? "total bonus cap " : "total deduction cap ") + Evaluator.number(totalCap);
      }
      usedByItem.put(item.id(), used + points);
      if (isBonus) {
        bonus[u] += points;
      } else {
        deduction[u] += points;
      }
      result.add(new AppliedAdjustment(item.id(), item.kind(), event.count(), requested, points, capNote,
          event.note()));
    }
    applied.put(u, List.copyOf(result));
  }
}
