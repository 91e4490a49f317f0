package io.appraisal.robustness;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Dataset;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Ranking;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.ScoringContext;
import java.util.List;

/** Small policies scored by hand-checkable rules: {@code linear} (raw × points) and {@code square} (raw² × points). */
final class Fixtures {
  static final Period Q = Period.parse("2024-Q1");
  static final AppraisalEngine ENGINE = AppraisalEngine.builder()
      .rules(RuleRegistry.builder().register(new Power("linear", 1)).register(new Power("square", 2))
          .register(new Relative()).build())
      .build();

  private Fixtures() {}

  /** Scores a raw value in [0, 1] as {@code raw^exponent × points}. */
  record Power(String id, int exponent) implements RuleType {
    @Override
    public String version() {
      return "1";
    }

    @Override
    public String description() {
      return "raw^" + exponent + " × points";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of();
    }

    @Override
    public Rule create(RuleParameters parameters) {
      return new Rule() {
        @Override
        public boolean populationRelative() {
          return false;
        }

        @Override
        public ValueRange inputRange() {
          return ValueRange.YES_NO;
        }

        @Override
        public void score(double[] raw, double[] points, ScoringContext context) {
          for (int i = 0; i < raw.length; i++) {
            if (!Double.isNaN(raw[i])) {
              points[i] = Math.pow(raw[i], exponent) * context.maxPoints();
            }
          }
        }
      };
    }
  }

  /**
   * {@code relative}: a raw value in [0, 1] scored against the others, reading every population statistic: a
   * quarter each for the share of values below (ties half), the distance above the lower quartile in standard
   * deviations (capped at 1), the min-max position, and the value over twice the mean (capped at 1).
   */
  record Relative() implements RuleType {
    @Override
    public String id() {
      return "relative";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public String description() {
      return "a quarter each of percentile, quartile distance, min-max and mean ratio";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of();
    }

    @Override
    public Rule create(RuleParameters parameters) {
      return new Rule() {
        @Override
        public boolean populationRelative() {
          return true;
        }

        @Override
        public ValueRange inputRange() {
          return ValueRange.YES_NO;
        }

        @Override
        public void score(double[] raw, double[] points, ScoringContext context) {
          PopulationStats p = context.population();
          for (int i = 0; i < raw.length; i++) {
            double v = raw[i];
            if (!Double.isNaN(v)) {
              double share = (p.countBelow(v) + 0.5 * p.countEqual(v)) / p.count();
              double quartile = Math.max(0, Math.min(1, (v - p.quantile(0.25)) / (p.sampleStandardDeviation() + 1)));
              double minMax = p.max() > p.min() ? (v - p.min()) / (p.max() - p.min()) : 1;
              double ratio = p.mean() > 0 ? Math.min(1, v / (2 * p.mean())) : 0;
              points[i] = context.maxPoints() * (share + quartile + minMax + ratio) / 4;
            }
          }
        }
      };
    }
  }

  /** total = a (50 points) + b (50 points), both linear; grades 优秀 from 55, else 一般. */
  static Policy twoLeaves() {
    return twoLeaves(Ranking.DEFAULT);
  }

  /** {@link #twoLeaves()} ranked by {@code ranking}. */
  static Policy twoLeaves(Ranking ranking) {
    return Policy.builder("two")
        .category("c", "C")
        .indicators(Indicator.group("total", "Total")
            .child(Indicator.leaf("a", "A", RuleSpec.of("linear")).points(50).range(ValueRange.YES_NO))
            .child(Indicator.leaf("b", "B", RuleSpec.of("linear")).points(50).range(ValueRange.YES_NO))
            .build())
        .grades(GradeScheme.builder().band("优秀", 55).otherwise("一般"))
        .ranking(ranking)
        .build();
  }

  /** X: a = 1, b = 0 (50 points); Y: a = b = 0.6 (60 points): Y first. */
  static Dataset twoUnits() {
    return Dataset.builder()
        .unit(Unit.of("X", "X", "c")).unit(Unit.of("Y", "Y", "c"))
        .value("X", Q, "a", 1).value("X", Q, "b", 0)
        .value("Y", Q, "a", 0.6).value("Y", Q, "b", 0.6)
        .build();
  }

  static RobustnessAnalysis.Builder analysis(Policy policy, Dataset data, Uncertainty uncertainty) {
    return RobustnessAnalysis.builder(ENGINE, policy, data, Q).uncertainty(uncertainty).seed(7);
  }
}
