package io.appraisal.rules;

import static io.appraisal.core.Direction.HIGHER_IS_BETTER;
import static io.appraisal.core.Direction.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.Direction;
import io.appraisal.core.spi.Rule;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over many seeded random columns (small integers, so that ties are frequent), every new rule type scores within
 * [0, max], and improving one unit's raw value in the indicator's direction never lowers that unit's points.
 */
class CatalogueMonotonicityTest {
  private static final int COLUMNS = 400;

  static Stream<Arguments> rules() {
    List<Object> bands = List.of(Map.of("top", 10, "points", 10), Map.of("top", 30, "points", 8),
        Map.of("top", 60, "points", 5));
    return Stream.of(
        Arguments.of("rank-points", HIGHER_IS_BETTER, Map.of("points", List.of(10, 9.5, 9), "step", 1, "floor", 2)),
        Arguments.of("rank-points", LOWER_IS_BETTER, Map.of("points", List.of(10, 6))),
        Arguments.of("repeated-incident", LOWER_IS_BETTER, Map.of("perIncident", 0.5, "multiplier", 2, "cap", 8)),
        Arguments.of("z-score", HIGHER_IS_BETTER, Map.of()),
        Arguments.of("z-score", LOWER_IS_BETTER, Map.of("zMin", -1.5, "zMax", 1, "transform", "ln")),
        Arguments.of("z-score", HIGHER_IS_BETTER, Map.of("winsorizeLower", 0.1, "winsorizeUpper", 0.2)),
        Arguments.of("z-score", LOWER_IS_BETTER, Map.of("capLower", 3, "capUpper", 15)),
        Arguments.of("min-max", HIGHER_IS_BETTER, Map.of("winsorizeUpper", 0.25, "transform", "log10")),
        Arguments.of("min-max", LOWER_IS_BETTER, Map.of("capLower", 4, "winsorizeUpper", 0.1)),
        Arguments.of("distance-to-target", HIGHER_IS_BETTER, Map.of("target", 15, "tolerance", 10)),
        Arguments.of("distance-to-target", LOWER_IS_BETTER, Map.of("target", 5, "tolerance", 12)),
        Arguments.of("ratio-to-mean", HIGHER_IS_BETTER, Map.of()),
        Arguments.of("ratio-to-mean", LOWER_IS_BETTER, Map.of("full", 1.5)),
        Arguments.of("ratio-to-best", HIGHER_IS_BETTER, Map.of()),
        Arguments.of("ratio-to-best", LOWER_IS_BETTER, Map.of()),
        Arguments.of("percentile-bands", HIGHER_IS_BETTER, Map.of("bands", bands)),
        Arguments.of("percentile-bands", LOWER_IS_BETTER, Map.of("bands", bands)));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("rules")
  void scoresStayInRangeAndImprovingAValueNeverLowersItsPoints(String type, Direction direction,
      Map<String, Object> parameters) {
    double max = 10;
    Rule rule = RuleHarness.compile(type, max, direction, parameters);
    Random random = new Random(type.hashCode() * 31L + direction.ordinal());
    for (int c = 0; c < COLUMNS; c++) {
      double[] column = new double[1 + random.nextInt(12)];
      for (int i = 0; i < column.length; i++) {
        column[i] = 1 + random.nextInt(20);
      }
      int unit = random.nextInt(column.length);
      double step = 1 + random.nextInt(5);
      double[] improved = column.clone();
      improved[unit] = direction == HIGHER_IS_BETTER ? column[unit] + step : Math.max(1, column[unit] - step);
      double[] before = RuleHarness.score(rule, max, direction, column);
      double[] after = RuleHarness.score(rule, max, direction, improved);
      String where = Arrays.toString(column) + ", unit " + unit + " → " + improved[unit];
      assertTrue(Arrays.stream(before).allMatch(p -> p >= 0 && p <= max), () -> "out of range: " + where + Arrays.toString(before));
      assertTrue(after[unit] >= before[unit] - 1e-12,
          () -> where + ": " + before[unit] + " → " + after[unit]);
    }
  }
}
