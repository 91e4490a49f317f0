package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.Type.STRING;
import static io.appraisal.core.spi.ParameterSpec.optional;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/**
 * Difference from a reference relative to it, the OECD/JRC Handbook's "distance to a reference" in its difference
 * form: {@code d = (x − ref) / |ref|}, negated when lower is better, scored {@code max × clamp((d − zero) / (full −
 * zero))}. The reference is the worst, best or mean value scored ({@code reference}; raw values must then be
 * non-negative) or a fixed non-zero number ({@code referenceValue}; any raw value). Against the worst value {@code d =
 * (x − min) / min} when higher is better. A reference of 0 (every value 0, or the worst of non-negative values being
 * 0) makes {@code d} 0 for a value equal to it and infinite (positive on the better side) for any other.
 *
 * <p>The Handbook's "percentage of annual differences" is this with the unit's own previous value as the reference,
 * which a rule scoring one period's column cannot see.
 */
final class RelativeDifference extends BaseRuleType {
  RelativeDifference() {
    super("relative-difference", "Points = max × clamp((d − zero) / (full − zero)), d = (x − ref) / |ref| (−d when"
            + " lower is better), ref = the worst, best or mean value scored, or a fixed number.",
        optional("reference", STRING, "worst, best or mean: the reference taken from the values scored (>= 0)"),
        optional("referenceValue", NUMBER, "a fixed reference (not 0), instead of reference"),
        required("full", NUMBER, "the relative difference d that earns full points"),
        optional("zero", NUMBER, "the relative difference d that earns 0 points (< full); default 0"));
  }

  /** Where the reference comes from. */
  enum Reference implements RatioRule.Reference {
    WORST, BEST, MEAN;

    @Override
    public double of(PopulationStats population, Direction direction) {
      boolean higher = direction == Direction.HIGHER_IS_BETTER;
      return switch (this) {
        case WORST -> higher ? population.min() : population.max();
        case BEST -> higher ? population.max() : population.min();
        case MEAN -> population.mean();
      };
    }
  }

  @Override
  public Rule create(RuleParameters parameters) {
    double full = parameters.number("full");
    double zero = parameters.number("zero", 0);
    if (!(zero < full)) {
      Checks.above(parameters, "full", full, "zero", zero);
    }
    if (parameters.has("referenceValue")) {
      double reference = parameters.number("referenceValue");
      if (parameters.has("reference")) {
        parameters.keyedProblem("referenceValue", Checks.format(reference), "problem.rules.not-both", "reference",
            "referenceValue");
      }
      if (reference == 0) {
        parameters.keyedProblem("referenceValue", "0", "problem.rules.reference-zero");
      }
      return unitRule(ValueRange.ANY, (raw, maxPoints, direction) ->
          maxPoints * clamp01((relative(raw, reference, direction) - zero) / (full - zero)));
    }
    return new RatioRule(reference(parameters), RelativeDifference::relative, zero, full);
  }

  /** Reads {@code reference}: worst, best or mean. */
  private static Reference reference(RuleParameters parameters) {
    String name = parameters.string("reference", "");
    for (Reference reference : Reference.values()) {
      if (reference.name().equalsIgnoreCase(name)) {
        return reference;
      }
    }
    parameters.keyedProblem("reference", name,
        name.isEmpty() ? "problem.rules.reference-missing" : "problem.rules.reference-unknown");
    return Reference.WORST;
  }

  /** {@code (x − ref) / |ref|}, negated when lower is better; 0 or ±infinity against a reference of 0. */
  private static double relative(double value, double ref, Direction direction) {
    double sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
    if (ref == 0) {
      return value == 0 ? 0 : sign * Math.signum(value) * Double.POSITIVE_INFINITY;
    }
    return sign * (value - ref) / Math.abs(ref);
  }
}
