package io.appraisal.core.spi;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.appraisal.core.Direction;
import io.appraisal.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A rule's parameters as given in the policy, with typed accessors that record a {@link Problem} (naming the
 * indicator, the parameter and the value) instead of throwing, so that every problem is reported at once. An
 * accessor that found a problem returns a harmless stand-in value; the rule it helped build is then discarded.
 */
@API(status = STABLE, since = "0.1")
public final class RuleParameters {
  private final String source;
  private final String path;
  private final ImmutableMap<String, Object> values;
  private final double maxPoints;
  private final Direction direction;
  private final List<Problem> problems = new ArrayList<>();

  /**
   * @param source where the policy came from, for messages
   * @param path the location of the rule inside the policy, such as {@code indicators.3.2.rule}
   * @param values the parameters
   * @param maxPoints the maximum points of the indicator the rule scores
   * @param direction the direction of the indicator the rule scores
   */
  public RuleParameters(String source, String path, Map<String, Object> values, double maxPoints,
      Direction direction) {
    this.source = requireNonNull(source, "source");
    this.path = requireNonNull(path, "path");
    this.values = ImmutableMap.copyOf(values);
    this.maxPoints = maxPoints;
    this.direction = requireNonNull(direction, "direction");
  }

  /** The maximum points of the indicator, so a rule can check parameters against it. */
  public double maxPoints() {
    return maxPoints;
  }

  /** The direction of the indicator. */
  public Direction direction() {
    return direction;
  }

  /** A finite number, required. */
  public double number(String name) {
    Object value = values.get(name);
    if (value == null) {
      keyedProblem(name, "", "problem.core.parameter-missing");
      return 1;
    }
    return toNumber(name, value);
  }

  /** A finite number, or {@code fallback} when absent. */
  public double number(String name, double fallback) {
    Object value = values.get(name);
    return value == null ? fallback : toNumber(name, value);
  }

  /** A whole number, or {@code fallback} when absent. */
  public int integer(String name, int fallback) {
    Object value = values.get(name);
    if (value == null) {
      return fallback;
    }
    double number = toNumber(name, value);
    if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
      keyedProblem(name, String.valueOf(value), "problem.core.parameter-not-whole");
      return fallback;
    }
    return (int) number;
  }

  /** A boolean, or {@code fallback} when absent. */
  public boolean bool(String name, boolean fallback) {
    Object value = values.get(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    keyedProblem(name, String.valueOf(value), "problem.core.parameter-not-boolean");
    return fallback;
  }

  /** A string, or {@code fallback} when absent. */
  public String string(String name, String fallback) {
    Object value = values.get(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof String s) {
      return s;
    }
    keyedProblem(name, String.valueOf(value), "problem.core.parameter-not-string");
    return fallback;
  }

  /** A list, required; elements are returned as given (numbers, strings, maps). */
  public List<Object> list(String name) {
    Object value = values.get(name);
    if (value == null) {
      keyedProblem(name, "", "problem.core.parameter-missing");
      return List.of();
    }
    if (value instanceof List<?> list) {
      return ImmutableList.copyOf(list);
    }
    keyedProblem(name, String.valueOf(value), "problem.core.parameter-not-list");
    return List.of();
  }

  /** Whether the parameter was given. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The raw value of a parameter, for rules with structured parameters. */
  public Optional<Object> raw(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Converts one element of a structured parameter to a finite number, recording a problem if it is not one. */
  public double toNumber(String name, Object value) {
    if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
      return number.doubleValue();
    }
    if (value instanceof String text) {
      try {
        double parsed = Double.parseDouble(text.trim());
        if (Double.isFinite(parsed)) {
          return parsed;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    keyedProblem(name, String.valueOf(value), "problem.core.parameter-not-finite");
    return 1;
  }

  /** Records a problem with parameter {@code name}. */
  public void problem(String name, String value, String message) {
    problems.add(Problem.of(source, path + "." + name, value, message));
  }

  /**
   * Records a problem with parameter {@code name} whose message is the bundle's text {@code key} (see {@link
   * Problem#keyed}): the built-in rules' problems, in Chinese or English.
   */
  @API(status = STABLE, since = "0.1")
  public void keyedProblem(String name, String value, String key, Object... arguments) {
    problems.add(Problem.keyed(source, path + "." + name, value, key, arguments));
  }

  /** The parameter names given, in the policy's order. */
  public List<String> names() {
    return values.keySet().asList();
  }

  /** The problems recorded so far. */
  public List<Problem> problems() {
    return ImmutableList.copyOf(problems);
  }
}
