package io.appraisal.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The units ranked in one period of a panel (units entering and leaving over the periods): a unit with no value and
 * no not-applicable mark in the period, and no adjustment event, is absent; a unit with values for fewer than the
 * policy's {@link Policy#minCoverage()} of its applicable indicators is screened out; a unit with an event of a veto
 * item whose effect is {@link VetoEffect#EXCLUDED} is excluded. All three are left out of the period's data and
 * listed in the notes; every other unit is present and ranked (its missing values follow the indicators' {@link
 * MissingPolicy}).
 *
 * @param data the data of the ranked units (the data itself when every unit is ranked)
 * @param notes one note per unit left out, in unit order
 * @param problems a problem when the screening leaves no unit
 */
record Presence(Dataset data, List<Note> notes, List<Problem> problems) {

  static Presence of(CompiledPolicy plan, Dataset data, Period period) {
    if (data.columns(period).isEmpty()) {
      return new Presence(data, List.of(), List.of()); // validation reports the period with no values
    }
    int n = data.size();
    boolean[] anyValue = new boolean[n];
    // Column by column until every unit has a value: commonly the first column has them all.
    int without = n;
    for (Dataset.Column column : data.columns(period).values()) {
      for (int u = 0; u < n; u++) {
        if (!anyValue[u] && (!Double.isNaN(column.values[u]) || column.notApplicable.get(u))) {
          anyValue[u] = true;
          without--;
        }
      }
      if (without == 0) {
        break;
      }
    }
    for (AdjustmentEvent event : data.events()) {
      if (event.period().equals(period) && data.indexOf(event.unit()) >= 0) {
        anyValue[data.indexOf(event.unit())] = true;
      }
    }
    double minCoverage = plan.policy().minCoverage();
    Map<Integer, Note> excluded = excludedByVeto(plan.policy(), data, List.of(period));
    // Coverage only matters with a minimum: counted column by column (one lookup per indicator, not per unit).
    int[] applicable = null;
    int[] present = null;
    if (minCoverage > 0) {
      applicable = new int[n];
      present = new int[n];
      countCoverage(plan, data, period, applicable, present);
    }
    boolean[] keep = new boolean[n];
    List<Note> notes = new ArrayList<>();
    int kept = 0;
    for (int u = 0; u < n; u++) {
      if (!excluded.isEmpty() && excluded.containsKey(u)) { // commonly none: no boxing per unit
        notes.add(excluded.get(u));
        continue;
      }
      if (!anyValue[u]) {
        notes.add(Note.keyed(data.units().get(u).id(), "", Note.Kind.ABSENT, "note.text.absent", period));
        continue;
      }
      // present / applicable is the double nearest the true share, like the policy's minCoverage: 4 / 5 == 0.8.
      if (applicable != null && applicable[u] > 0 && (double) present[u] / applicable[u] < minCoverage) {
        notes.add(Note.keyed(data.units().get(u).id(), "", Note.Kind.SCREENED_OUT, "note.text.screened-out", present[u], applicable[u],
            String.format(Locale.ROOT, "%.1f", 100.0 * present[u] / applicable[u]), period,
            Evaluator.number(minCoverage * 100)));
        continue;
      }
      keep[u] = true;
      kept++;
    }
    if (kept == n) {
      return new Presence(data, List.of(), List.of());
    }
    if (kept == 0) {
      List<Problem> problems = notes.stream().anyMatch(note -> note.kind() == Note.Kind.SCREENED_OUT)
          ? List.of(Problem.keyed(data.source(), "period", period.toString(), "problem.core.no-unit-covered",
              Evaluator.number(minCoverage * 100)))
          : !excluded.isEmpty()
          ? List.of(Problem.keyed(data.source(), "period", period.toString(), "problem.core.every-unit-vetoed"))
          : List.of();
      return new Presence(data, List.of(), problems); // with no unit present, validation reports the period
    }
    return new Presence(data.only(keep), ImmutableList.copyOf(notes), List.of());
  }

  /** Per unit, the leaves due in {@code period} that apply to it and, of those, the ones with a value. */
  private static void countCoverage(CompiledPolicy plan, Dataset data, Period period, int[] applicable,
      int[] present) {
    List<Unit> units = data.units();
    for (PlanNode node : plan.nodes()) {
      if (!node.isLeaf() || !node.dueIn(period)) {
        continue;
      }
      Dataset.Column column = data.column(period, node.id());
      for (int u = 0; u < units.size(); u++) {
        if (node.appliesTo(units.get(u)) && (column == null || !column.notApplicable.get(u))) {
          applicable[u]++;
          present[u] += column != null && !Double.isNaN(column.values[u]) ? 1 : 0;
        }
      }
    }
  }

  /**
   * Per unit index, the note of a unit that an event of an {@link VetoEffect#EXCLUDED} veto item in one of {@code
   * periods} leaves out of the ranking: the item's name, the period and the event's note are the reason (the first
   * such event in data order).
   */
  static Map<Integer, Note> excludedByVeto(Policy policy, Dataset data, List<Period> periods) {
    Map<Integer, Note> excluded = new TreeMap<>();
    for (AdjustmentEvent event : data.events()) {
      int u = data.indexOf(event.unit());
      Optional<AdjustmentItem> item = policy.adjustments().item(event.item());
      if (u >= 0 && periods.contains(event.period()) && !excluded.containsKey(u) && item.isPresent()
          && item.get().vetoEffect().equals(Optional.of(VetoEffect.EXCLUDED))) {
        excluded.put(u, event.note().isEmpty()
            ? Note.keyed(event.unit(), "", Note.Kind.EXCLUDED_BY_VETO, "note.text.vetoed", item.get().name(),
                event.period())
            : Note.keyed(event.unit(), "", Note.Kind.EXCLUDED_BY_VETO, "note.text.vetoed-with-note",
                item.get().name(), event.period(), event.note()));
      }
    }
    return excluded;
  }
}
