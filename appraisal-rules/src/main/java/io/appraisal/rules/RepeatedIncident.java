package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.optional;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.UnitRule;

/**
 * 扣分 that grows for repeats: the first incident costs {@code perIncident}, each further one {@code multiplier}
 * times the one before, at most {@code cap} in all, never below zero. For {@code n} incidents the deduction is
 * {@code perIncident × (1 + m + … + m^(n−1)) = perIncident × (m^n − 1) / (m − 1)} ({@code perIncident × n} when
 * {@code m = 1}, which is {@code deduction-per-incident}). The raw value is the number of incidents, so the indicator
 * must be lower-is-better.
 */
final class RepeatedIncident extends BaseRuleType {
  RepeatedIncident() {
    super("repeated-incident", "Points = max(0, max − min(cap, perIncident × (m^n − 1) / (m − 1))); the raw value"
            + " counts incidents n, each costing m times the one before.",
        required("perIncident", NUMBER, "points deducted for the first incident (> 0)"),
        required("multiplier", NUMBER, "how many times the previous incident's deduction each further one costs"
            + " (>= 1)"),
        optional("cap", NUMBER, "the most points deducted in all (> 0); default: the indicator's maximum"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    Checks.direction(parameters, Direction.LOWER_IS_BETTER, "problem.rules.direction-incidents");
    double perIncident = Checks.positive(parameters, "perIncident");
    double multiplier = parameters.number("multiplier");
    if (!(multiplier >= 1)) {
      parameters.keyedProblem("multiplier", Checks.format(multiplier), "problem.rules.multiplier-at-least-one");
    }
    return new Schedule(perIncident, multiplier,
        Checks.optionalCap(parameters));
  }

  /** The compiled rule: a geometric schedule of deductions. */
  private static final class Schedule extends UnitRule {
    private final double first;
    private final double multiplier;
    private final double cap;

    Schedule(double first, double multiplier, double cap) {
      this.first = first;
      this.multiplier = multiplier;
      this.cap = cap;
    }

    /** The deduction for {@code n} incidents before the cap: {@code first × (1 + m + … + m^(n−1))}. */
    double deduction(double n) {
      return multiplier == 1 ? first * n : first * (Math.pow(multiplier, n) - 1) / (multiplier - 1);
    }

    @Override
    public ValueRange inputRange() {
      return ValueRange.NON_NEGATIVE;
    }

    @Override
    protected double points(double incidents, double maxPoints, Direction direction) {
      return Math.max(0, maxPoints - Math.min(cap, deduction(incidents)));
    }
  }
}
