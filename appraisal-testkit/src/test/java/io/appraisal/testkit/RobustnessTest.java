package io.appraisal.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import org.junit.jupiter.api.Test;

class RobustnessTest {
  private static final AppraisalEngine ENGINE = AppraisalEngine.builder().rules(Appraisals.referenceRules()).build();
  private static final Period Q = Period.parse("2024-Q1");

  /** a and b worth 50 points each, scored linearly on [0, 100]. */
  private static final Policy POLICY = Policy.builder("p").category("c", "C")
      .indicators(Indicator.group("total", "Total")
          .child(Indicator.leaf("a", "A", RuleSpec.of(ReferenceRule.ID, "lower", 0, "upper", 100)).points(50))
          .child(Indicator.leaf("b", "B", RuleSpec.of(ReferenceRule.ID, "lower", 0, "upper", 100)).points(50))
          .build())
      .build();

  private static Dataset data(double xa, double xb) {
    return Dataset.builder().unit(Unit.of("X", "X", "c")).unit(Unit.of("Y", "Y", "c"))
        .value("X", Q, "a", xa).value("X", Q, "b", xb).value("Y", Q, "a", 50).value("Y", Q, "b", 50).build();
  }

  /** X (100, 100) beats Y (50, 50) whatever the weights. */
  @Test
  void aDominatingLeaderIsStable() {
    Robustness.assertTopRankStable(ENGINE, POLICY, data(100, 100), Q, 0.10, 0.95);
  }

  /**
   * X (100, 0) against Y (50, 50): X's share of the weight is 50(1 + 0.1U₁)/(100 + 5U₁ + 5U₂), above 1/2 exactly when
   * U₁ > U₂, so X (tied at 50 nominally, first with Y) stays first in about half the samples.
   */
  @Test
  void aLeaderOnAKnifeEdgeFails() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> Robustness.assertTopRankStable(ENGINE, POLICY, data(100, 0), Q, 0.10, 0.95));
    assertTrue(error.getMessage().contains("ranks first by the policy but only in"), error.getMessage());
  }
}
