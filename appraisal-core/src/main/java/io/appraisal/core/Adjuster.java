package io.appraisal.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The adjust stage: applies a period's adjustment events, per-item caps first, then the total caps, events taken in
 * the policy's item order (then data order) so that which event a cap cuts is deterministic and shown.
 */
final class Adjuster {
  private final double[] bonus;
  private final double[] deduction;
  private final boolean[] vetoed;
  private final Map<Integer, List<AppliedAdjustment>> applied = new TreeMap<>();

  /**
   * Adjusts the score rates by the period's events.
   *
   * @param carriedVetoes per unit index, vetoes carried from the quarters into the year (a veto in any quarter
   *     vetoes the annual result too), listed after the period's own adjustments; empty for a quarter
   */
  static Stages.Adjustments adjust(Policy policy, Dataset data, Period period, double[] rate,
      Map<Integer, List<AppliedAdjustment>> carriedVetoes) {
    int n = rate.length;
    Adjuster adjuster = new Adjuster(policy, data, period, n);
    carriedVetoes.forEach((u, vetoes) -> {
      adjuster.vetoed[u] = true;
      List<AppliedAdjustment> list = new ArrayList<>(adjuster.applied.getOrDefault(u, List.of()));
      list.addAll(vetoes);
      adjuster.applied.put(u, List.copyOf(list));
    });
    boolean[] rankedLast = new boolean[n];
    adjuster.applied.forEach((u, applied) -> rankedLast[u] = policy.adjustments().vetoEffect(applied)
        .filter(effect -> effect.compareTo(VetoEffect.RANKED_LAST) >= 0).isPresent());
    double[] composite = new double[n];
    for (int u = 0; u < n; u++) {
      composite[u] = composite(policy, rate[u], adjuster.bonus[u], adjuster.deduction[u]);
    }
    return new Stages.Adjustments(adjuster.bonus, adjuster.deduction, adjuster.vetoed, rankedLast,
        Collections.unmodifiableMap(adjuster.applied), composite);
  }

  /** The composite score: {@code rate + bonus − deduction}, at least 0 unless the policy is signed. */
  static double composite(Policy policy, double rate, double bonus, double deduction) {
    double adjusted = rate + bonus - deduction;
    return policy.signed() ? adjusted : Math.max(0, adjusted);
  }

  /** A quarter's veto as the year lists it. */
  static AppliedAdjustment carried(Period quarter, AppliedAdjustment veto) {
    return new AppliedAdjustment(veto.item(), veto.kind(), veto.count(), 0, 0, "", quarter + ": " + veto.note());
  }

  private Adjuster(Policy policy, Dataset data, Period period, int n) {
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
    if (byUnit.isEmpty()) {
      return;
    }
    List<String> itemOrder = rules.items().stream().map(AdjustmentItem::id).toList();
    byUnit.forEach((u, events) -> {
      events.sort(Comparator.comparingInt(event -> itemOrder.indexOf(event.item())));
      applyAll(rules, u, events);
    });
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
