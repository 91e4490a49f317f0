package io.appraisal.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Dataset;
import io.appraisal.core.Denominator;
import io.appraisal.core.Indicator;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A policy rebuilt for a variant keeps what the variant does not vary. */
class PolicyVariantsTest {
  /*
   * a = cases per pop (linear: raw × 10 points), b linear (10 points), summed. x: 3 / 10 = 0.3 → 3, b 0.5 → 5: 8 of
   * 20 = 40.00. y: 1 / 2 = 0.5 → 5, b 0.5 → 5: 50.00. Without the denominator a would be 3 and 1, outside [0, 1].
   */
  @Test
  void thePolicyKeepsItsScreening() {
    Policy policy = Fixtures.twoLeaves();
    Policy screening = Policy.builder(policy.id()).categories(policy.categories()).indicators(policy.root())
        .minCoverage(0.8).build();
    assertEquals(0.8, PolicyVariants.rebuild(screening, new Variant()).minCoverage());
  }

  @Test
  void aLeafKeepsItsDenominator() {
    Policy policy = Policy.builder("denominated").category("c", "c")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("a", "a", RuleSpec.of("linear")).points(10).denominator(new Denominator("pop", 1)))
            .child(Indicator.leaf("b", "b", RuleSpec.of("linear")).points(10))
            .build())
        .build();
    Dataset data = Dataset.builder().unit(Unit.of("x", "x", "c")).unit(Unit.of("y", "y", "c"))
        .value("x", Fixtures.Q, "a", 3).value("x", Fixtures.Q, "pop", 10).value("x", Fixtures.Q, "b", 0.5)
        .value("y", Fixtures.Q, "a", 1).value("y", Fixtures.Q, "pop", 2).value("y", Fixtures.Q, "b", 0.5).build();
    Policy rebuilt = PolicyVariants.rebuild(policy, new Variant());
    assertEquals(policy.root().children().get(0).denominator(), rebuilt.root().children().get(0).denominator());
    AppraisalResult result = Fixtures.ENGINE.evaluate(rebuilt, data, Fixtures.Q);
    assertEquals(List.of("y 50.00", "x 40.00"),
        result.ranking().stream().map(u -> u.id() + " " + u.published()).toList());
    assertEquals(List.of("y 50.00", "x 40.00"), Fixtures.ENGINE.evaluate(policy, data, Fixtures.Q).ranking().stream()
        .map(u -> u.id() + " " + u.published()).toList());
  }
}
