package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.Type.STRING;
import static io.appraisal.core.spi.ParameterSpec.optional;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/**
 * Normalisation with fixed goalposts (the HDI's dimension indices): {@code (t(x) − t(lower)) / (t(upper) −
 * t(lower))}, values beyond the goalposts capped, optionally after a log transform {@code t}. When lower is better
 * the fraction is reversed, so "full at ≤ 5 %, zero at 30 %" is {@code lower: 5, upper: 30}.
 */
final class Goalposts extends BaseRuleType {
  Goalposts() {
    super("goalposts", "Points = max × clamp((t(x) − t(lower)) / (t(upper) − t(lower))), reversed when lower is"
            + " better; t is none, ln or log10.",
        required("lower", NUMBER, "the lower goalpost"),
        required("upper", NUMBER, "the upper goalpost (> lower)"),
        optional("transform", STRING, "none (default), ln or log10; a log needs lower > 0"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double lower = parameters.number("lower");
    double upper = parameters.number("upper");
    Transform transform = Transform.parse(parameters);
    if (!(lower < upper)) {
      Checks.above(parameters, "upper", upper, "lower", lower);
    }
    if (transform.isLog() && !(lower > 0)) {
      parameters.keyedProblem("lower", Checks.format(lower), "problem.rules.positive-for-log");
    }
    double from = transform.apply(lower);
    double span = transform.apply(upper) - from;
    ValueRange range = transform.inputRange();
    return unitRule(range, (raw, maxPoints, direction) -> {
      double fraction = clamp01((transform.apply(raw) - from) / span);
      return maxPoints * (direction == Direction.HIGHER_IS_BETTER ? fraction : 1 - fraction);
    });
  }
}
