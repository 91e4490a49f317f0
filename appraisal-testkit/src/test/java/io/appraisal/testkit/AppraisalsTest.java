package io.appraisal.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.Dataset;
import io.appraisal.core.Direction;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The arbitraries generate what they say, configure without changing the original, and shrink small. */
class AppraisalsTest {
  @Provide
  Arbitrary<Unit> configuredUnits() {
    return Appraisals.units().categories("party", "mass").attributes("enforcement", "rural");
  }

  @Property(tries = 200)
  void unitsTakeTheConfiguredCategoriesAndAttributes(@ForAll("configuredUnits") Unit unit) {
    assertTrue(Set.of("party", "mass").contains(unit.category()), unit::toString);
    assertTrue(Set.of("enforcement", "rural").containsAll(unit.attributes()), unit::toString);
    assertTrue(unit.id().matches("u\\d+"), unit::toString);
  }

  @Test
  void configuringReturnsANewInstanceAndLeavesTheOriginalAlone() {
    UnitArbitrary units = Appraisals.units();
    UnitArbitrary configured = units.categories("x");
    assertNotSame(units, configured);
    assertTrue(units.sampleStream().limit(100).allMatch(u -> u.category().matches("c[123]")));
    assertTrue(configured.sampleStream().limit(100).allMatch(u -> u.category().equals("x")));
    IndicatorTreeArbitrary trees = Appraisals.indicatorTrees();
    assertNotSame(trees, trees.maxDepth(2));
    assertThrows(IllegalArgumentException.class, () -> trees.maxDepth(1));
    assertThrows(IllegalArgumentException.class, () -> Appraisals.units().categories());
  }

  @Test
  void rawValuesLieInTheirRangeWithTwoDecimals() {
    List<ValueRange> ranges = List.of(ValueRange.ANY, ValueRange.NON_NEGATIVE, ValueRange.PERCENT,
        ValueRange.YES_NO, ValueRange.of(Double.MIN_VALUE, Double.POSITIVE_INFINITY),
        ValueRange.of(Double.NEGATIVE_INFINITY, -3.5), ValueRange.of(0.001, 0.005), ValueRange.of(2.5, 2.5001));
    for (ValueRange range : ranges) {
      List<Double> values = Appraisals.rawValues(range).sampleStream().limit(300).toList();
      assertTrue(values.stream().allMatch(range::contains), () -> range + ": " + values);
    }
    assertTrue(Appraisals.rawValues(ValueRange.PERCENT).sampleStream().limit(300)
        .allMatch(v -> Math.rint(v * 100) == v * 100 || Math.abs(Math.rint(v * 100) - v * 100) < 1e-9));
  }

  @Provide
  Arbitrary<Indicator> trees() {
    return Appraisals.indicatorTrees().categories(List.of("c1", "c2")).attributes("enforcement");
  }

  @Property(tries = 300)
  void treesHaveUniqueIdsByPositionAndEveryLeafARule(@ForAll("trees") Indicator root) {
    List<Indicator> nodes = root.preOrder().toList();
    assertEquals(nodes.size(), nodes.stream().map(Indicator::id).distinct().count(), nodes::toString);
    assertTrue(nodes.stream().filter(Indicator::isLeaf).allMatch(leaf -> leaf.rule().isPresent()));
    assertTrue(nodes.stream().allMatch(n -> n.id().equals("root") || n.id().matches("\\d+(\\.\\d+)*")));
    assertTrue(nodes.stream().mapToInt(n -> n.id().split("\\.").length).max().orElse(0) <= 2);
    // The first child at every level applies to every unit, so every unit has something to be scored on.
    Indicator first = root;
    while (!first.isLeaf()) {
      first = first.children().get(0);
      assertTrue(first.applicability().isAll(), first::toString);
    }
  }

  @Provide
  Arbitrary<RuleCase> leafRules() {
    return net.jqwik.api.Arbitraries.just(new RuleCase("testkit-linear", Direction.LOWER_IS_BETTER, 3,
        Map.of("lower", 0, "upper", 10)));
  }

  @Test
  void treesTakeTheirLeavesFromTheGivenRuleCases() {
    Arbitrary<Indicator> trees = Appraisals.indicatorTrees().leafRules(leafRules());
    for (Indicator root : trees.sampleStream().limit(50).toList()) {
      for (Indicator leaf : root.preOrder().filter(Indicator::isLeaf).toList()) {
        assertEquals(new RuleSpec("testkit-linear", Map.of("lower", 0, "upper", 10)), leaf.rule().orElseThrow());
        assertEquals(Direction.LOWER_IS_BETTER, leaf.direction());
        assertEquals(3, leaf.points());
      }
    }
  }

  @Test
  void datasetsFollowTheirConfiguration() {
    Policy policy = TwoLeaves.POLICY;
    Period period = Period.year(2023);
    for (Dataset data : Appraisals.datasets(policy, Appraisals.referenceRules()).ofSize(4).period(period)
        .withoutAdjustments().values("2", net.jqwik.api.Arbitraries.just(7.0)).sampleStream().limit(50).toList()) {
      assertEquals(4, data.size());
      assertEquals(Set.of(period), data.periods());
      assertTrue(data.units().stream().allMatch(u -> data.value(u.id(), period, "2").getAsDouble() == 7.0));
      assertTrue(data.events().isEmpty());
    }
  }

  /** A yearly leaf is due in the fourth quarter only: the data of a first quarter has no value for it. */
  @Test
  void datasetsGiveValuesOnlyForLeavesDueInTheirPeriod() {
    Policy policy = Policy.builder("yearly")
        .category("c1", "category 1")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("q", "quarterly", RuleSpec.of("testkit-linear", "lower", 0, "upper", 100)).points(5))
            .child(Indicator.leaf("y", "yearly", RuleSpec.of("testkit-linear", "lower", 0, "upper", 100)).points(5)
                .frequency(io.appraisal.core.Frequency.YEARLY))
            .build())
        .build();
    for (int quarter : new int[] {1, 4}) {
      Period period = Period.quarter(2023, quarter);
      for (Dataset data : Appraisals.datasets(policy, Appraisals.referenceRules()).ofSize(3).period(period)
          .withoutAdjustments().sampleStream().limit(20).toList()) {
        assertEquals(Set.of(period), data.periods());
        assertEquals(quarter == 4 ? Set.of("q", "y") : Set.of("q"), Set.copyOf(data.indicators(period)));
      }
    }
  }

  /** A policy of two leaves, each linear from 0 to 100. */
  static final class TwoLeaves {
    static final Policy POLICY = Policy.builder("two-leaves")
        .category("c1", "category 1")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("1", "one", RuleSpec.of("testkit-linear", "lower", 0, "upper", 100)).points(5))
            .child(Indicator.leaf("2", "two", RuleSpec.of("testkit-linear", "lower", 0, "upper", 100)).points(5))
            .build())
        .build();
  }

  /** Deliberately false properties, run through jqwik's engine to see what their counterexamples shrink to. */
  static final class FalseProperties {
    @Provide
    Arbitrary<Dataset> data() {
      return Appraisals.datasets(TwoLeaves.POLICY, Appraisals.referenceRules()).ofMaxSize(20);
    }

    @Property
    void noValueExceedsFifty(@ForAll("data") Dataset data) {
      for (Unit unit : data.units()) {
        for (String leaf : List.of("1", "2")) {
          assertFalse(data.value(unit.id(), DatasetArbitrary.DEFAULT_PERIOD, leaf).orElse(0) > 50);
        }
      }
    }

    @Provide
    Arbitrary<Policy> policies() {
      return Appraisals.policies();
    }

    @Property
    void policiesHaveAtMostTwoLeaves(@ForAll("policies") Policy policy) {
      assertTrue(policy.indicators().stream().filter(Indicator::isLeaf).count() <= 2);
    }
  }

  @Test
  void counterexamplesShrinkToSmallReadableValues() {
    JqwikRunner.Outcome outcome = JqwikRunner.run(FalseProperties.class);
    assertEquals(Set.of("noValueExceedsFifty", "policiesHaveAtMostTwoLeaves"), outcome.failures().keySet());

    String data = shrunk(outcome.reports().get("noValueExceedsFifty"));
    assertTrue(data.contains("Dataset of 1 unit"), data);
    assertTrue(data.matches("(?s).*u1 \\(c1\\): 1=(0 2=50\\.01|50\\.01 2=0).*"), data);

    String policy = shrunk(outcome.reports().get("policiesHaveAtMostTwoLeaves"));
    assertTrue(policy.contains("categories c1,"), policy);
    assertFalse(policy.contains("adjustments"), policy);
    assertFalse(policy.contains("grades"), policy);
    assertEquals(3, policy.lines().filter(line -> line.contains("testkit-linear")).count(), policy);
  }

  /** The shrunk sample of a jqwik report. */
  private static String shrunk(String report) {
    String sample = report.substring(report.indexOf("Shrunk Sample"));
    int original = sample.indexOf("Original Sample");
    return (original < 0 ? sample : sample.substring(0, original)).lines().collect(Collectors.joining("\n"));
  }
}
