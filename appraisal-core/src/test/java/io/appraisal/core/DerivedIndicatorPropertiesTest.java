package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A derived node that restates an aggregation gives the same published scores and ranks: the arithmetic mean of two
 * children as {@code (a + b) / 2}, a weighted mean (weights 1 and 3) as {@code 0.25 * a + 0.75 * b}, and a sum of
 * points as {@code a + b}, over random values of 1–30 units.
 */
class DerivedIndicatorPropertiesTest {
  private static final Period Q = Period.quarter(2023, 2);

  private static Policy policy(Indicator.Builder root) {
    return Policy.builder("restated").category("c", "C").indicators(root.build()).build();
  }

  private static Indicator.Builder children(Indicator.Builder root, double weightA, double weightB, double points) {
    return root.child(Indicator.leaf("a", "A", linear(0, 100)).weight(weightA).points(points))
        .child(Indicator.leaf("b", "B", linear(0, 100)).weight(weightB).points(points));
  }

  @Provide
  Arbitrary<List<double[]>> values() {
    return Arbitraries.doubles().between(0, 100).ofScale(3).array(double[].class).ofSize(2).list().ofMinSize(1)
        .ofMaxSize(30);
  }

  private static void assertSame(Policy aggregated, Policy derived, List<double[]> values) {
    Dataset.Builder data = Dataset.builder();
    for (int u = 0; u < values.size(); u++) {
      String id = String.format(java.util.Locale.ROOT, "u%02d", u);
      data.unit(Unit.of(id, id, "c")).value(id, Q, "a", values.get(u)[0]).value(id, Q, "b", values.get(u)[1]);
    }
    Dataset dataset = data.build();
    AppraisalResult expected = TestRules.engine().evaluate(aggregated, dataset, Q);
    AppraisalResult actual = TestRules.engine().evaluate(derived, dataset, Q);
    assertEquals(summary(expected), summary(actual));
  }

  private static List<String> summary(AppraisalResult result) {
    return result.ranking().stream().map(u -> u.id() + " " + u.published() + " #" + u.rank()).toList();
  }

  @Property
  void theArithmeticMeanRestated(@ForAll("values") List<double[]> values) {
    assertSame(policy(children(Indicator.group("root", "Mean").aggregation(Aggregation.ARITHMETIC_MEAN), 1, 1, 1)),
        policy(children(Indicator.derived("root", "Mean", "(a + b) / 2"), 1, 1, 1)), values);
  }

  @Property
  void aWeightedMeanRestated(@ForAll("values") List<double[]> values) {
    assertSame(policy(children(Indicator.group("root", "Mean").aggregation(Aggregation.ARITHMETIC_MEAN), 1, 3, 1)),
        policy(children(Indicator.derived("root", "Mean", "0.25 * a + 0.75 * b"), 1, 3, 1)), values);
  }

  @Property
  void aSumOfPointsRestated(@ForAll("values") List<double[]> values) {
    assertSame(policy(children(Indicator.group("root", "Sum"), 1, 1, 10)),
        policy(children(Indicator.derived("root", "Sum", "a + b").points(20), 1, 1, 10)), values);
  }
}
