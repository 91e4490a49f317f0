package io.appraisal.testkit;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.UnitRule;
import java.util.List;

/**
 * The rule of the testkit's generated policies, so that they need no other module: linear between two goalposts,
 * {@code max × clamp((x − lower) / (upper − lower))}, reversed when lower is better.
 */
final class ReferenceRule implements RuleType {
  static final String ID = "testkit-linear";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public String description() {
    return "Points = max × clamp((x − lower) / (upper − lower)), reversed when lower is better.";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(ParameterSpec.required("lower", NUMBER, "the value that earns nothing (or full points when"
            + " lower is better)"),
        ParameterSpec.required("upper", NUMBER, "the value that earns full points (or nothing), above lower"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double lower = parameters.number("lower");
    double upper = parameters.number("upper");
    if (!(lower < upper)) {
      parameters.problem("upper", Format.number(upper), "must be above lower = " + Format.number(lower));
    }
    double span = upper - lower;
    return new UnitRule() {
      @Override
      protected double points(double raw, double maxPoints, Direction direction) {
        double fraction = Math.max(0, Math.min(1, (raw - lower) / span));
        return maxPoints * (direction == Direction.HIGHER_IS_BETTER ? fraction : 1 - fraction);
      }
    };
  }
}
