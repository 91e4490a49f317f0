package io.appraisal.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.Dataset;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Indicator;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RobustnessPropertiesTest {
  private static final String[] LEAVES = {"a", "b", "c"};

  /** Units with values in [0, 1] for a, b and c, and the points of a, b and c. */
  record Case(List<double[]> values, double[] points, double range, double exclusion, double noise) {
    Policy policy() {
      Indicator.Builder total = Indicator.group("total", "Total");
      for (int i = 0; i < LEAVES.length; i++) {
        total.child(Indicator.leaf(LEAVES[i], LEAVES[i], RuleSpec.of("linear")).points(points[i])
            .range(ValueRange.YES_NO));
      }
      return Policy.builder("p").category("c", "C").indicators(total.build())
          .grades(GradeScheme.builder().band("A", 60).band("B", 40).otherwise("C")).build();
    }

    Dataset data(boolean reversed) {
      List<Integer> order = new ArrayList<>();
      for (int u = 0; u < values.size(); u++) {
        order.add(u);
      }
      if (reversed) {
        Collections.reverse(order);
      }
      Dataset.Builder data = Dataset.builder();
      order.forEach(u -> data.unit(Unit.of("U" + u, "U" + u, "c")));
      for (int u : order) {
        for (int i = 0; i < LEAVES.length; i++) {
          data.value("U" + u, Fixtures.Q, LEAVES[i], values.get(u)[i]);
        }
      }
      return data.build();
    }

    Uncertainty uncertainty() {
      return Uncertainty.builder().factor("weights").weights("total", range).factor("data").relativeNoise("a", noise)
          .factor("exclusion").exclude("c", exclusion).build();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<double[]> unit = Arbitraries.doubles().between(0, 1).ofScale(2).array(double[].class).ofSize(3);
    return Combinators.combine(unit.list().ofMinSize(2).ofMaxSize(7),
        Arbitraries.doubles().between(5, 50).ofScale(0).array(double[].class).ofSize(3),
        Arbitraries.doubles().between(0, 0.6).ofScale(2), Arbitraries.doubles().between(0, 0.5).ofScale(2),
        Arbitraries.doubles().between(0, 0.5).ofScale(2)).as(Case::new);
  }

  private static UncertaintyResult run(Case c, boolean reversed) {
    return Fixtures.analysis(c.policy(), c.data(reversed), c.uncertainty()).build().uncertainty(40, 1);
  }

  @Property(tries = 30)
  void intervalsContainTheMedianAndProbabilitiesAddUp(@ForAll("cases") Case c) {
    UncertaintyResult result = run(c, false);
    int n = c.values().size();
    for (UnitRobustness unit : result.units()) {
      assertTrue(unit.rank().low() <= unit.rank().median() && unit.rank().median() <= unit.rank().high(), "" + unit);
      assertTrue(unit.rank().low() >= 1 && unit.rank().high() <= n, "" + unit);
      double grades = unit.gradeProbabilities().values().stream().mapToDouble(Double::doubleValue).sum();
      assertEquals(1, grades, 1e-9);
    }
    UncertaintyResult all = Fixtures.analysis(c.policy(), c.data(false), c.uncertainty()).build().uncertainty(40, n);
    all.units().forEach(unit -> assertEquals(1.0, unit.probabilityWithinK()));
    assertTrue(!(result.spearman().low() > result.spearman().high()), "" + result.spearman());
    assertTrue(!(result.kendall().low() > result.kendall().high()), "" + result.kendall());
  }

  @Property(tries = 20)
  void theOrderOfTheUnitsDoesNotChangeAnyUnitsResult(@ForAll("cases") Case c) {
    List<UnitRobustness> forward = new ArrayList<>(run(c, false).units());
    List<UnitRobustness> reversed = new ArrayList<>(run(c, true).units());
    forward.sort(Comparator.comparing(unit -> unit.unit().id()));
    reversed.sort(Comparator.comparing(unit -> unit.unit().id()));
    assertEquals(forward, reversed);
  }
}
