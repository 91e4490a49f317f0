package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/**
 * Ratio to the worst unit (the OECD/JRC Handbook's distance to a reference, the reference being the worst value
 * scored): {@code ratio = x / worst} when higher is better, {@code worst / x} when lower is better, at least 1, scored
 * {@code max × clamp(ratio / full)}, so the worst unit earns {@code max / full} and a unit {@code full} times as good
 * or better earns full points. Raw values must be non-negative. Zeros: a worst value of 0 when higher is better gives
 * every positive value full points (an infinite ratio) and 0 the ratio 1; a value of 0 when lower is better has an
 * infinite ratio against a positive worst, and the ratio 1 when every value is 0.
 */
final class RatioToWorst extends BaseRuleType {
  RatioToWorst() {
    super("ratio-to-worst", "Points = max × clamp(ratio / full), ratio = x / worst (worst / x when lower is"
            + " better), worst = the worst value scored; values >= 0.",
        required("full", NUMBER, "the ratio to the worst that earns full points (>= 1)"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double full = parameters.number("full");
    if (!(full >= 1)) {
      parameters.keyedProblem("full", Checks.format(full), "problem.rules.full-at-least-one");
    }
    return new RatioRule(RelativeDifference.Reference.WORST, RatioToWorst::ratio, full);
  }

  /**
   * {@code x / worst} or {@code worst / x}: {@link RatioRule#ratio} of lower-is-better values with the roles of the
   * value and the reference swapped when higher is better, so a reference of 0 is handled as described.
   */
  private static double ratio(double value, double worst, Direction direction) {
    return direction == Direction.HIGHER_IS_BETTER
        ? RatioRule.ratio(worst, value, Direction.LOWER_IS_BETTER)
        : RatioRule.ratio(value, worst, Direction.LOWER_IS_BETTER);
  }
}
