package io.appraisal.rules;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.ScoringContext;
import java.util.function.DoubleUnaryOperator;

/**
 * The ratio normalisations: a non-negative value against a reference taken from the population, {@code x / ref} when
 * higher is better and {@code ref / x} when lower is better, scored {@code max × clamp(ratio / full)}; more generally
 * {@code max × clamp((ratio − zero) / (full − zero))}, which {@link RelativeDifference} scores its {@code d} by. Zeros: when
 * higher is better a reference of 0 means every value is 0, and the ratio is 1; when lower is better a value of 0
 * has the ratio 1 against a reference of 0 (it is as good as the reference) and is unbounded (full points) against a
 * positive one.
 */
final class RatioRule extends PopulationRule {
  /** The reference value of a column. */
  interface Reference {
    double of(PopulationStats population, Direction direction);
  }

  /** The ratio of a value to the reference, oriented so that a larger ratio is better. */
  interface Ratio {
    double of(double value, double ref, Direction direction);
  }

  private final Reference reference;
  private final Ratio ratio;
  private final double zero;
  private final double full;

  /**
   * @param reference the reference of a column
   * @param full the ratio that earns full points
   */
  RatioRule(Reference reference, double full) {
    this(reference, RatioRule::ratio, full);
  }

  /**
   * @param reference the reference of a column
   * @param ratio the ratio of a value to the reference
   * @param full the ratio that earns full points
   */
  RatioRule(Reference reference, Ratio ratio, double full) {
    this(reference, ratio, 0, full);
  }

  /**
   * @param reference the reference of a column
   * @param ratio the ratio of a value to the reference
   * @param zero the ratio that earns 0 points (below {@code full}); with 0, {@code (ratio − 0) / (full − 0)} is
   *     exactly {@code ratio / full}
   * @param full the ratio that earns full points
   */
  RatioRule(Reference reference, Ratio ratio, double zero, double full) {
    this.reference = reference;
    this.ratio = ratio;
    this.zero = zero;
    this.full = full;
  }

  @Override
  public ValueRange inputRange() {
    return ValueRange.NON_NEGATIVE;
  }

  @Override
  DoubleUnaryOperator scorer(double[] raw, ScoringContext context) {
    Direction direction = context.direction();
    double ref = reference.of(context.population(), direction);
    double max = context.maxPoints();
    return value -> max * BaseRuleType.clamp01((ratio.of(value, ref, direction) - zero) / (full - zero));
  }

  /** {@code x / ref} when higher is better, {@code ref / x} when lower is better, with the zeros as described. */
  static double ratio(double value, double ref, Direction direction) {
    if (direction == Direction.HIGHER_IS_BETTER) {
      return ref > 0 ? value / ref : 1;
    }
    return value > 0 ? ref / value : ref > 0 ? Double.POSITIVE_INFINITY : 1;
  }
}
