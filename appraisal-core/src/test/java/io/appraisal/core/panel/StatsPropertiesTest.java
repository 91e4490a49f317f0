package io.appraisal.core.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class StatsPropertiesTest {
  @Provide
  Arbitrary<List<Double>> scores() {
    return Arbitraries.integers().between(0, 1000).map(tenths -> tenths / 10.0).list().ofMinSize(1).ofMaxSize(30);
  }

  @Property
  void trimmedMeanLiesBetweenMinAndMax(@ForAll("scores") List<Double> scores, @ForAll @IntRange(max = 5) int k) {
    Assume.that(scores.size() > 2 * k);
    double value = Stats.trimmedMean(array(scores), k);
    assertTrue(value >= Collections.min(scores) && value <= Collections.max(scores), value + " outside " + scores);
  }

  @Property
  void permutingRatersChangesNothing(@ForAll("scores") List<Double> scores, @ForAll long seed) {
    List<Double> shuffled = new ArrayList<>(scores);
    Collections.shuffle(shuffled, new Random(seed));
    int k = (scores.size() - 1) / 2 > 0 ? 1 : 0;
    // Bit for bit: each statistic sorts its input first.
    assertEquals(Stats.trimmedMean(array(scores), k), Stats.trimmedMean(array(shuffled), k));
    assertEquals(Stats.median(array(scores)), Stats.median(array(shuffled)));
    assertEquals(Stats.standardDeviation(array(scores)), Stats.standardDeviation(array(shuffled)));
    assertEquals(Stats.mad(array(scores)), Stats.mad(array(shuffled)));
  }

  @Property
  void trimmingNothingIsTheMean(@ForAll("scores") List<Double> scores) {
    double sum = 0;
    for (double score : scores) {
      sum += score;
    }
    assertEquals(sum / scores.size(), Stats.trimmedMean(array(scores), 0), 1e-9);
  }

  @Property
  void kendallWLiesInTheUnitInterval(@ForAll @IntRange(min = 2, max = 8) int raters,
      @ForAll @IntRange(min = 2, max = 12) int units, @ForAll long seed) {
    Random random = new Random(seed);
    double[][] matrix = new double[raters][units];
    for (double[] row : matrix) {
      for (int u = 0; u < units; u++) {
        row[u] = random.nextInt(5); // few values: many ties
      }
    }
    double w = Stats.kendallW(matrix);
    assertTrue(Double.isNaN(w) || (w >= 0 && w <= 1), "W = " + w);
  }

  @Property
  void kendallWIsOneForIdenticalRankings(@ForAll @IntRange(min = 2, max = 8) int raters,
      @ForAll("scores") List<Double> scores) {
    Assume.that(scores.stream().distinct().count() > 1);
    double[][] matrix = new double[raters][];
    for (int r = 0; r < raters; r++) {
      double[] row = array(scores);
      for (int u = 0; u < row.length; u++) {
        row[u] = row[u] * (r + 1) + r; // another scale, the same ranking
      }
      matrix[r] = row;
    }
    assertEquals(1, Stats.kendallW(matrix), 1e-9);
  }

  private static double[] array(List<Double> scores) {
    return scores.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
