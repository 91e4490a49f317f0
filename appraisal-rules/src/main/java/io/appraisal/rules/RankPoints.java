package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.LIST;
import static io.appraisal.core.spi.ParameterSpec.Type.NUMBER;
import static io.appraisal.core.spi.ParameterSpec.optional;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.ScoringContext;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Points by rank among the units scored ("first 10, second 9.5, third 9, then 0.5 less per place, at least 6"): the
 * unit's competition rank {@code r} (1 + the number of units with a strictly better raw value, so equal values share
 * a rank and the next ranks are skipped: 1, 2, 2, 4) earns {@code points[r − 1]}; a rank beyond the list earns
 * {@code max(floor, last − step × (r − listed))}, or {@code floor} when no step is given.
 */
final class RankPoints extends BaseRuleType {
  RankPoints() {
    super("rank-points", "Points = points[rank − 1] by competition rank among the units scored (ties share);"
            + " beyond the list, max(floor, last listed − step × ranks beyond).",
        required("points", LIST, "the points of ranks 1, 2, 3...: numbers in [0, max], never increasing"),
        optional("step", NUMBER, "points lost per rank beyond the list (> 0); default: those ranks earn floor"),
        optional("floor", NUMBER, "the least points a rank earns (0..the last listed points); default 0"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    List<Object> given = parameters.list("points");
    int problemsBefore = parameters.problems().size();
    double[] points = new double[given.size()];
    for (int i = 0; i < points.length; i++) {
      points[i] = Checks.points(parameters, "points[" + i + "]", given.get(i));
      if (i > 0 && points[i] > points[i - 1]) {
        parameters.keyedProblem("points[" + i + "]", Checks.format(points[i]), "problem.rules.rank-points-increasing",
            i + 1, i);
      }
    }
    if (points.length == 0 && parameters.has("points")) {
      parameters.keyedProblem("points", "[]", "problem.rules.rank-points-empty");
    }
    boolean listed = points.length > 0 && parameters.problems().size() == problemsBefore;
    double last = points.length == 0 ? 0 : points[points.length - 1];
    double step = parameters.has("step") ? Checks.positive(parameters, "step") : Double.POSITIVE_INFINITY;
    double floor = parameters.raw("floor").map(value -> Checks.points(parameters, "floor", value)).orElse(0.0);
    if (listed && floor > last) {
      parameters.keyedProblem("floor", Checks.format(floor), "problem.rules.floor-above-last", Checks.format(last));
    }
    return new PopulationRule() {
      @Override
      DoubleUnaryOperator scorer(double[] raw, ScoringContext context) {
        PopulationStats population = context.population();
        Direction direction = context.direction();
        return value -> {
          int rank = competitionRank(population, value, direction);
          return rank <= points.length ? points[rank - 1] : Math.max(floor, last - step * (rank - points.length));
        };
      }
    };
  }
}
