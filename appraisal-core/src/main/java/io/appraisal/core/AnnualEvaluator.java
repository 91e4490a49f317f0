package io.appraisal.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rolls the quarters of a year up into the annual result. Quarterly bonuses and deductions reach the year only
 * through {@link AnnualRollup.QuarterValue#COMPOSITE}; a quarterly veto always vetoes the year.
 */
final class AnnualEvaluator {
  private AnnualEvaluator() {}

  static AppraisalResult evaluate(CompiledPolicy plan, Dataset all, int year, CorrectionLog log) {
    Policy policy = plan.policy();
    AnnualRollup rollup = policy.annual().orElseThrow(() ->
        new IllegalStateException("policy " + policy.id() + " defines no annual roll-up"));
    Period yearPeriod = Period.year(year);
    List<Problem> problems = new ArrayList<>();
    // A unit excluded by a veto in any quarter or in the year is left out of the whole year, quarters included.
    List<Period> periods = ImmutableList.<Period>builder().addAll(yearPeriod.quartersOfYear()).add(yearPeriod).build();
    Map<Integer, Note> excluded = Presence.excludedByVeto(policy, all, periods);
    List<Note> notes = new ArrayList<>(excluded.values());
    Dataset data = all;
    if (!excluded.isEmpty()) {
      boolean[] keep = new boolean[all.size()];
      for (int u = 0; u < keep.length; u++) {
        keep[u] = !excluded.containsKey(u);
      }
      data = all.only(keep);
    }
    List<AppraisalResult> quarters = new ArrayList<>();
    for (Period quarter : yearPeriod.quartersOfYear()) {
      if (data.columns(quarter).isEmpty()) {
        if (rollup.missingQuarter() == AnnualRollup.MissingQuarter.FAIL) {
          problems.add(Problem.keyed(data.source(), "period", quarter.toString(), "problem.core.quarter-missing"));
        } else {
          notes.add(rollup.missingQuarter() == AnnualRollup.MissingQuarter.ZERO
              ? Note.keyed("*", "", Note.Kind.QUARTER_MISSING, "note.text.quarter-missing-zero", quarter)
              : Note.keyed("*", "", Note.Kind.QUARTER_MISSING, "note.text.quarter-missing-mean", quarter));
        }
        continue;
      }
      try {
        AppraisalResult result = plan.evaluateQuarterOfYear(data, quarter, log);
        quarters.add(result);
        result.notes().forEach(note -> notes.add(inQuarter(note, quarter)));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (quarters.isEmpty() && problems.isEmpty()) {
      problems.add(Problem.keyed(data.source(), "period", yearPeriod.toString(), "problem.core.year-without-data"));
    }
    double[][] componentValues = componentValues(rollup, data, yearPeriod, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Stages.Rates rates =
        rollUp(plan, data, rollup, yearPeriod, quarters, componentValues, ImmutableList.copyOf(notes));
    Corrections corrections = new Corrections(plan, data, yearPeriod, log);
    // The year's result lists, and its provenance hashes, the quarters' corrections as well as its own.
    Map<Integer, List<Correction>> fromQuarters = new TreeMap<>();
    Map<Integer, List<AppliedAdjustment>> vetoes = new TreeMap<>();
    for (AppraisalResult quarter : quarters) {
      Stages.Outcome outcome = quarter.outcome();
      outcome.corrections().forEach((u, list) ->
          fromQuarters.computeIfAbsent(u, k -> new ArrayList<>()).addAll(list));
      outcome.adjustments().applied().forEach((u, adjustments) -> adjustments.stream()
          .filter(a -> a.kind() == AdjustmentKind.VETO)
          .forEach(veto -> vetoes.computeIfAbsent(u, k -> new ArrayList<>())
              .add(Adjuster.carried(quarter.period(), veto))));
    }
    return Stages.finish(plan, data, yearPeriod, rates, vetoes, corrections, fromQuarters, data, periods);
  }

  /**
   * The year's score-rate stage: means of the quarterly values, and the weighted roll-up. A node's annual points are
   * the mean of its points over the quarters it falls due in ({@link Frequency}): a yearly item's are its Q4
   * points, not a quarter of them; a quarterly group's are the mean of its quarterly points, in which a yearly child
   * counted in Q4 only. The score rate is the mean of the quarterly rates, as without frequencies.
   */
  /** A quarter's note in the year's result: the quarter, then the note's sentence ({@code 2025Q1: value missing; ...}). */
  static Note inQuarter(Note note, Period quarter) {
    String key = switch (note.key()) {
      case "note.text.not-applicable" -> "note.text.in-quarter-not-applicable";
      case "note.text.imputed-zero" -> "note.text.in-quarter-imputed-zero";
      case "note.text.excluded-missing" -> "note.text.in-quarter-excluded-missing";
      case "note.text.imputed-group-mean" -> "note.text.in-quarter-imputed-group-mean";
      case "note.text.imputed-group-median" -> "note.text.in-quarter-imputed-group-median";
      case "note.text.imputed-previous-period" -> "note.text.in-quarter-imputed-previous-period";
      default -> throw new AssertionError("a quarter's evaluation wrote note " + note.key());
    };
    List<Object> arguments = new ArrayList<>(List.of(quarter));
    arguments.addAll(note.arguments());
    return Note.keyed(note.unit(), note.indicator(), note.kind(), key, arguments.toArray());
  }

  private static Stages.Rates rollUp(CompiledPolicy plan, Dataset data, AnnualRollup rollup, Period year,
      List<AppraisalResult> quarters, double[][] componentValues, List<Note> notes) {
    int n = data.size();
    int nodes = plan.nodes().size();
    boolean zero = rollup.missingQuarter() == AnnualRollup.MissingQuarter.ZERO;
    double divisor = zero ? 4 : quarters.size();
    List<Period> counted = zero ? year.quartersOfYear() : quarters.stream().map(AppraisalResult::period).toList();
    double[] nodeDivisor = new double[nodes];
    for (int i = 0; i < nodes; i++) {
      PlanNode node = plan.nodes().get(i);
      nodeDivisor[i] = counted.stream().filter(node::dueIn).count();
    }
    double[][] score = new double[nodes][n];
    double[][] max = new double[nodes][n];
    double[] quarterMean = new double[n];
    for (AppraisalResult quarter : quarters) {
      Stages.Outcome q = quarter.outcome();
      double[] value = rollup.quarterValue() == AnnualRollup.QuarterValue.SCORE_RATE
          ? q.rates().rate() : q.adjustments().composite();
      double[][] quarterScore = q.rates().score();
      double[][] quarterMax = q.rates().max();
      for (int u = 0; u < n; u++) {
        quarterMean[u] += value[u] / divisor;
      }
      for (int i = 0; i < nodes; i++) {
        if (!plan.nodes().get(i).dueIn(quarter.period())) {
          continue; // not scored in this quarter: it neither adds nor dilutes
        }
        for (int u = 0; u < n; u++) {
          score[i][u] += quarterScore[i][u] / nodeDivisor[i];
          max[i][u] += quarterMax[i][u] / nodeDivisor[i];
        }
      }
    }
    double[] rate = new double[n];
    for (int u = 0; u < n; u++) {
      double sum = rollup.quarterWeight() * quarterMean[u];
      for (int k = 0; k < rollup.components().size(); k++) {
        sum += rollup.components().get(k).weight() * componentValues[k][u];
      }
      rate[u] = sum;
    }
    return new Stages.Rates(score, max, rate, null, rollup.components(), componentValues, notes);
  }

  private static double[][] componentValues(AnnualRollup rollup, Dataset data, Period year, List<Problem> problems) {
    List<AnnualRollup.YearEndComponent> components = rollup.components();
    List<String> ids = components.stream().map(AnnualRollup.YearEndComponent::id).toList();
    for (String indicator : data.columns(year).keySet()) {
      if (!ids.contains(indicator)) {
        problems.add(Problem.keyed(data.source(), "indicator", indicator, "problem.core.not-year-end-component",
            ids));
      }
    }
    double[][] values = new double[components.size()][];
    for (int k = 0; k < components.size(); k++) {
      AnnualRollup.YearEndComponent component = components.get(k);
      Dataset.Column column = data.column(year, component.id());
      values[k] = new double[data.size()];
      for (int u = 0; u < data.size(); u++) {
        double value = column == null ? Double.NaN : column.values[u];
        String unit = data.units().get(u).id();
        if (Double.isNaN(value)) {
          problems.add(Problem.keyed(data.source(), "value", "", "problem.core.year-end-value-missing", unit, year,
              component.id()));
        } else if (!component.range().contains(value)) {
          problems.add(data.origin(Dataset.valueKey(unit, year, component.id())).problem("value",
              Evaluator.number(value), "problem.core.component-out-of-range", component.range(), component.id()));
        }
        values[k][u] = value;
      }
    }
    return values;
  }
}
