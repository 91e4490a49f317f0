package io.appraisal.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.appraisal.core.Direction;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.ScoringContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * One use of a rule type: the type id, the direction and maximum of the indicator it scores, and its parameters, as a
 * policy leaf would give them. It compiles the rule as the engine does and scores a column outside the engine, with
 * the testkit's own population statistics:
 *
 * <pre>{@code
 * RuleCase ruleCase = new RuleCase("deduction-per-incident", LOWER_IS_BETTER, 6, Map.of("perIncident", 2));
 * RuleType type = BuiltInRules.registry().find("deduction-per-incident").orElseThrow();
 * double[] points = ruleCase.score(type, 0, 1, 4); // {6, 4, 0}
 * }</pre>
 *
 * @param type the rule type id
 * @param direction the indicator's direction
 * @param maxPoints the indicator's maximum points (positive)
 * @param parameters the rule's parameters (the JSON data model: numbers, strings, booleans, lists, maps)
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public record RuleCase(String type, Direction direction, double maxPoints, Map<String, Object> parameters) {
  public RuleCase {
    requireNonNull(type, "type");
    requireNonNull(direction, "direction");
    checkArgument(!type.isBlank(), "rule type cannot be blank");
    checkArgument(Double.isFinite(maxPoints) && maxPoints > 0, "maxPoints must be positive but was: %s", maxPoints);
    parameters = ImmutableMap.copyOf(parameters);
  }

  /** The rule as a policy leaf names it. */
  public RuleSpec spec() {
    return new RuleSpec(type, parameters);
  }

  /**
   * Compiles the rule as the engine would: required parameters present, no unknown parameters, and no problem
   * reported by {@link RuleType#create}.
   *
   * @throws InvalidInputException listing every problem with the parameters
   * @throws IllegalArgumentException if {@code ruleType} does not have this case's type id
   */
  public Rule compile(RuleType ruleType) {
    requireNonNull(ruleType, "ruleType");
    checkArgument(type.equals(ruleType.id()), "this case is for rule type '%s' but was given '%s' (%s)", type,
        ruleType.id(), ruleType.getClass().getName());
    RuleParameters values = new RuleParameters("rule case", "rule", parameters, maxPoints, direction);
    Set<String> known = new HashSet<>();
    for (ParameterSpec parameter : ruleType.parameters()) {
      known.add(parameter.name());
      if (parameter.required() && !values.has(parameter.name())) {
        values.problem(parameter.name(), "", "required parameter is missing");
      }
    }
    for (String name : values.names()) {
      if (!known.contains(name)) {
        values.problem(name, String.valueOf(parameters.get(name)), "unknown parameter for rule type " + type);
      }
    }
    Rule rule = values.problems().isEmpty() ? ruleType.create(values) : null;
    if (!values.problems().isEmpty()) {
      throw new InvalidInputException(values.problems());
    }
    if (rule == null) {
      throw new IllegalStateException("rule type " + type + " (" + ruleType.getClass().getName()
          + ") returned no rule and reported no problem");
    }
    return rule;
  }

  /** Compiles the rule and scores {@code raw} (NaN = a unit not scored here); see {@link #score(Rule, double...)}. */
  public double[] score(RuleType ruleType, double... raw) {
    return score(compile(ruleType), raw);
  }

  /**
   * Scores a column with a rule compiled from this case, the way the engine calls a rule: one call for the whole
   * column, population statistics over the values that are not NaN. Entries where {@code raw} is NaN come back NaN.
   */
  public double[] score(Rule rule, double... raw) {
    double[] points = new double[raw.length];
    Arrays.fill(points, Double.NaN);
    rule.score(raw.clone(), points, context(raw.clone()));
    return points;
  }

  /** A scoring context over {@code column}, with the testkit's population statistics. */
  ScoringContext context(double[] column) {
    return new ScoringContext() {
      private PopulationStats stats;

      @Override
      public double maxPoints() {
        return maxPoints;
      }

      @Override
      public Direction direction() {
        return direction;
      }

      @Override
      public PopulationStats population() {
        if (stats == null) {
          stats = new ReferenceStats(column);
        }
        return stats;
      }
    };
  }

  /** Reads like a policy leaf: {@code deduction-per-incident{LOWER_IS_BETTER, max 6, perIncident=2}}. */
  @Override
  public String toString() {
    String values = parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
    return type + "{" + direction + ", max " + Format.number(maxPoints) + (values.isEmpty() ? "" : ", " + values)
        + "}";
  }
}
