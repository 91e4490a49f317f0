package io.appraisal.testkit;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Direction;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import io.appraisal.core.spi.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The checks behind {@link RuleContract}'s properties; each throws an {@link AssertionError} that names the values. */
final class RuleChecks {
  /** Written into every entry before scoring, so that an entry a rule must leave alone can be told apart. */
  static final double UNTOUCHED = -123456.789;
  /** The engine accepts a score this much (relatively) above the maximum, for rounding. */
  static final double ENGINE_SLACK = 1e-12;

  private RuleChecks() {}

  static double tolerance(double maxPoints) {
    return 1e-9 * Math.max(1, maxPoints);
  }

  static void bounds(RuleContract contract, RuleSample sample) {
    Rule rule = checkedRule(contract, sample);
    double max = sample.ruleCase().maxPoints();
    double[] raw = sample.column();
    double[] points = score(rule, sample.ruleCase(), raw);
    for (int i = 0; i < raw.length; i++) {
      if (Double.isNaN(raw[i])) {
        if (Double.doubleToLongBits(points[i]) != Double.doubleToLongBits(UNTOUCHED)) {
          fail("wrote %s into the entry of unit %s, which has no raw value (NaN) and must be left alone", points[i],
              i + 1);
        }
      } else if (!(points[i] >= 0 && points[i] <= max * (1 + ENGINE_SLACK))) {
        fail("raw %s scored %s points, outside [0, %s]", raw[i], points[i], max);
      }
    }
  }

  static void monotone(RuleContract contract, RuleSample sample) {
    Rule rule = checkedRule(contract, sample);
    Direction direction = sample.ruleCase().direction();
    double tolerance = tolerance(sample.ruleCase().maxPoints());
    double[] raw = sample.column();
    double[] points = score(rule, sample.ruleCase(), raw);
    for (int i = 0; i < raw.length; i++) {
      for (int j = 0; j < raw.length; j++) {
        if (Double.isNaN(raw[i]) || Double.isNaN(raw[j])) {
          continue;
        }
        if (raw[i] == raw[j] && Math.abs(points[i] - points[j]) > tolerance) {
          fail("equal raw values scored differently: units %s and %s both have raw %s but scored %s and %s",
              i + 1, j + 1, raw[i], points[i], points[j]);
        }
        boolean jIsBetter = direction == Direction.HIGHER_IS_BETTER ? raw[j] > raw[i] : raw[j] < raw[i];
        if (jIsBetter && points[j] < points[i] - tolerance) {
          fail("not monotone (%s): raw %s scores %s points but the better raw %s scores only %s", direction,
              raw[i], points[i], raw[j], points[j]);
        }
      }
    }
  }

  static void deterministic(RuleContract contract, RuleSample sample) {
    Rule first = checkedRule(contract, sample);
    Rule second = RuleSamples.compile(contract, sample.ruleCase());
    double[] raw = sample.column();
    double[] column = raw.clone();
    double[] once = new double[raw.length];
    Arrays.fill(once, UNTOUCHED);
    first.score(column, once, sample.ruleCase().context(raw.clone()));
    if (!Arrays.equals(column, raw)) {
      fail("modified the raw column it was given: %s became %s", Format.column(raw), Format.column(column));
    }
    double[] again = score(first, sample.ruleCase(), raw);
    double[] otherRule = score(second, sample.ruleCase(), raw);
    if (!Arrays.equals(once, again)) {
      fail("scored the same column twice differently: %s, then %s", Format.column(once), Format.column(again));
    }
    if (!Arrays.equals(once, otherRule)) {
      fail("two rules compiled from the same parameters scored differently: %s and %s", Format.column(once),
          Format.column(otherRule));
    }
  }

  static void orderIndependent(RuleContract contract, RuleSample sample) {
    Rule rule = checkedRule(contract, sample);
    double tolerance = tolerance(sample.ruleCase().maxPoints());
    double[] raw = sample.column();
    double[] points = score(rule, sample.ruleCase(), raw);
    int n = raw.length;
    int[][] orders = {new int[n], new int[n]};
    for (int i = 0; i < n; i++) {
      orders[0][i] = n - 1 - i;
      orders[1][i] = (i + 1) % n;
    }
    String[] names = {"reversed", "rotated by one"};
    for (int k = 0; k < orders.length; k++) {
      int[] order = orders[k];
      double[] permuted = new double[n];
      for (int i = 0; i < n; i++) {
        permuted[i] = raw[order[i]];
      }
      double[] permutedPoints = score(rule, sample.ruleCase(), permuted);
      for (int i = 0; i < n; i++) {
        int unit = order[i];
        if (!Double.isNaN(raw[unit]) && Math.abs(permutedPoints[i] - points[unit]) > tolerance) {
          fail("scores depend on the order of units: unit %s with raw %s scored %s in column %s but %s once the"
                  + " column is %s to %s", unit + 1, raw[unit], points[unit], Format.column(raw), permutedPoints[i],
              names[k], Format.column(permuted));
        }
      }
    }
  }

  static void unitRuleAlone(RuleContract contract, RuleSample sample) {
    Rule rule = checkedRule(contract, sample);
    if (rule.populationRelative()) {
      return;
    }
    double tolerance = tolerance(sample.ruleCase().maxPoints());
    double[] raw = sample.column();
    double[] points = score(rule, sample.ruleCase(), raw);
    for (int i = 0; i < raw.length; i++) {
      if (!Double.isNaN(raw[i])) {
        double alone = score(rule, sample.ruleCase(), new double[] {raw[i]})[0];
        if (Math.abs(alone - points[i]) > tolerance) {
          fail("says it is not population-relative, but raw %s scored %s alone and %s in column %s", raw[i], alone,
              points[i], Format.column(raw));
        }
      }
    }
  }

  static void duplicateInvariant(RuleContract contract, RuleSample sample) {
    Rule rule = checkedRule(contract, sample);
    double tolerance = tolerance(sample.ruleCase().maxPoints());
    double[] raw = sample.column();
    double[] points = score(rule, sample.ruleCase(), raw);
    for (int copied = 0; copied < raw.length; copied++) {
      if (Double.isNaN(raw[copied])) {
        continue;
      }
      double[] more = Arrays.copyOf(raw, raw.length + 1);
      more[raw.length] = raw[copied];
      double[] morePoints = score(rule, sample.ruleCase(), more);
      for (int i = 0; i < more.length; i++) {
        double expected = i < raw.length ? points[i] : points[copied];
        if (!Double.isNaN(more[i]) && Math.abs(morePoints[i] - expected) > tolerance) {
          fail("adding a copy of the unit with raw %s changed a score: raw %s scored %s in column %s but %s in"
                  + " column %s (if the rule's definition counts units, invariantToDuplicateUnits should say so)",
              raw[copied], more[i], expected, Format.column(raw), morePoints[i], Format.column(more));
        }
      }
    }
  }

  static void capsAndFloors(RuleContract contract, RuleSample sample) {
    Rule rule = checkedRule(contract, sample);
    double floor = contract.pointsFloor(sample.ruleCase());
    double ceiling = contract.pointsCeiling(sample.ruleCase());
    double max = sample.ruleCase().maxPoints();
    double tolerance = tolerance(max);
    double[] raw = sample.column();
    double[] points = score(rule, sample.ruleCase(), raw);
    for (int i = 0; i < raw.length; i++) {
      if (Double.isNaN(raw[i])) {
        continue;
      }
      if (!(points[i] >= Math.max(0, floor) - tolerance && points[i] <= Math.min(max, ceiling) + tolerance)) {
        fail("raw %s scored %s points, outside [%s, %s] (the floor and the cap of %s)", raw[i], points[i],
            Math.max(0, floor), Math.min(max, ceiling), sample.ruleCase());
      }
    }
  }

  static void rejection(RuleContract contract, RuleSample sample) {
    Rule rule = checkedRule(contract, sample);
    double bad = sample.rejected();
    if (Double.isFinite(bad) && rule.inputRange().contains(bad)) {
      return;
    }
    try {
      OneLeaf.evaluate(contract.ruleType(), sample.ruleCase(), sample.raw(), bad);
    } catch (InvalidInputException e) {
      List<Problem> naming = new ArrayList<>();
      for (Problem problem : e.problems()) {
        if (names(problem, bad)) {
          naming.add(problem);
        } else if (problem.field().equals("value") && sample.raw().stream().anyMatch(v -> names(problem, v))) {
          fail("the engine rejected a raw value inside the rule's input range %s: %s", rule.inputRange(), problem);
        }
      }
      if (naming.isEmpty()) {
        fail("the engine rejected the data but named no problem with the value %s: %s", bad, e.getMessage());
      }
      return;
    }
    fail("the engine scored the value %s, which is %s", bad, Double.isFinite(bad)
        ? "outside the rule's input range " + rule.inputRange() : "not a finite number");
  }

  static void engineAgrees(RuleContract contract, RuleSample sample) {
    Rule rule = checkedRule(contract, sample);
    if (sample.scored().isEmpty()) {
      return;
    }
    double tolerance = tolerance(sample.ruleCase().maxPoints());
    double[] raw = sample.column();
    double[] points = score(rule, sample.ruleCase(), raw);
    AppraisalResult result = OneLeaf.evaluate(contract.ruleType(), sample.ruleCase(), sample.raw(), null);
    for (int i = 0; i < raw.length; i++) {
      if (Double.isNaN(raw[i])) {
        continue;
      }
      IndicatorScore score = result.unit(OneLeaf.unitId(i)).orElseThrow().indicator(OneLeaf.LEAF).orElseThrow();
      if (Math.abs(score.score() - points[i]) > tolerance) {
        fail("the engine scored raw %s at %s but the rule scores it %s outside the engine (column %s)", raw[i],
            score.score(), points[i], Format.column(raw));
      }
    }
  }

  static void unsupportedDirections(RuleContract contract, RuleSample sample) {
    checkedRule(contract, sample);
    RuleCase ruleCase = sample.ruleCase();
    for (Direction direction : Direction.values()) {
      if (contract.directions().contains(direction)) {
        continue;
      }
      RuleCase other = new RuleCase(ruleCase.type(), direction, ruleCase.maxPoints(), ruleCase.parameters());
      try {
        other.compile(contract.ruleType());
      } catch (InvalidInputException expected) {
        continue;
      }
      fail("accepted direction %s, which directions() leaves out: %s compiled without a problem. A rule that is"
          + " not monotone in a direction must report a problem when compiled for it", direction, other);
    }
  }

  /** The compiled rule, after checking that the sample's raw values lie in its input range. */
  private static Rule checkedRule(RuleContract contract, RuleSample sample) {
    Rule rule = RuleSamples.compile(contract, sample.ruleCase());
    for (double value : sample.scored()) {
      if (!rule.inputRange().contains(value)) {
        throw new AssertionError(String.format(Locale.ROOT, "%s.rawValues(%s) gave %s, outside the rule's input"
            + " range; give values inside the range it is passed", contract.getClass().getName(),
            rule.inputRange(), Format.number(value)));
      }
    }
    return rule;
  }

  private static double[] score(Rule rule, RuleCase ruleCase, double[] raw) {
    double[] points = new double[raw.length];
    Arrays.fill(points, UNTOUCHED);
    rule.score(raw.clone(), points, ruleCase.context(raw.clone()));
    return points;
  }

  private static boolean names(Problem problem, double value) {
    try {
      return Double.compare(Double.parseDouble(problem.value()), value) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void fail(String format, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof Double d ? Format.number(d) : args[i];
    }
    throw new AssertionError(String.format(Locale.ROOT, format, shown));
  }
}
