package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static io.appraisal.core.TestRules.minmax;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.EnginePropertiesTest.UnitSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A what-if after any sequence of changed raw values gives what a full recalculation of the changed data gives:
 * every unit's result (scores of every indicator, composite, published score, ranks, grade, adjustments), the notes
 * and the provenance, and the published score and ranks it answers without building a result. The policy is
 * {@link EnginePropertiesTest}'s (fixed-bound and min-max leaves, bonus, deductions, veto, grade quotas, tie-breaks)
 * with the root's aggregation drawn; with {@code l1} restricted to two categories (so units of the third have no
 * value) the what-if recalculates, otherwise it works incrementally.
 */
class WhatIfPropertiesTest {
  static final Period Q = EnginePropertiesTest.Q;
  private static final Map<List<Object>, Policy> POLICIES = new ConcurrentHashMap<>();
  private static final AppraisalEngine ENGINE = TestRules.engine();

  record Change(int unit, String indicator, double value) {}

  static Policy policy(RankingMethod method, boolean rankedLast, GradeScheme.QuotaTies ties, Aggregation root,
      boolean restricted) {
    return POLICIES.computeIfAbsent(List.of(method, rankedLast, ties, root, restricted), key -> {
      Indicator.Builder l1 = Indicator.leaf("l1", "Lower", linear(0, 50)).points(6).lowerIsBetter()
          .range(ValueRange.of(0, 50));
      Policy.Builder policy = Policy.builder("what-if")
          .category("C0", "Zero").category("C1", "One").category("C2", "Two")
          .indicators(Indicator.group("root", "Total").aggregation(root)
              .child(Indicator.group("g1", "Own values").weight(2)
                  .child(Indicator.leaf("h1", "Higher", linear(0, 100)).points(10).range(ValueRange.PERCENT))
                  .child(restricted ? l1.appliesTo(Applicability.categories("C1", "C2")) : l1))
              .child(Indicator.group("g2", "Relative").aggregation(Aggregation.ARITHMETIC_MEAN)
                  .child(Indicator.leaf("h2", "Higher relative", minmax()).points(8).weight(3))
                  .child(Indicator.leaf("l2", "Lower relative", minmax()).points(6).lowerIsBetter()))
              .build());
      return EnginePropertiesTest.withRules(policy, method, rankedLast, ties).build();
    });
  }

  /** Every unit has every value (l1 too) unless {@code restricted}, where category C0 has no l1. */
  static Dataset dataset(List<UnitSpec> units, boolean restricted) {
    Dataset.Builder data = Dataset.builder();
    for (int k = 0; k < units.size(); k++) {
      data.unit(Unit.of(EnginePropertiesTest.id(k), "Unit " + k,
          EnginePropertiesTest.CATEGORIES.get(units.get(k).category())));
    }
    for (int k = 0; k < units.size(); k++) {
      UnitSpec u = units.get(k);
      String id = EnginePropertiesTest.id(k);
      data.value(id, Q, "h1", u.h1()).value(id, Q, "h2", u.h2()).value(id, Q, "l2", u.l2());
      if (!restricted || u.category() != 0) {
        data.value(id, Q, "l1", u.l1());
      }
      if (u.bonus() > 0) {
        data.event(new AdjustmentEvent(id, Q, "b", u.bonus(), ""));
      }
      if (u.deduction() > 0) {
        data.event(new AdjustmentEvent(id, Q, "d", u.deduction(), ""));
      }
      if (u.veto()) {
        data.event(new AdjustmentEvent(id, Q, "v", 1, ""));
      }
    }
    return data.build();
  }

  @Provide
  Arbitrary<List<UnitSpec>> scenarios() {
    return new EnginePropertiesTest().scenarios();
  }

  /** Changes to coarse values (ties, and often a new minimum or maximum of a min-max column) or to any value. */
  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<Double> value = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 10).map(i -> i * 10.0)),
        Tuple.of(1, Arbitraries.doubles().between(0, 100).ofScale(3)));
    return Combinators.combine(Arbitraries.integers().between(0, 39), Arbitraries.of("h1", "l1", "h2", "l2"), value)
        .as((unit, indicator, x) -> new Change(unit, indicator, indicator.equals("l1") ? x / 2 : x))
        .list().ofMinSize(1).ofMaxSize(12);
  }

  @Property
  void whatIfEqualsAFullRecalculationAfterEveryChange(@ForAll("scenarios") List<UnitSpec> units,
      @ForAll("changes") List<Change> changes, @ForAll RankingMethod method, @ForAll boolean rankedLast,
      @ForAll GradeScheme.QuotaTies ties, @ForAll Aggregation root, @ForAll boolean restricted) {
    Assume.that(!restricted || root != Aggregation.TOPSIS); // TOPSIS needs every child to apply to every unit
    Policy policy = policy(method, rankedLast, ties, root, restricted);
    CompiledPolicy compiled = ENGINE.compile(policy);
    WhatIf whatIf = compiled.whatIf(dataset(units, restricted), Q);
    // Incremental unless some unit (of C0) has no l1, or TOPSIS (population-relative over the group) aggregates.
    assertEquals(root != Aggregation.TOPSIS && (!restricted || units.stream().noneMatch(u -> u.category() == 0)),
        whatIf.incremental());
    List<UnitSpec> current = new ArrayList<>(units);
    AppraisalResult earlier = whatIf.result();
    List<UnitResult> earlierRanking = earlier.ranking();
    for (Change change : changes) {
      int k = change.unit() % units.size();
      if (restricted && change.indicator().equals("l1") && current.get(k).category() == 0) {
        continue; // l1 does not apply to the unit (the what-if refuses it: whatIfRefusesWhatItCannotChange)
      }
      whatIf.set(EnginePropertiesTest.id(k), change.indicator(), change.value());
      current.set(k, current.get(k).with(change.indicator(), change.value()));
      AppraisalResult full = compiled.evaluate(dataset(current, restricted), Q);
      for (UnitResult expected : full.ranking()) {
        assertEquals(expected.published(), whatIf.published(expected.id()), expected.id());
        assertEquals(expected.rank(), whatIf.rank(expected.id()), expected.id());
        assertEquals(expected.categoryRank(), whatIf.categoryRank(expected.id()), expected.id());
      }
      AppraisalResult result = whatIf.result();
      assertEquals(full.ranking(), result.ranking());
      assertEquals(full.notes(), result.notes());
      assertEquals(full.provenance(), result.provenance());
    }
    // A result already returned does not change with later changes.
    assertEquals(earlierRanking, earlier.ranking());
  }

  @Test
  void whatIfRefusesWhatItCannotChange() {
    List<UnitSpec> units = List.of(new UnitSpec(0, 80, 70, 10, 20, 0, 0, false),
        new UnitSpec(1, 60, 90, 20, 40, 0, 0, false));
    WhatIf whatIf = ENGINE.compile(policy(RankingMethod.COMPETITION, false, GradeScheme.QuotaTies.ALL_QUALIFY,
        Aggregation.SUM, true)).whatIf(dataset(units, true), Q);
    String unknownUnit = assertThrows(IllegalArgumentException.class, () -> whatIf.set("u99", "h1", 50))
        .getMessage();
    assertEquals("unitId must be a unit evaluated in period 2022-Q4 but was u99", unknownUnit);
    String group = assertThrows(IllegalArgumentException.class, () -> whatIf.set("u00", "g1", 50)).getMessage();
    assertEquals("indicatorId must be a leaf indicator of the policy but was g1", group);
    String notApplicable = assertThrows(IllegalArgumentException.class, () -> whatIf.set("u00", "l1", 5))
        .getMessage();
    assertEquals("indicator l1 does not apply to unit u00", notApplicable);
    String range = assertThrows(IllegalArgumentException.class, () -> whatIf.set("u01", "h1", 100.5))
        .getMessage();
    assertTrue(range.startsWith("value of unit u01 on indicator h1 must be finite and within "), range);
    assertTrue(range.endsWith(" but was 100.5"), range);
  }

  /**
   * Hand-computed. root = SUM of h1 (linear 0..100, 10 points) and h2 (min-max, 10 points); score rate = points / 20
   * × 100. h1 {80, 60, 50} → 8, 6, 5; h2 {70, 90, 80} → 0, 10, 5: rates 40, 80, 50, ranks 3, 1, 2.
   * u00's h2 to 95, a new maximum (the column is rescored): h2 {95, 90, 80} → 10, (90 − 80) / 15 × 10 = 6.667, 0:
   * rates 90, 63.33, 25, ranks 1, 2, 3. Fixed bounds, one unit each: u01's h1 to 0: 0 + 6.667 → 33.33; u02's h1
   * to 100: 10 + 0 → 50: ranks 1, 3, 2.
   */
  @Test
  void changesMoveScoresAndRanksAsComputedByHand() {
    Policy policy = Policy.builder("flat").category("C0", "Zero")
        .indicators(Indicator.group("root", "Total")
            .child(Indicator.leaf("h1", "Fixed", linear(0, 100)).points(10).range(ValueRange.PERCENT))
            .child(Indicator.leaf("h2", "Relative", minmax()).points(10).range(ValueRange.PERCENT))
            .build())
        .build();
    Dataset.Builder data = Dataset.builder();
    double[][] values = {{80, 70}, {60, 90}, {50, 80}};
    for (int k = 0; k < values.length; k++) {
      String id = EnginePropertiesTest.id(k);
      data.unit(Unit.of(id, "Unit " + k, "C0")).value(id, Q, "h1", values[k][0]).value(id, Q, "h2", values[k][1]);
    }
    WhatIf whatIf = ENGINE.compile(policy).whatIf(data.build(), Q);
    assertTrue(whatIf.incremental());
    assertEquals(List.of("40.00", "80.00", "50.00", "3.0", "1.0", "2.0"), state(whatIf));
    whatIf.set("u00", "h2", 95);
    assertEquals(List.of("90.00", "63.33", "25.00", "1.0", "2.0", "3.0"), state(whatIf));
    whatIf.set("u01", "h1", 0).set("u02", "h1", 100);
    assertEquals(List.of("90.00", "33.33", "50.00", "1.0", "3.0", "2.0"), state(whatIf));
    assertEquals(List.of("u00", "u02", "u01"), whatIf.result().ranking().stream().map(UnitResult::id).toList());
  }

  /** The published scores of u00..u02, then their ranks. */
  private static List<String> state(WhatIf whatIf) {
    List<String> state = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      state.add(whatIf.published(EnginePropertiesTest.id(k)).toPlainString());
    }
    for (int k = 0; k < 3; k++) {
      state.add(Double.toString(whatIf.rank(EnginePropertiesTest.id(k))));
    }
    return state;
  }
}
