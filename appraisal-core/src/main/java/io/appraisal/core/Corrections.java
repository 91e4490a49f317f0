package io.appraisal.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies one period's corrections at the three points where they act: raw values before scoring, indicator scores
 * after the rules, grades after grading. A correction whose {@code before} does not match what it corrects is a
 * problem. Raw-value corrections of one value form a chain; data already holding a value of the chain is corrected
 * to the chain's end, so applying a log to corrected data changes nothing.
 */
final class Corrections {
  final Dataset data;
  final Map<Integer, List<Correction>> applied = new TreeMap<>();
  private final List<Correction> scores = new ArrayList<>();
  private final List<Correction> grades = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  final Dataset original;

  Corrections(CompiledPolicy plan, Dataset original, Period period, CorrectionLog log) {
    this.original = original;
    Map<Dataset.ValueKey, Double> raw = new HashMap<>();
    Map<Dataset.ValueKey, List<Correction>> chains = new LinkedHashMap<>();
    for (Correction correction : log.entries(period)) {
      int u = original.indexOf(correction.unit());
      if (u < 0) {
        String unit = correction.unit();
        Suggestions.closest(unit, original.units().stream().map(Unit::id).toList()).ifPresentOrElse(
            closest -> problem(correction, "unit", unit, "problem.core.correction-unknown-unit-suggest", closest),
            () -> problem(correction, "unit", unit, "problem.core.correction-unknown-unit"));
        continue;
      }
      if (correction.target() != Correction.Target.GRADE) {
        PlanNode node = plan.node(correction.indicator());
        if (node == null || !node.isLeaf()) {
          problem(correction, "indicator", correction.indicator(), "problem.core.correction-not-leaf");
          continue;
        }
      }
      switch (correction.target()) {
        case RAW_VALUE -> chains.computeIfAbsent(
            Dataset.valueKey(correction.unit(), period, correction.indicator()), k -> new ArrayList<>())
            .add(correction);
        case INDICATOR_SCORE -> scores.add(correction);
        case GRADE -> {
          GradeScheme scheme = plan.policy().grades().orElse(null);
          if (scheme == null) {
            problem(correction, "target", "GRADE", "problem.core.correction-no-grades");
          } else if (index(scheme, correction.after()) < 0) {
            problem(correction, "after", correction.after(), "problem.core.correction-unknown-grade");
          } else {
            grades.add(correction);
          }
        }
        default -> throw new AssertionError(correction.target());
      }
    }
    chains.forEach((key, chain) -> applyChain(key, chain, raw));
    this.data = raw.isEmpty() ? original : original.withValues(raw);
  }

  /**
   * Corrections of one raw value form a chain (35 → 15, then 15 → 12): each must start where the previous one ended,
   * and the data may hold any value of the chain (corrections already applied), so applying a log again changes
   * nothing.
   */
  private void applyChain(Dataset.ValueKey key, List<Correction> chain, Map<Dataset.ValueKey, Double> raw) {
    List<Double> values = new ArrayList<>(List.of(chain.get(0).beforeValue()));
    boolean linked = true;
    for (Correction correction : chain) {
      double last = values.get(values.size() - 1);
      if (correction.beforeValue() != last) {
        problem(correction, "before", correction.before(), "problem.core.correction-chain-broken",
            Evaluator.number(last));
        linked = false;
      }
      values.add(correction.afterValue());
    }
    double given = original.value(key.unit(), key.period(), key.indicator()).orElse(Double.NaN);
    if (!values.contains(given)) {
      problem(chain.get(0), "before", chain.get(0).before(), "problem.core.correction-data-differs",
          Evaluator.number(given));
    } else if (linked) {
      raw.put(key, values.get(values.size() - 1));
      chain.forEach(correction -> record(original.indexOf(key.unit()), correction));
    }
  }

  /** Replaces indicator scores after the rules have run. */
  void applyScores(CompiledPolicy plan, double[][] score, double[][] max, Rounder rounder) {
    for (Correction correction : scores) {
      int u = original.indexOf(correction.unit());
      int leaf = plan.node(correction.indicator()).index;
      double after = correction.afterValue();
      if (rounder.key(score[leaf][u]) != rounder.key(correction.beforeValue())) {
        problem(correction, "before", correction.before(), "problem.core.correction-score-differs",
            Evaluator.number(score[leaf][u]));
      } else if (!(after >= 0 && after <= max[leaf][u])) {
        problem(correction, "after", correction.after(), "problem.core.correction-score-outside",
            Evaluator.number(max[leaf][u]));
      } else {
        score[leaf][u] = after;
        record(u, correction);
      }
    }
  }

  /**
   * The overrides stage: the grades with the log's grade corrections applied, in a new array when there are any.
   */
  Stages.Grades overrideGrades(GradeScheme scheme, Stages.Grades grades) {
    if (this.grades.isEmpty()) {
      return grades;
    }
    int[] grade = grades.grade().clone();
    for (Correction correction : this.grades) {
      int u = original.indexOf(correction.unit());
      int before = index(scheme, correction.before());
      int after = index(scheme, correction.after());
      if (before != grade[u]) {
        problem(correction, "before", correction.before(), "problem.core.correction-grade-differs",
            name(scheme, grade[u]));
      } else {
        grade[u] = after;
        record(u, correction);
      }
    }
    return new Stages.Grades(grade);
  }

  /** The problems found since the last call. */
  List<Problem> takeProblems() {
    List<Problem> taken = List.copyOf(problems);
    problems.clear();
    return taken;
  }

  private static int index(GradeScheme scheme, String name) {
    for (int b = 0; b < scheme.bands().size(); b++) {
      if (scheme.bands().get(b).name().equals(name)) {
        return b;
      }
    }
    return scheme.lowest().equals(name) ? scheme.bands().size() : -1;
  }

  private static String name(GradeScheme scheme, int index) {
    return index < scheme.bands().size() ? scheme.bands().get(index).name() : scheme.lowest();
  }

  private void record(int u, Correction correction) {
    applied.computeIfAbsent(u, k -> new ArrayList<>()).add(correction);
  }

  /**
   * Records a problem with a correction: the bundle's text {@code key}, whose {@code {0}}, {@code {1}}, {@code {2}}
   * are the correction's unit, period and target and {@code {3}} the {@code detail}, if any.
   */
  private void problem(Correction correction, String field, String value, String key, String... detail) {
    List<Object> arguments = new ArrayList<>(List.of(correction.unit(), correction.period(), correction.target()));
    arguments.addAll(List.of(detail));
    problems.add(Problem.keyed("corrections", field, value, key, arguments.toArray()));
  }
}
