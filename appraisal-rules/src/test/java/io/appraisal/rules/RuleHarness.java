package io.appraisal.rules;

import io.appraisal.core.Direction;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.ScoringContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Compiles one built-in rule and scores a column with it, outside the engine. */
final class RuleHarness {
  private RuleHarness() {}

  static Rule compile(String type, double maxPoints, Direction direction, Map<String, Object> parameters) {
    RuleType ruleType = BuiltInRules.registry().find(type).orElseThrow();
    RuleParameters params = new RuleParameters("test", "rule", parameters, maxPoints, direction);
    Rule rule = ruleType.create(params);
    if (!params.problems().isEmpty()) {
      throw new InvalidInputException(params.problems());
    }
    return rule;
  }

  /**
   * The problems as every tool prints them in English ({@link Problem#toString}): what the tests assert, whether a
   * problem is keyed or free text.
   */
  static List<String> printed(List<Problem> problems) {
    return problems.stream().map(Problem::toString).toList();
  }

  static double[] score(String type, double maxPoints, Direction direction, Map<String, Object> parameters,
      double... raw) {
    return score(compile(type, maxPoints, direction, parameters), maxPoints, direction, raw);
  }

  static double[] score(Rule rule, double maxPoints, Direction direction, double... raw) {
    double[] points = new double[raw.length];
    Arrays.fill(points, Double.NaN);
    double[] column = raw.clone();
    rule.score(column, points, new ScoringContext() {
      @Override
      public double maxPoints() {
        return maxPoints;
      }

      @Override
      public Direction direction() {
        return direction;
      }

      @Override
      public PopulationStats population() {
        return new ArrayStats(column);
      }
    });
    return points;
  }

  /** A plain reference implementation of the population statistics, independent of the engine's. */
  private static final class ArrayStats implements PopulationStats {
    private final double[] values;

    ArrayStats(double[] column) {
      values = Arrays.stream(column).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    @Override
    public int count() {
      return values.length;
    }

    @Override
    public double min() {
      return values[0];
    }

    @Override
    public double max() {
      return values[values.length - 1];
    }

    @Override
    public double mean() {
      return Arrays.stream(values).average().orElse(Double.NaN);
    }

    @Override
    public double sampleStandardDeviation() {
      double mean = mean();
      double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
      return values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1));
    }

    @Override
    public int countBelow(double value) {
      return (int) Arrays.stream(values).filter(v -> v < value).count();
    }

    @Override
    public int countEqual(double value) {
      return (int) Arrays.stream(values).filter(v -> v == value).count();
    }

    @Override
    public double quantile(double q) {
      double h = (values.length - 1) * q;
      int lo = (int) Math.floor(h);
      int hi = Math.min(lo + 1, values.length - 1);
      return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }
  }
}
