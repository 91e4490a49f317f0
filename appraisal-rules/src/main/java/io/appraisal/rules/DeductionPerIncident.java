package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.optional;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;

/**
 * 扣分: a fixed deduction per incident, at most {@code cap} in all, never below zero (扣完为止). The raw value is the
 * number of incidents, so the indicator must be lower-is-better. {@code points = max(0, max − min(cap, perIncident ×
 * count))}.
 */
final class DeductionPerIncident extends BaseRuleType {
  DeductionPerIncident() {
    super("deduction-per-incident",
        "Points = max(0, max − min(cap, perIncident × incidents)); the raw value counts incidents.",
        required("perIncident", NUMBER, "points deducted per incident (> 0)"),
        optional("cap", NUMBER, "the most points deducted in all (> 0); default: the indicator's maximum"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    Checks.direction(parameters, Direction.LOWER_IS_BETTER, "problem.rules.direction-incidents");
    double perIncident = Checks.positive(parameters, "perIncident");
    double cap = Checks.optionalCap(parameters);
    return unitRule(ValueRange.NON_NEGATIVE,
        (raw, maxPoints, direction) -> Math.max(0, maxPoints - Math.min(cap, perIncident * raw)));
  }
}
