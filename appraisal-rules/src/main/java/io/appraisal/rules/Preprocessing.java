package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.Type.STRING;
import static io.appraisal.core.spi.ParameterSpec.optional;

import com.google.common.collect.ObjectArrays;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.ScoringContext;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

/**
 * What the population normalisations (min-max, z-score) do to the raw values before normalising: first winsorise
 * them (clamp to fixed caps, or to quantiles of the raw values scored), then transform them (ln or log10). The
 * normalisation's statistics are taken over the prepared values. With no option given, the values are unchanged.
 */
final class Preprocessing {
  private static final ParameterSpec[] PARAMETERS = {
      optional("transform", STRING, "none (default), ln or log10, applied after winsorising; a log needs raw"
          + " values > 0"),
      optional("winsorizeLower", NUMBER, "q in [0, 0.5): values below the q-quantile of the raw values scored"
          + " are raised to it"),
      optional("winsorizeUpper", NUMBER, "q in [0, 0.5): values above the (1 − q)-quantile of the raw values"
          + " scored are lowered to it"),
      optional("capLower", NUMBER, "a fixed lower cap: values below it are raised to it (instead of"
          + " winsorizeLower)"),
      optional("capUpper", NUMBER, "a fixed upper cap: values above it are lowered to it (instead of"
          + " winsorizeUpper)")};

  private final Transform transform;
  /** The quantile of the lower cap, or NaN when the cap is fixed. */
  private final double lowerQuantile;
  /** The quantile of the upper cap, or NaN when the cap is fixed. */
  private final double upperQuantile;
  private final double capLower;
  private final double capUpper;

  private Preprocessing(Transform transform, double lowerQuantile, double upperQuantile, double capLower,
      double capUpper) {
    this.transform = transform;
    this.lowerQuantile = lowerQuantile;
    this.upperQuantile = upperQuantile;
    this.capLower = capLower;
    this.capUpper = capUpper;
  }

  /** A rule type's own parameters followed by the preprocessing options. */
  static ParameterSpec[] withOptions(ParameterSpec... own) {
    return ObjectArrays.concat(own, PARAMETERS, ParameterSpec.class);
  }

  /** Reads the options, recording every problem. */
  static Preprocessing parse(RuleParameters parameters) {
    Transform transform = Transform.parse(parameters);
    double lowerQuantile = quantile(parameters, "winsorizeLower", "capLower");
    double upperQuantile = quantile(parameters, "winsorizeUpper", "capUpper");
    double capLower = parameters.number("capLower", Double.NEGATIVE_INFINITY);
    double capUpper = parameters.number("capUpper", Double.POSITIVE_INFINITY);
    if (parameters.has("capLower") && parameters.has("capUpper") && !(capLower < capUpper)) {
      Checks.above(parameters, "capUpper", capUpper, "capLower", capLower);
    }
    if (transform.isLog() && !(capUpper > 0)) {
      parameters.keyedProblem("capUpper", Checks.format(capUpper), "problem.rules.positive-for-log");
    }
    return new Preprocessing(transform, lowerQuantile, upperQuantile, capLower, capUpper);
  }

  private static double quantile(RuleParameters parameters, String name, String capName) {
    if (!parameters.has(name)) {
      return Double.NaN;
    }
    double q = parameters.number(name);
    if (!(q >= 0 && q < 0.5)) {
      parameters.keyedProblem(name, Checks.format(q), "problem.rules.quantile-range");
    }
    if (parameters.has(capName)) {
      parameters.keyedProblem(name, Checks.format(q), "problem.rules.not-both", name, capName);
    }
    return q;
  }

  /** Reads the {@code whenEqual} parameter: the fraction every unit gets when the values do not spread. */
  static double whenEqual(RuleParameters parameters, double fallback) {
    double whenEqual = parameters.number("whenEqual", fallback);
    if (whenEqual < 0 || whenEqual > 1) {
      parameters.keyedProblem("whenEqual", Checks.format(whenEqual), "problem.rules.fraction-range");
    }
    return whenEqual;
  }

  /** Whether no option was given: the values are scored as they are. */
  private boolean isIdentity() {
    return transform == Transform.NONE && Double.isNaN(lowerQuantile) && Double.isNaN(upperQuantile)
        && capLower == Double.NEGATIVE_INFINITY && capUpper == Double.POSITIVE_INFINITY;
  }

  /** Prepares a column; quantile caps are those of the raw values scored ({@code context.population()}). */
  private Prepared prepare(double[] raw, ScoringContext context) {
    if (isIdentity()) {
      // No copy and no stream: min and max are the engine's population statistics; mean and sd (z-score only)
      // are computed on first use, exactly as below.
      PopulationStats population = context.population();
      return new Prepared(null, population.min(), population.max(),
          () -> moments(Arrays.stream(raw).filter(x -> !Double.isNaN(x)).toArray()));
    }
    double lower = Double.isNaN(lowerQuantile) ? capLower : context.population().quantile(lowerQuantile);
    double upper = Double.isNaN(upperQuantile) ? capUpper : context.population().quantile(1 - upperQuantile);
    DoubleUnaryOperator value = x -> transform.apply(Math.max(lower, Math.min(upper, x)));
    double[] values = Arrays.stream(raw).filter(x -> !Double.isNaN(x)).map(value).toArray();
    DoubleSummaryStatistics summary = Arrays.stream(values).summaryStatistics();
    return new Prepared(value, summary.getMin(), summary.getMax(), () -> moments(values));
  }

  /** The mean and the sample standard deviation (n − 1; 0 for fewer than two values) of prepared values. */
  private static double[] moments(double[] values) {
    double mean = Arrays.stream(values).summaryStatistics().getAverage();
    double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
    double sd = values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1));
    return new double[] {mean, sd};
  }

  /** A prepared column: the prepared value of a raw value (null: unchanged), min and max, mean and sd on demand. */
  static final class Prepared {
    private final DoubleUnaryOperator value;
    private final double min;
    private final double max;
    private final Supplier<double[]> moments;
    private double[] meanSd;

    Prepared(DoubleUnaryOperator value, double min, double max, Supplier<double[]> moments) {
      this.value = value;
      this.min = min;
      this.max = max;
      this.moments = moments;
    }

    DoubleUnaryOperator value() {
      return value == null ? DoubleUnaryOperator.identity() : value;
    }

    double min() {
      return min;
    }

    double max() {
      return max;
    }

    double mean() {
      return moments()[0];
    }

    double sd() {
      return moments()[1];
    }

    private double[] moments() {
      if (meanSd == null) {
        meanSd = moments.get();
      }
      return meanSd;
    }
  }

  /** A population rule that normalises prepared values. */
  abstract static class PreparedRule extends PopulationRule {
    private final Preprocessing preprocessing;

    PreparedRule(Preprocessing preprocessing) {
      this.preprocessing = preprocessing;
    }

    /** The raw values the options accept: positive ones for a log transform. */
    @Override
    public final ValueRange inputRange() {
      return preprocessing.transform.inputRange();
    }

    /** The points of one prepared value, given the prepared column. */
    abstract DoubleUnaryOperator normaliser(Prepared prepared, ScoringContext context);

    @Override
    final DoubleUnaryOperator scorer(double[] raw, ScoringContext context) {
      Prepared prepared = preprocessing.prepare(raw, context);
      DoubleUnaryOperator normaliser = normaliser(prepared, context);
      return prepared.value == null ? normaliser : prepared.value.andThen(normaliser);
    }
  }
}
