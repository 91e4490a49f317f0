package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Weighted mean-type aggregations, by hand. Children (linear 0..100, so fraction = raw / 100):
 *
 * <pre>
 *   c1 weight 2, raw 50 -> 0.5
 *   c2 weight 1, raw 80 -> 0.8
 *   c3 weight 1, raw 20 -> 0.2   (category X only)
 *   c4 weight 0, raw 100 -> 1.0  (weight 0: ignored)
 * </pre>
 */
class AggregationTest {
  private static final Period Q = Period.quarter(2023, 1);
  private static final double EPS = 1e-9;

  private static Policy policy(Aggregation aggregation) {
    return Policy.builder("mean-" + aggregation)
        .category("X", "With c3")
        .category("Y", "Without c3")
        .indicators(Indicator.group("root", "Index").aggregation(aggregation)
            .child(Indicator.leaf("c1", "One", linear(0, 100)).weight(2).points(10))
            .child(Indicator.leaf("c2", "Two", linear(0, 100)).weight(1).points(5))
            .child(Indicator.leaf("c3", "Three", linear(0, 100)).weight(1).points(20)
                .appliesTo(Applicability.categories("X")))
            .child(Indicator.leaf("c4", "Four", linear(0, 100)).weight(0))
            .build())
        .build();
  }

  private static AppraisalResult evaluate(Aggregation aggregation) {
    Dataset data = Dataset.builder()
        .unit(Unit.of("x", "X unit", "X"))
        .unit(Unit.of("y", "Y unit", "Y"))
        .value("x", Q, "c1", 50).value("x", Q, "c2", 80).value("x", Q, "c3", 20).value("x", Q, "c4", 100)
        .value("y", Q, "c1", 50).value("y", Q, "c2", 80).value("y", Q, "c4", 100)
        .build();
    return TestRules.engine().evaluate(policy(aggregation), data, Q);
  }

  private static void check(Aggregation aggregation, double x, String xPublished, double y, String yPublished) {
    AppraisalResult result = evaluate(aggregation);
    UnitResult ux = result.unit("x").orElseThrow();
    UnitResult uy = result.unit("y").orElseThrow();
    assertEquals(x, ux.scoreRate(), EPS, aggregation + " x");
    assertEquals(new BigDecimal(xPublished), ux.published(), aggregation + " x");
    assertEquals(y, uy.scoreRate(), EPS, aggregation + " y");
    assertEquals(new BigDecimal(yPublished), uy.published(), aggregation + " y");
    // a mean-type root has a maximum of 1 point (its default) and the fraction as its score
    assertEquals(1, ux.maxPoints());
    assertEquals(x / 100, ux.points(), EPS);
    for (UnitResult u : result.ranking()) {
      double sum = u.indicators().stream().filter(IndicatorScore::leaf).mapToDouble(IndicatorScore::contribution)
          .sum();
      assertEquals(u.scoreRate(), sum, EPS, aggregation + " contributions of " + u.id());
    }
  }

  @Test
  void arithmeticMean() {
    // x: (2 × 0.5 + 1 × 0.8 + 1 × 0.2) / (2 + 1 + 1) = 2 / 4 = 0.5 -> 50.00
    // y: c3 does not apply, reweighted: (2 × 0.5 + 0.8) / 3 = 1.8 / 3 = 0.6 -> 60.00
    check(Aggregation.ARITHMETIC_MEAN, 50, "50.00", 60, "60.00");
  }

  @Test
  void geometricMean() {
    // x: exp((2 ln 0.5 + ln 0.8 + ln 0.2) / 4) = (0.25 × 0.8 × 0.2)^(1/4) = 0.04^(1/4) = 0.447213595... -> 44.72
    // y: (0.25 × 0.8)^(1/3) = 0.2^(1/3) = 0.584803547... -> 58.48
    check(Aggregation.GEOMETRIC_MEAN, 100 * Math.pow(0.04, 0.25), "44.72", 100 * Math.cbrt(0.2), "58.48");
  }

  @Test
  void harmonicMean() {
    // x: 4 / (2 / 0.5 + 1 / 0.8 + 1 / 0.2) = 4 / (4 + 1.25 + 5) = 4 / 10.25 = 0.390243902... -> 39.02
    // y: 3 / (4 + 1.25) = 3 / 5.25 = 0.571428571... -> 57.14
    check(Aggregation.HARMONIC_MEAN, 400 / 10.25, "39.02", 300 / 5.25, "57.14");
  }

  @Test
  void minimum() {
    // x: min(0.5, 0.8, 0.2) = 0.2 (c4 with weight 0 is left out, else it would not matter anyway) -> 20.00
    // y: min(0.5, 0.8) = 0.5 -> 50.00
    check(Aggregation.MINIMUM, 20, "20.00", 50, "50.00");
  }

  @Test
  void contributionsOfAMeanShareTheRateByWeightedFraction() {
    // arithmetic, x: rate 50; shares w × f: c1 1.0, c2 0.8, c3 0.2, c4 0 (weight 0); total 2.0
    // -> c1 50 × 1.0 / 2 = 25, c2 20, c3 5, c4 0
    UnitResult x = evaluate(Aggregation.ARITHMETIC_MEAN).unit("x").orElseThrow();
    assertEquals(25, x.indicator("c1").orElseThrow().contribution(), EPS);
    assertEquals(20, x.indicator("c2").orElseThrow().contribution(), EPS);
    assertEquals(5, x.indicator("c3").orElseThrow().contribution(), EPS);
    assertEquals(0, x.indicator("c4").orElseThrow().contribution(), EPS);
    // the leaves keep their own points: c2 = 5 × 0.8 = 4 of 5
    assertEquals(4, x.indicator("c2").orElseThrow().score(), EPS);
    assertEquals(5, x.indicator("c2").orElseThrow().max());
  }

  @Test
  void aZeroChildZeroesGeometricAndHarmonicMeans() {
    // children fractions 0.5 and 0 with weights 1, 1
    int[] children = {0, 1};
    double[] weights = {1, 1};
    double[][] score = {{5}, {0}};
    double[][] max = {{10}, {10}};
    assertEquals(0, Aggregation.GEOMETRIC_MEAN.combine(children, weights, score, max, 0));
    assertEquals(0, Aggregation.HARMONIC_MEAN.combine(children, weights, score, max, 0));
    assertEquals(0, Aggregation.MINIMUM.combine(children, weights, score, max, 0));
    // arithmetic: (0.5 + 0) / 2 = 0.25
    assertEquals(0.25, Aggregation.ARITHMETIC_MEAN.combine(children, weights, score, max, 0), EPS);
  }

  @Test
  void combineDirectly() {
    // three children for two units (u = 0, 1); weights 3, 1, 1
    int[] children = {0, 1, 2};
    double[] weights = {3, 1, 1};
    // unit 0: fractions 0.6, 0.3, 0.9 (maxima 10, 10, 10)
    // unit 1: child 2 not present (max 0): fractions 1.0, 0.5
    double[][] score = {{6, 4}, {3, 2}, {9, 0}};
    double[][] max = {{10, 4}, {10, 4}, {10, 0}};
    // arithmetic: (1.8 + 0.3 + 0.9) / 5 = 0.6; unit 1: (3 + 0.5) / 4 = 0.875
    assertEquals(0.6, Aggregation.ARITHMETIC_MEAN.combine(children, weights, score, max, 0), EPS);
    assertEquals(0.875, Aggregation.ARITHMETIC_MEAN.combine(children, weights, score, max, 1), EPS);
    // geometric: (0.6^3 × 0.3 × 0.9)^(1/5) = (0.216 × 0.27)^(0.2) = 0.05832^(0.2)
    assertEquals(Math.pow(0.05832, 0.2),
        Aggregation.GEOMETRIC_MEAN.combine(children, weights, score, max, 0), EPS);
    // unit 1: (1^3 × 0.5)^(1/4)
    assertEquals(Math.pow(0.5, 0.25),
        Aggregation.GEOMETRIC_MEAN.combine(children, weights, score, max, 1), EPS);
    // harmonic: 5 / (3 / 0.6 + 1 / 0.3 + 1 / 0.9) = 5 / (5 + 3.333.. + 1.111..) = 5 / 9.444.. = 0.529411764...
    assertEquals(5 / (5 + 1 / 0.3 + 1 / 0.9),
        Aggregation.HARMONIC_MEAN.combine(children, weights, score, max, 0), EPS);
    // minimum: 0.3; unit 1: 0.5
    assertEquals(0.3, Aggregation.MINIMUM.combine(children, weights, score, max, 0), EPS);
    assertEquals(0.5, Aggregation.MINIMUM.combine(children, weights, score, max, 1), EPS);
    // nothing present: NaN, so the group is left out for the unit
    double[][] none = {{0, 0}, {0, 0}, {0, 0}};
    assertTrue(Double.isNaN(Aggregation.ARITHMETIC_MEAN.combine(children, weights, score, none, 0)));
  }

  @Test
  void aMeanGroupInsideAPointsTree() {
    // root SUM: s1 linear 10 points (raw 70 -> 7); g mean group of 20 points: arithmetic of k1 (w 1, raw 40)
    // and k2 (w 3, raw 80) -> (0.4 + 2.4) / 4 = 0.7 -> 14 of 20. total (7 + 14) / (10 + 20) = 70 %
    Policy policy = Policy.builder("nested")
        .category("X", "X")
        .indicators(Indicator.group("root", "Total")
            .child(Indicator.leaf("s1", "Points", linear(0, 100)).points(10))
            .child(Indicator.group("g", "Mean").aggregation(Aggregation.ARITHMETIC_MEAN).points(20)
                .child(Indicator.leaf("k1", "K1", linear(0, 100)).weight(1))
                .child(Indicator.leaf("k2", "K2", linear(0, 100)).weight(3)))
            .build())
        .build();
    Dataset data = Dataset.builder().unit(Unit.of("x", "X", "X"))
        .value("x", Q, "s1", 70).value("x", Q, "k1", 40).value("x", Q, "k2", 80).build();
    UnitResult x = TestRules.engine().evaluate(policy, data, Q).unit("x").orElseThrow();
    assertEquals(21, x.points(), EPS);
    assertEquals(30, x.maxPoints(), EPS);
    assertEquals(70, x.scoreRate(), EPS);
    assertEquals(14, x.indicator("g").orElseThrow().score(), EPS);
    // contributions: s1 7/30 = 23.333.., g 14/30 = 46.666..; inside g by w × f: k1 0.4, k2 2.4 of 2.8
    assertEquals(700 / 30.0, x.indicator("s1").orElseThrow().contribution(), EPS);
    assertEquals(1400 / 30.0 * 0.4 / 2.8, x.indicator("k1").orElseThrow().contribution(), EPS);
    assertEquals(1400 / 30.0 * 2.4 / 2.8, x.indicator("k2").orElseThrow().contribution(), EPS);
  }
}
