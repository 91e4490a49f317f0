package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of corrections, contributions and the annual roll-up over generated units and values. */
class AnnualAndCorrectionsPropertiesTest {
  private static final Period Q = Period.quarter(2022, 2);
  private static final AppraisalEngine ENGINE = TestRules.engine();
  private static final Policy POLICY = Policy.builder("p")
      .category("x", "x").category("y", "y")
      .indicators(Indicator.group("root", "root")
          .child(Indicator.leaf("a", "a", linear(0, 100)).points(50))
          .child(Indicator.leaf("b", "b", linear(0, 10)).points(30).lowerIsBetter())
          .child(Indicator.leaf("c", "c", linear(0, 100)).points(20)
              .appliesTo(Applicability.categories("x")))
          .build())
      .adjustments(new AdjustmentRules(List.of(AdjustmentItem.bonus("plus", "plus", 1.5, 3),
          AdjustmentItem.deduction("minus", "minus", 2, 8)), 3, 10))
      .grades(GradeScheme.builder().band("A", 80, 0.3).band("B", 60).otherwise("C"))
      .annual(AnnualRollup.quartersOnly(AnnualRollup.MissingQuarter.FAIL))
      .build();

  @Provide
  Arbitrary<List<double[]>> units() {
    // Each unit: category (0 or 1), a, b, c, bonus count (0..3), deduction count (0..6).
    Arbitrary<double[]> unit = Arbitraries.integers().between(0, 1).flatMap(category ->
        Arbitraries.integers().between(0, 1000).list().ofSize(5).map(v -> new double[] {
            category, v.get(0) / 10.0, v.get(1) / 100.0, v.get(2) / 10.0, v.get(3) % 4, v.get(4) % 7}));
    return unit.list().ofMinSize(1).ofMaxSize(25);
  }

  private static Dataset data(List<double[]> units, List<Period> periods) {
    Dataset.Builder data = Dataset.builder();
    for (int i = 0; i < units.size(); i++) {
      double[] u = units.get(i);
      String id = "U" + i;
      data.unit(Unit.of(id, id, u[0] == 0 ? "x" : "y"));
      for (Period period : periods) {
        data.value(id, period, "a", u[1]).value(id, period, "b", u[2]);
        if (u[0] == 0) {
          data.value(id, period, "c", u[3]);
        }
        if (u[4] > 0) {
          data.event(new AdjustmentEvent(id, period, "plus", (int) u[4], ""));
        }
        if (u[5] > 0) {
          data.event(new AdjustmentEvent(id, period, "minus", (int) u[5], ""));
        }
      }
    }
    return data.build();
  }

  @Property
  void aCorrectionChangesOnlyTheCorrectedUnitsOwnValues(@ForAll("units") List<double[]> units,
      @ForAll @IntRange(min = 0, max = 100) int pick, @ForAll @IntRange(min = 0, max = 100) int newValue) {
    int target = pick % units.size();
    String id = "U" + target;
    Dataset data = data(units, List.of(Q));
    CorrectionLog log = CorrectionLog.empty().append(new Correction(id, Q, Correction.Target.RAW_VALUE, "a",
        Double.toString(units.get(target)[1]), Integer.toString(newValue), "appeal", "board",
        Instant.EPOCH));
    AppraisalResult before = ENGINE.evaluate(POLICY, data, Q);
    AppraisalResult after = ENGINE.compile(POLICY).evaluate(data, Q, log);
    for (int u = 0; u < units.size(); u++) {
      if (u != target) {
        assertEquals(before.unit(u).composite(), after.unit(u).composite(), "unit " + u);
        assertEquals(before.unit(u).indicators(), after.unit(u).indicators(), "unit " + u);
      }
    }
    assertEquals(newValue, after.unit(target).indicator("a").orElseThrow().raw());
  }

  @Property
  void applyingTheLogTwiceEqualsApplyingItOnce(@ForAll("units") List<double[]> units,
      @ForAll @IntRange(min = 0, max = 100) int pick, @ForAll @IntRange(min = 0, max = 100) int newValue) {
    int target = pick % units.size();
    String id = "U" + target;
    Dataset data = data(units, List.of(Q));
    CorrectionLog log = CorrectionLog.empty().append(new Correction(id, Q, Correction.Target.RAW_VALUE, "a",
        Double.toString(units.get(target)[1]), Integer.toString(newValue), "appeal", "board",
        Instant.EPOCH));
    CompiledPolicy plan = ENGINE.compile(POLICY);
    AppraisalResult once = plan.evaluate(data, Q, log);
    Dataset corrected = data.withValues(java.util.Map.of(Dataset.valueKey(id, Q, "a"), (double) newValue));
    assertEquals(once.ranking(), plan.evaluate(corrected, Q, log).ranking());
  }

  @Property
  void contributionsPlusAdjustmentsEqualTheComposite(@ForAll("units") List<double[]> units) {
    for (UnitResult unit : ENGINE.evaluate(POLICY, data(units, List.of(Q)), Q).ranking()) {
      double contributions = unit.indicators().stream().filter(IndicatorScore::leaf)
          .mapToDouble(IndicatorScore::contribution).sum();
      double adjusted = contributions + unit.bonus() - unit.deduction();
      assertEquals(Math.max(0, adjusted), unit.composite(), 1e-9, unit.id());
      assertEquals(unit.scoreRate(), contributions, 1e-9, unit.id());
    }
  }

  @Property
  void theYearOfIdenticalQuartersWithoutEventsIsThatQuarter(@ForAll("units") List<double[]> units) {
    units.forEach(u -> {
      u[4] = 0;
      u[5] = 0;
    });
    Dataset data = data(units, Period.year(2022).quartersOfYear());
    AppraisalResult quarter = ENGINE.evaluate(POLICY, data, Q);
    AppraisalResult year = ENGINE.compile(POLICY).evaluateYear(data, 2022, CorrectionLog.empty());
    for (int u = 0; u < units.size(); u++) {
      UnitResult q = quarter.unit(u);
      UnitResult y = year.unit(u);
      assertEquals(q.published(), y.published(), q.id());
      assertEquals(q.rank(), y.rank(), q.id());
      assertEquals(q.categoryRank(), y.categoryRank(), q.id());
      assertEquals(q.grade(), y.grade(), q.id());
    }
  }
}
