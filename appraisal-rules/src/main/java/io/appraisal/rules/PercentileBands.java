package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.LIST;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.ScoringContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * Categorical percentile bands ("top 10 % → 10, next 20 % → 8, ..."): bands are cumulative, {@code {top: 10, points:
 * 10}, {top: 30, points: 8}}. A unit's place is its competition rank {@code r} among the {@code n} units scored
 * (equal values share the better rank) as a share, {@code 100 × r / n} per cent; it earns the points of the
 * narrowest band whose {@code top} is at least that share, and 0 beyond the widest band. Of 10 units, ranks 1 (10 %)
 * and 2–3 (20 %, 30 %) fall in the bands above; of 67 units the top 10 % are ranks 1–6 (6 / 67 = 8.96 %, 7 / 67 =
 * 10.4 %). Wider bands must not earn more points than narrower ones.
 *
 * <p>Bands may instead be counted from the bottom, the Handbook's categorical scale by percentile ("the worst 10 % →
 * 0, the worst 40 % → 5"): {@code {bottom: 10, points: 0}, {bottom: 40, points: 5}}. A unit's place from the bottom is
 * the Handbook's percentile, {@code 100 × (worse + equal) / n} (equal values share the better, higher place); it earns
 * the points of the narrowest bottom band holding it, and the indicator's maximum above the widest. Wider bottom bands
 * must not earn fewer points than narrower ones. All bands of a rule count from the same end. Either way the
 * indicator's direction decides which values are better.
 */
final class PercentileBands extends BaseRuleType {
  PercentileBands() {
    super("percentile-bands", "Points = the points of the narrowest band {top: p %} that holds the unit's place,"
            + " 100 × competition rank / n among the units scored; 0 beyond the widest band. Bands {bottom: p %}"
            + " count from the worst; max above the widest.",
        required("bands", LIST, "list of {top: p, points: q}: units placed within the best p % (0 < p <= 100,"
            + " cumulative) earn q points; or of {bottom: p, points: q}: units within the worst p % earn q"));
  }

  /** A band: units placed within the best (or, {@code bottom}, the worst) {@code top} per cent earn {@code points}. */
  private record Band(double top, double points, boolean bottom) {}

  @Override
  public Rule create(RuleParameters parameters) {
    List<Object> given = parameters.list("bands");
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      band(parameters, "bands[" + i + "]", given.get(i)).ifPresent(bands::add);
    }
    if (given.isEmpty() && parameters.has("bands")) {
      parameters.keyedProblem("bands", "[]", "problem.rules.no-bands");
    }
    boolean bottom = !bands.isEmpty() && bands.get(0).bottom();
    if (bands.stream().anyMatch(band -> band.bottom() != bottom)) {
      parameters.keyedProblem("bands", String.valueOf(given), "problem.rules.percentile-bands-mixed");
    }
    bands.sort(Comparator.comparingDouble(Band::top));
    for (int i = 1; i < bands.size(); i++) {
      Band narrower = bands.get(i - 1);
      Band wider = bands.get(i);
      if (wider.top() == narrower.top()) {
        parameters.keyedProblem("bands", Checks.format(wider.top()),
            bottom ? "problem.rules.percentile-bands-same-bottom" : "problem.rules.percentile-bands-same-top");
      } else if (bottom ? wider.points() < narrower.points() : wider.points() > narrower.points()) {
        parameters.keyedProblem("bands", Checks.format(wider.top()),
            bottom ? "problem.rules.percentile-bands-fewer" : "problem.rules.percentile-bands-more");
      }
    }
    double[] tops = bands.stream().mapToDouble(Band::top).toArray();
    double[] points = bands.stream().mapToDouble(Band::points).toArray();
    return new PopulationRule() {
      @Override
      DoubleUnaryOperator scorer(double[] raw, ScoringContext context) {
        PopulationStats population = context.population();
        Direction direction = context.direction();
        int n = population.count();
        double beyond = bottom ? context.maxPoints() : 0;
        return value -> {
          double place = 100.0 * (bottom ? worse(population, value, direction) + population.countEqual(value)
              : competitionRank(population, value, direction));
          for (int b = 0; b < tops.length; b++) {
            if (place <= tops[b] * n) {
              return points[b];
            }
          }
          return beyond;
        };
      }
    };
  }

  /** One band, or nothing (with a problem recorded) when it is not of the form {top|bottom, points}. */
  private static Optional<Band> band(RuleParameters parameters, String name, Object given) {
    if (!(given instanceof Map<?, ?> band && band.size() == 2 && band.containsKey("points")
        && (band.containsKey("top") || band.containsKey("bottom")))) {
      parameters.keyedProblem(name, String.valueOf(given), "problem.rules.percentile-band-form");
      return Optional.empty();
    }
    boolean bottom = band.containsKey("bottom");
    String end = bottom ? "bottom" : "top";
    double top = parameters.toNumber(name + "." + end, band.get(end));
    if (!(top > 0 && top <= 100)) {
      parameters.keyedProblem(name + "." + end, Checks.format(top), "problem.rules.percent-range");
    }
    return Optional.of(new Band(top, Checks.points(parameters, name + ".points", band.get("points")), bottom));
  }
}
