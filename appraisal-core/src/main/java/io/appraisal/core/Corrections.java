package io.appraisal.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies one period's corrections at the three points where they act: raw values before scoring, indicator scores
 * after the rules, grades after grading. A correction whose {@code before} does not match what it corrects is a
 * problem; a raw-value correction already reflected in the data ({@code after} found) is a no-op, so applying a log
 * to corrected data changes nothing.
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
    for (Correction correction : log.entries(period)) {
      int u = original.indexOf(correction.unit());
      if (u < 0) {
        problem(correction, "unit", correction.unit(), "unknown unit");
        continue;
      }
      if (correction.target() != Correction.Target.GRADE) {
        PlanNode node = plan.node(correction.indicator());
        if (node == null || !node.isLeaf()) {
          problem(correction, "indicator", correction.indicator(), "not a leaf indicator of the policy");
          continue;
        }
      }
      switch (correction.target()) {
        case RAW_VALUE -> {
          double current = original.value(correction.unit(), period, correction.indicator()).orElse(Double.NaN);
          if (current == correction.afterValue()) {
            record(u, correction);
          } else if (current == correction.beforeValue()) {
            raw.put(Dataset.valueKey(correction.unit(), period, correction.indicator()), correction.afterValue());
            record(u, correction);
          } else {
            problem(correction, "before", correction.before(), "the data holds " + Evaluator.number(current));
          }
        }
        case INDICATOR_SCORE -> scores.add(correction);
        case GRADE -> {
          GradeScheme scheme = plan.policy().grades().orElse(null);
          if (scheme == null) {
            problem(correction, "target", "GRADE", "the policy has no grades");
          } else if (index(scheme, correction.after()) < 0) {
            problem(correction, "after", correction.after(), "unknown grade");
          } else {
            grades.add(correction);
          }
        }
        default -> throw new AssertionError(correction.target());
      }
    }
    this.data = raw.isEmpty() ? original : original.withValues(raw);
  }

  /** Replaces indicator scores after the rules have run. */
  void applyScores(CompiledPolicy plan, double[][] score, double[][] max, Rounder rounder) {
    for (Correction correction : scores) {
      int u = original.indexOf(correction.unit());
      int leaf = plan.node(correction.indicator()).index;
      double after = correction.afterValue();
      if (rounder.key(score[leaf][u]) != rounder.key(correction.beforeValue())) {
        problem(correction, "before", correction.before(), "the rule scored " + Evaluator.number(score[leaf][u]));
      } else if (!(after >= 0 && after <= max[leaf][u])) {
        problem(correction, "after", correction.after(),
            "outside [0, " + Evaluator.number(max[leaf][u]) + "], the points available");
      } else {
        score[leaf][u] = after;
        record(u, correction);
      }
    }
  }

  /** Overrides grades; {@code grade} holds band indexes, the band count meaning the lowest grade. */
  void applyGrades(GradeScheme scheme, int[] grade) {
    for (Correction correction : grades) {
      int u = original.indexOf(correction.unit());
      int before = index(scheme, correction.before());
      int after = index(scheme, correction.after());
      if (before != grade[u]) {
        problem(correction, "before", correction.before(), "the unit's grade is " + name(scheme, grade[u]));
      } else {
        grade[u] = after;
        record(u, correction);
      }
    }
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

  private void problem(Correction correction, String field, String value, String message) {
    problems.add(Problem.of("corrections", field, value, String.format(Locale.ROOT, "%s (correction of %s, %s, %s)",
        message, correction.unit(), correction.period(), correction.target())));
  }
}
