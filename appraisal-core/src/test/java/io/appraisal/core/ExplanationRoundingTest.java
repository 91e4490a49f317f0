package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** "What it takes" respects publishing rounding: the smallest rise that publishes the next score. */
class ExplanationRoundingTest {
  private static final Period Q4 = Period.quarter(2022, 4);

  /*
   * One leaf a (0..100 → 0..100 points), two decimals half up. U1 scores 85.4151 (publishes 85.42), U2 85.43.
   * Rank 1 needs 85.43; 85.425 already publishes it, so U1 needs 85.425 − 85.4151 = 0.0099, i.e. +0.01 in steps of
   * the published resolution (85.4251 → 85.43). Before, the gap was 85.43 − 85.4151 = 0.0149, shown as +0.02.
   * Grade A needs 90: 89.995 publishes 90.00, 89.995 − 85.4151 = 4.5799 → +4.58 (85.4151 + 4.57 = 89.9851 → 89.99).
   */
  @Test
  void theGapIsTheSmallestRiseThatPublishesTheTarget() {
    Policy policy = Policy.builder("rounding")
        .category("c", "category")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("a", "a", linear(0, 100)).points(100))
            .build())
        .grades(GradeScheme.builder().band("A", 90).otherwise("B"))
        .build();
    Dataset data = Dataset.builder().unit(Unit.of("U1", "one", "c")).unit(Unit.of("U2", "two", "c"))
        .value("U1", Q4, "a", 85.4151).value("U2", Q4, "a", 85.43).build();
    Explanation explanation = Explanation.of(TestRules.engine().compile(policy).evaluate(data, Q4), "U1");
    Explanation.Target rank = explanation.nextRank().orElseThrow();
    assertEquals(new BigDecimal("85.43"), rank.published());
    assertEquals(0.01, rank.gap());
    assertEquals(85.4251, rank.scoreRateNeeded());
    Explanation.Target grade = explanation.nextGrade().orElseThrow();
    assertEquals(new BigDecimal("90.00"), grade.published());
    assertEquals(4.58, grade.gap());
  }

  /*
   * 94.5735 publishes 94.574 at three decimals half up; 94.575 needs 94.5745, i.e. +0.001 (not +0.002). The
   * boundary depends on the mode: half-even 94.5745 → 94.574 (4 is even), so +0.002; floor needs 94.575 itself,
   * +0.0015 → +0.002; ceiling needs anything above 94.574, +0.001 (94.5745 → 94.575). A reached target needs 0.
   */
  @Test
  void theBoundaryFollowsTheRoundingMode() {
    BigDecimal score = new BigDecimal("94.5735");
    BigDecimal target = new BigDecimal("94.575");
    assertEquals(new BigDecimal("0.001"), rise(RoundingMode.HALF_UP, score, target));
    assertEquals(new BigDecimal("0.002"), rise(RoundingMode.HALF_EVEN, score, target));
    assertEquals(new BigDecimal("0.002"), rise(RoundingMode.FLOOR, score, target));
    assertEquals(new BigDecimal("0.001"), rise(RoundingMode.CEILING, score, target));
    assertEquals(0, rise(RoundingMode.HALF_UP, new BigDecimal("94.5751"), target).signum());
  }

  private static BigDecimal rise(RoundingMode mode, BigDecimal score, BigDecimal target) {
    return Explanation.smallestRise(Rounding.of(3, mode), score, target);
  }
}
