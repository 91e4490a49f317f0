package io.appraisal.core;

import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.ScoringContext;
import io.appraisal.core.spi.UnitRule;
import java.util.List;

/**
 * Test-only rule types (the built-in rules live in another module).
 *
 * <ul>
 *   <li>{@code linear}: a {@link UnitRule}; points = max × clamp((raw − lo) / (hi − lo)) for higher-is-better,
 *       max × clamp((hi − raw) / (hi − lo)) for lower-is-better.
 *   <li>{@code minmax}: population-relative; points = max × (raw − min) / (max − min) over the scored units
 *       (mirrored for lower-is-better); full points when every value is equal.
 * </ul>
 */
final class TestRules {
  private TestRules() {}

  static RuleRegistry registry() {
    return RuleRegistry.builder().register(new LinearRuleType()).register(new MinMaxRuleType()).build();
  }

  static AppraisalEngine engine() {
    return AppraisalEngine.builder().rules(registry()).build();
  }

  static RuleSpec linear(double lo, double hi) {
    return RuleSpec.of("linear", "lo", lo, "hi", hi);
  }

  static RuleSpec minmax() {
    return RuleSpec.of("minmax");
  }

  static double clamp(double fraction) {
    return Math.max(0, Math.min(1, fraction));
  }

  /** Linear between two goalposts. */
  public static final class LinearRuleType implements RuleType {
    @Override
    public String id() {
      return "linear";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public String description() {
      return "points = max × clamp((raw − lo) / (hi − lo)), mirrored for lower-is-better";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(
          ParameterSpec.required("lo", ParameterSpec.Type.NUMBER, "the raw value worth 0 points"),
          ParameterSpec.required("hi", ParameterSpec.Type.NUMBER, "the raw value worth full points"));
    }

    @Override
    public Rule create(RuleParameters parameters) {
      double lo = parameters.number("lo");
      double hi = parameters.number("hi");
      // a stand-in value from a parameter already reported would only add a confusing second problem
      if (parameters.problems().isEmpty() && !(hi > lo)) {
        parameters.problem("hi", Evaluator.number(hi), "must be above lo");
      }
      return new LinearRule(lo, hi);
    }
  }

  static final class LinearRule extends UnitRule {
    private final double lo;
    private final double hi;

    LinearRule(double lo, double hi) {
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    protected double points(double raw, double maxPoints, Direction direction) {
      double fraction = direction == Direction.HIGHER_IS_BETTER ? (raw - lo) / (hi - lo) : (hi - raw) / (hi - lo);
      return maxPoints * clamp(fraction);
    }
  }

  /** Min-max normalisation over the units scored: population-relative. */
  public static final class MinMaxRuleType implements RuleType {
    @Override
    public String id() {
      return "minmax";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public String description() {
      return "points = max × (raw − min) / (max − min) over the units scored";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of();
    }

    @Override
    public Rule create(RuleParameters parameters) {
      return new MinMaxRule();
    }
  }

  static final class MinMaxRule implements Rule {
    @Override
    public boolean populationRelative() {
      return true;
    }

    @Override
    public void score(double[] raw, double[] points, ScoringContext context) {
      PopulationStats population = context.population();
      double min = population.min();
      double max = population.max();
      boolean higher = context.direction() == Direction.HIGHER_IS_BETTER;
      for (int i = 0; i < raw.length; i++) {
        if (Double.isNaN(raw[i])) {
          continue;
        }
        double fraction = max == min ? 1 : higher ? (raw[i] - min) / (max - min) : (max - raw[i]) / (max - min);
        points[i] = context.maxPoints() * clamp(fraction);
      }
    }
  }
}
