package io.appraisal.rules;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.RuleParameters;
import java.util.Locale;

/** Parameter checks shared by the built-in rule types; each records a problem rather than throwing. */
final class Checks {
  private Checks() {}

  /** A required parameter that must be positive. */
  static double positive(RuleParameters parameters, String name) {
    double value = parameters.number(name);
    if (!(value > 0)) {
      parameters.problem(name, format(value), "must be positive");
      return 1;
    }
    return value;
  }

  /** Records a problem unless the indicator has the direction the rule's raw value implies. */
  static void direction(RuleParameters parameters, Direction expected, String what) {
    if (parameters.direction() != expected) {
      parameters.problem("direction", parameters.direction().toString(), "the raw value is " + what
          + ", so the indicator must be " + (expected == Direction.LOWER_IS_BETTER ? "lower" : "higher")
          + "-is-better");
    }
  }

  /** The optional {@code cap} parameter: positive when given, infinite (no cap) when not. */
  static double optionalCap(RuleParameters parameters) {
    return parameters.has("cap") ? positive(parameters, "cap") : Double.POSITIVE_INFINITY;
  }

  /** A number in {@code [0, the indicator's maximum]}. */
  static double points(RuleParameters parameters, String name, Object raw) {
    double value = parameters.toNumber(name, raw);
    if (value < 0 || value > parameters.maxPoints()) {
      parameters.problem(name, format(value),
          "points must lie in [0, " + format(parameters.maxPoints()) + "], the indicator's maximum");
      return 0;
    }
    return value;
  }

  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
