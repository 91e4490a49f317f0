package io.appraisal.testkit.guide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Dataset;
import io.appraisal.core.Direction;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.testkit.RuleCase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guide's examples of using and testing LateSubmission by hand. */
class LateSubmissionTest {
  @Test
  void scoresByHand() {
    // guide:begin by-hand
    RuleCase ruleCase = new RuleCase("late-submission", Direction.LOWER_IS_BETTER, 5,
        Map.of("perDay", 1.0, "graceDays", 2));
    // On time → 5; 2 days late (grace) → 5; 4 days → 5 − 2 = 3; 30 days → 0.
    assertArrayEquals(new double[] {5, 5, 3, 0}, ruleCase.score(new LateSubmission(), 0, 2, 4, 30), 1e-12);
    // guide:end by-hand
  }

  @Test
  void registersAndRuns() {
    // guide:begin register
    RuleRegistry rules = RuleRegistry.builder()
        .register(new LateSubmission()) // with the built-ins: .registerAll(BuiltInRules.all())
        .build();
    AppraisalEngine engine = AppraisalEngine.builder().rules(rules).build();

    Policy policy = Policy.builder("timeliness")
        .category("dept", "departments")
        .indicators(Indicator.group("total", "total")
            .child(Indicator.leaf("late", "days late with the annual report",
                    RuleSpec.of("late-submission", "perDay", 1, "graceDays", 2))
                .points(5)
                .lowerIsBetter())
            .build())
        .build();
    Period q1 = Period.parse("2024-Q1");
    Dataset data = Dataset.builder()
        .unit(Unit.of("finance", "Finance bureau", "dept"))
        .unit(Unit.of("justice", "Justice bureau", "dept"))
        .value("finance", q1, "late", 0)
        .value("justice", q1, "late", 4)
        .build();

    AppraisalResult result = engine.evaluate(policy, data, q1);
    assertEquals(100, result.unit("finance").orElseThrow().scoreRate(), 1e-9); // 5 of 5 points
    assertEquals(60, result.unit("justice").orElseThrow().scoreRate(), 1e-9); // 3 of 5 points
    // guide:end register
  }
}
