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
      parameters.keyedProblem(name, format(value), "problem.rules.must-be-positive");
      return 1;
    }
    return value;
  }

  /**
   * Records the problem {@code key} (what the raw value counts, hence the direction it implies) unless the indicator
   * has the direction {@code expected}.
   */
  static void direction(RuleParameters parameters, Direction expected, String key) {
    if (parameters.direction() != expected) {
      parameters.keyedProblem("direction", parameters.direction().toString(), key);
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
      parameters.keyedProblem(name, format(value), "problem.rules.points-range", format(parameters.maxPoints()));
      return 0;
    }
    return value;
  }

  /** Records that {@code name} must be above the parameter {@code lowerName}, whose value is {@code lower}. */
  static void above(RuleParameters parameters, String name, double value, String lowerName, double lower) {
    parameters.keyedProblem(name, format(value), "problem.rules.must-exceed", lowerName, format(lower));
  }

  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
