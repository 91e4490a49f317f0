package io.appraisal.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Dataset;
import io.appraisal.core.Direction;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import io.appraisal.core.ValueRange;
import io.appraisal.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the example policy over generated units, values and adjustments. */
class BaichengPolicyPropertiesTest {
  private static final Period Q = Period.quarter(2022, 4);
  private static final Policy POLICY = BaichengPolicy.policy();
  private static final AppraisalEngine ENGINE = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();
  private static final List<Indicator> LEAVES = POLICY.indicators().stream().filter(Indicator::isLeaf).toList();
  private static final List<String> ITEMS =
      List.of("bonus.regulation", "bonus.demonstration", "deduction.notice", "deduction.fabrication",
          "veto.illegal-act");

  @Property
  void permutingTheInputOrderChangesNoUnitsResult(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
    Scenario scenario = Scenario.generate(seed, n);
    Scenario shuffled = scenario.shuffled(new Random(~seed));
    Map<String, String> expected = summary(scenario.evaluate());
    assertEquals(expected, summary(shuffled.evaluate()));
  }

  @Property
  void improvingOneRawValueNeverLowersThatUnitsScoreOrRank(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 0, max = 1000) int pick) {
    Scenario scenario = Scenario.generate(seed, n);
    Scenario.Value value = scenario.values.get(pick % scenario.values.size());
    Indicator leaf = POLICY.indicator(value.indicator()).orElseThrow();
    ValueRange range = leaf.range().orElseThrow();
    double better = leaf.direction() == Direction.HIGHER_IS_BETTER
        ? Math.min(range.max(), value.value() + 1 + pick % 7)
        : Math.max(range.min(), value.value() - 1 - pick % 7);
    Scenario improved = scenario.with(value, better);
    UnitResult before = scenario.evaluate().unit(value.unit()).orElseThrow();
    UnitResult after = improved.evaluate().unit(value.unit()).orElseThrow();
    assertTrue(after.scoreRate() >= before.scoreRate() - 1e-9,
        () -> value + " → " + better + ": score rate " + before.scoreRate() + " → " + after.scoreRate());
    assertTrue(after.rank() <= before.rank(), () -> value + " → " + better + ": rank " + before.rank() + " → "
        + after.rank());
  }

  /** The policy ranks vetoed units last (列末位): a unit is beaten by every unit not vetoed if it is vetoed. */
  @Property
  void ranksAreCompetitionRanksOfThePublishedScoresVetoedLast(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 30) int n) {
    AppraisalResult result = Scenario.generate(seed, n).evaluate();
    List<UnitResult> units = result.ranking();
    for (UnitResult unit : units) {
      long better = units.stream().filter(other -> beats(other, unit)).count();
      assertEquals(better + 1, unit.rank(), unit.id());
      long betterInCategory = units.stream()
          .filter(other -> other.unit().category().equals(unit.unit().category()))
          .filter(other -> beats(other, unit)).count();
      assertEquals(betterInCategory + 1, unit.categoryRank(), unit.id());
    }
  }

  private static boolean beats(UnitResult other, UnitResult unit) {
    return other.vetoed() != unit.vetoed() ? unit.vetoed() : other.published().compareTo(unit.published()) > 0;
  }

  @Property
  void scoreRatesLieBetweenZeroAndHundred(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
    for (UnitResult unit : Scenario.generate(seed, n).evaluate().ranking()) {
      assertTrue(unit.scoreRate() >= 0 && unit.scoreRate() <= 100, unit.id() + ": " + unit.scoreRate());
      assertTrue(unit.composite() >= 0 && unit.composite() <= 103, unit.id() + ": " + unit.composite());
      assertTrue(!unit.vetoed() || unit.grade().orElseThrow().equals("较差"), unit.id());
    }
  }

  private static Map<String, String> summary(AppraisalResult result) {
    Map<String, String> summary = new TreeMap<>();
    for (UnitResult unit : result.ranking()) {
      summary.put(unit.id(), unit.published() + " " + unit.rank() + " " + unit.categoryRank() + " "
          + unit.grade().orElse("") + " " + unit.adjustments());
    }
    return summary;
  }

  /** Units, their raw values and adjustment events, in an order that can be permuted. */
  private record Scenario(List<Unit> units, List<Value> values, List<AdjustmentEvent> events) {
    record Value(String unit, String indicator, double value) {}

    static Scenario generate(long seed, int n) {
      Random random = new Random(seed);
      List<Unit> units = new ArrayList<>();
      List<Value> values = new ArrayList<>();
      List<AdjustmentEvent> events = new ArrayList<>();
      String[] categories = {BaichengPolicy.PARTY, BaichengPolicy.GOVERNMENT, BaichengPolicy.MASS};
      for (int i = 0; i < n; i++) {
        String category = categories[random.nextInt(3)];
        Unit unit = category.equals(BaichengPolicy.GOVERNMENT) && random.nextBoolean()
            ? Unit.of("U" + i, "unit " + i, category, BaichengPolicy.ENFORCEMENT)
            : Unit.of("U" + i, "unit " + i, category);
        units.add(unit);
        for (Indicator leaf : LEAVES) {
          if (applies(leaf, unit)) {
            values.add(new Value(unit.id(), leaf.id(), value(leaf.range().orElseThrow(), random)));
          }
        }
        if (random.nextInt(4) == 0) {
          events.add(new AdjustmentEvent(unit.id(), Q, ITEMS.get(random.nextInt(ITEMS.size())),
              1 + random.nextInt(6), "generated"));
        }
      }
      return new Scenario(units, values, events);
    }

    private static boolean applies(Indicator leaf, Unit unit) {
      String group = leaf.id().substring(0, 1);
      return POLICY.indicator(group).orElseThrow().applicability().appliesTo(unit);
    }

    private static double value(ValueRange range, Random random) {
      if (range.equals(ValueRange.YES_NO)) {
        return random.nextInt(2);
      }
      if (range.equals(ValueRange.PERCENT)) {
        return random.nextInt(1001) / 10.0;
      }
      if (range.max() == 3) {
        return random.nextInt(4);
      }
      return random.nextInt(60);
    }

    Scenario shuffled(Random random) {
      List<Unit> u = new ArrayList<>(units);
      List<Value> v = new ArrayList<>(values);
      List<AdjustmentEvent> e = new ArrayList<>(events);
      Collections.shuffle(u, random);
      Collections.shuffle(v, random);
      Collections.shuffle(e, random);
      return new Scenario(u, v, e);
    }

    Scenario with(Value replaced, double newValue) {
      List<Value> v = new ArrayList<>(values);
      v.set(v.indexOf(replaced), new Value(replaced.unit(), replaced.indicator(), newValue));
      return new Scenario(units, v, events);
    }

    AppraisalResult evaluate() {
      Dataset.Builder data = Dataset.builder().units(units).events(events);
      values.forEach(value -> data.value(value.unit(), Q, value.indicator(), value.value()));
      return ENGINE.evaluate(POLICY, data.build(), Q);
    }
  }
}
