package io.appraisal.rules;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.UnitRule;
import java.util.List;

/** Holds what every built-in rule type declares, so each type only writes its formula. */
abstract class BaseRuleType implements RuleType {
  /** The behaviour version of the built-in rules; results record it. */
  static final String VERSION = "1";

  private final String id;
  private final String description;
  private final ImmutableList<ParameterSpec> parameters;

  BaseRuleType(String id, String description, ParameterSpec... parameters) {
    this.id = id;
    this.description = description;
    this.parameters = ImmutableList.copyOf(parameters);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String version() {
    return VERSION;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final List<ParameterSpec> parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return id + " " + VERSION;
  }

  /** The points one raw value earns, for rules that score each unit alone. */
  @FunctionalInterface
  interface UnitPoints {
    double of(double raw, double maxPoints, Direction direction);
  }

  /** A rule scoring each unit from its own value by {@code points}; raw values must lie in {@code range}. */
  static Rule unitRule(ValueRange range, UnitPoints points) {
    return new UnitRule() {
      @Override
      public ValueRange inputRange() {
        return range;
      }

      @Override
      protected double points(double raw, double maxPoints, Direction direction) {
        return points.of(raw, maxPoints, direction);
      }
    };
  }

  static double clamp01(double fraction) {
    return Math.max(0, Math.min(1, fraction));
  }
}
