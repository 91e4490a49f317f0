package io.appraisal.testkit.guide;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.UnitRule;
import java.util.List;

// guide:begin rule
/**
 * 报送及时性: reports are due on a date; each day late beyond a grace period costs {@code perDay} points, never
 * below zero. The raw value is the number of days late, so the indicator must be lower-is-better.
 */
public final class LateSubmission implements RuleType {
  @Override
  public String id() {
    return "late-submission";
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public String description() {
    return "Points = max(0, max − perDay × max(0, daysLate − graceDays)).";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.required("perDay", NUMBER, "points lost per day late beyond the grace period (> 0)"),
        ParameterSpec.optional("graceDays", NUMBER, "days late that cost nothing (>= 0); default 0"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    // Report every problem through the parameters; never throw.
    if (parameters.direction() != Direction.LOWER_IS_BETTER) {
      parameters.problem("direction", parameters.direction().toString(),
          "days late: the indicator must be lower-is-better");
    }
    double perDay = parameters.number("perDay");
    if (!(perDay > 0)) {
      parameters.problem("perDay", String.valueOf(perDay), "must be positive");
    }
    double graceDays = parameters.number("graceDays", 0);
    if (!(graceDays >= 0)) {
      parameters.problem("graceDays", String.valueOf(graceDays), "cannot be negative");
    }
    return new UnitRule() {
      @Override
      public ValueRange inputRange() {
        return ValueRange.NON_NEGATIVE; // the engine rejects negative days before scoring
      }

      @Override
      protected double points(double daysLate, double maxPoints, Direction direction) {
        return Math.max(0, maxPoints - perDay * Math.max(0, daysLate - graceDays));
      }
    };
  }
}
// guide:end rule
