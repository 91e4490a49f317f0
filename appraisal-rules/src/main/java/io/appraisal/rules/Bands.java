package io.appraisal.rules;

import static io.appraisal.core.spi.ParameterSpec.Type.LIST;
import static io.appraisal.core.spi.ParameterSpec.required;

import io.appraisal.core.Direction;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A banded lookup: ranges of the raw value earn fixed points ("0 → 0, 1–2 → 2, 3–5 → 4, ≥ 6 → 6"). When higher is
 * better each band is {@code {atLeast: x, points: p}} and the best band reached counts; when lower is better each is
 * {@code {atMost: x, points: p}}. A value in no band earns 0. Better bands must not earn fewer points.
 */
final class Bands extends BaseRuleType {
  Bands() {
    super("bands", "Points = the points of the best band the raw value reaches; 0 if none.",
        required("bands", LIST,
            "list of {atLeast: value, points: p} (higher is better) or {atMost: value, points: p} (lower is better)"));
  }

  @Override
  public Rule create(RuleParameters parameters) {
    boolean higher = parameters.direction() == Direction.HIGHER_IS_BETTER;
    String boundKey = higher ? "atLeast" : "atMost";
    List<Object> bands = parameters.list("bands");
    double[][] parsed = new double[bands.size()][];
    for (int i = 0; i < bands.size(); i++) {
      String name = "bands[" + i + "]";
      if (bands.get(i) instanceof Map<?, ?> band && band.size() == 2 && band.containsKey(boundKey)
          && band.containsKey("points")) {
        parsed[i] = new double[] {parameters.toNumber(name + "." + boundKey, band.get(boundKey)),
            Checks.points(parameters, name + ".points", band.get("points"))};
      } else {
        parameters.keyedProblem(name, String.valueOf(bands.get(i)),
            higher ? "problem.rules.band-at-least" : "problem.rules.band-at-most");
        parsed[i] = new double[] {0, 0};
      }
    }
    if (bands.isEmpty()) {
      parameters.keyedProblem("bands", "[]", "problem.rules.no-bands");
    }
    // Best band first: highest atLeast, or lowest atMost.
    Arrays.sort(parsed, (a, b) -> higher ? Double.compare(b[0], a[0]) : Double.compare(a[0], b[0]));
    for (int i = 1; i < parsed.length; i++) {
      if (parsed[i][0] == parsed[i - 1][0]) {
        parameters.keyedProblem("bands", Checks.format(parsed[i][0]), "problem.rules.bands-same-start");
      } else if (parsed[i][1] > parsed[i - 1][1]) {
        parameters.keyedProblem("bands", Checks.format(parsed[i][0]), "problem.rules.bands-not-monotone");
      }
    }
    return unitRule(ValueRange.ANY, (raw, maxPoints, direction) -> {
      for (double[] band : parsed) {
        if (higher ? raw >= band[0] : raw <= band[0]) {
          return band[1];
        }
      }
      return 0;
    });
  }
}
