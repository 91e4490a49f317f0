package io.appraisal.rules;

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
