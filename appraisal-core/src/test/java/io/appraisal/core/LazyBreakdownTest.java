package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit's breakdown is computed on first use, once, and is an ordinary unmodifiable list. */
class LazyBreakdownTest {
  private static final Period Q4 = Period.quarter(2022, 4);

  private static AppraisalResult result() {
    Policy policy = Policy.builder("p").category("c", "c")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("a", "a", linear(0, 100)).points(60))
            .child(Indicator.leaf("b", "b", linear(0, 100)).points(40))
            .build())
        .build();
    Dataset data = Dataset.builder().unit(Unit.of("U1", "one", "c")).unit(Unit.of("U2", "two", "c"))
        .value("U1", Q4, "a", 50).value("U1", Q4, "b", 100).value("U2", Q4, "a", 100).value("U2", Q4, "b", 25)
        .build();
    return TestRules.engine().evaluate(policy, data, Q4);
  }

  @Test
  void theBreakdownIsTheTreeWithItsContributionsAndBehavesAsAList() {
    UnitResult u1 = result().unit("U1").orElseThrow();
    List<IndicatorScore> breakdown = u1.indicators();
    // U1: a = 50% of 60 = 30 points, b = 100% of 40 = 40 points; 70 of 100 points, score rate 70.
    assertEquals(List.of(
        new IndicatorScore("root", false, IndicatorScore.Status.SCORED, Double.NaN, 70, 100, 70),
        new IndicatorScore("a", true, IndicatorScore.Status.SCORED, 50, 30, 60, 30),
        new IndicatorScore("b", true, IndicatorScore.Status.SCORED, 100, 40, 40, 40)), breakdown);
    assertSame(breakdown.get(1), u1.indicators().get(1), "computed once");
    assertThrows(UnsupportedOperationException.class, () -> breakdown.add(breakdown.get(0)));
    UnitResult eager = new UnitResult(u1.unit(), u1.points(), u1.maxPoints(), u1.scoreRate(), u1.bonus(),
        u1.deduction(), u1.composite(), u1.published(), u1.vetoed(), u1.rankedLast(), u1.rank(), u1.categoryRank(),
        u1.grade(), ImmutableList.copyOf(breakdown), u1.adjustments(), u1.corrections(), u1.selfScoreRate(),
        u1.selfAssessmentFlagged());
    assertEquals(eager, u1);
    assertEquals(eager.hashCode(), u1.hashCode());
    // U2: a = 100% of 60 = 60 points, b = 25% of 40 = 10 points.
    assertEquals(60, result().unit("U2").orElseThrow().indicator("a").orElseThrow().contribution());
  }
}
