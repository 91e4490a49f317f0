package io.appraisal.rules;

import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.RuleParameters;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/** A transform of the raw value before it is normalised: the {@code transform} parameter of the rule types. */
enum Transform {
  NONE(x -> x),
  LN(Math::log),
  LOG10(Math::log10);

  private final DoubleUnaryOperator function;

  Transform(DoubleUnaryOperator function) {
    this.function = function;
  }

  /** Reads the {@code transform} parameter (none by default), recording a problem for an unknown name. */
  static Transform parse(RuleParameters parameters) {
    String name = parameters.string("transform", "none");
    for (Transform transform : values()) {
      if (transform.name().toLowerCase(Locale.ROOT).equals(name)) {
        return transform;
      }
    }
    parameters.keyedProblem("transform", name, "problem.rules.transform-unknown");
    return NONE;
  }

  double apply(double value) {
    return function.applyAsDouble(value);
  }

  boolean isLog() {
    return this != NONE;
  }

  /** The raw values the transform accepts: positive ones for a log. */
  ValueRange inputRange() {
    return isLog() ? ValueRange.of(Double.MIN_VALUE, Double.POSITIVE_INFINITY) : ValueRange.ANY;
  }
}
