package org.example.appraisal.plugin;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.UnitRule;
import java.util.List;

/**
 * A third party's rule: a stepped penalty, as in "case-closing rate 90 %, −1 per 10 points below": every started
 * {@code step} below the threshold costs {@code penaltyPerStep}, never below zero. Lives in its own jar and reaches
 * the engine only through {@code META-INF/services/io.appraisal.core.spi.RuleType}.
 */
public final class SteppedPenalty implements RuleType {
  @Override
  public String id() {
    return "stepped-penalty";
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public String description() {
    return "Points = max(0, max − penaltyPerStep × ceil((threshold − raw) / step)) below the threshold.";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.required("threshold", ParameterSpec.Type.NUMBER, "the rate that earns full points"),
        ParameterSpec.required("step", ParameterSpec.Type.NUMBER, "the width of one step below it (> 0)"),
        ParameterSpec.required("penaltyPerStep", ParameterSpec.Type.NUMBER, "points lost per step (> 0)"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    if (parameters.direction() != Direction.HIGHER_IS_BETTER) {
      parameters.problem("direction", parameters.direction().toString(), "a rate: must be higher-is-better");
    }
    double threshold = parameters.number("threshold");
    double step = positive(parameters, "step");
    double penalty = positive(parameters, "penaltyPerStep");
    return new UnitRule() {
      @Override
      public ValueRange inputRange() {
        return ValueRange.PERCENT;
      }

      @Override
      protected double points(double raw, double maxPoints, Direction direction) {
        double steps = Math.ceil(Math.max(0, threshold - raw) / step);
        return Math.max(0, maxPoints - penalty * steps);
      }
    };
  }

  private static double positive(RuleParameters parameters, String name) {
    double value = parameters.number(name);
    if (!(value > 0)) {
      parameters.problem(name, String.valueOf(value), "must be positive");
      return 1;
    }
    return value;
  }
}
