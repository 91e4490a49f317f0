package org.example.appraisal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Dataset;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.io.policy.PolicyFiles;
import io.appraisal.rules.BuiltInRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plug-in jar reaches the engine through the SPI alone: discovered, used from a policy file, and evaluated. */
class PluginTest {
  private static final Period Q = Period.parse("2022-Q4");

  @Test
  void discoveryIsAnExplicitOptInThatFindsThePluginBesideTheBuiltIns() {
    RuleRegistry builtIns = BuiltInRules.registry();
    assertTrue(builtIns.find("stepped-penalty").isEmpty());
    RuleRegistry discovered =
        RuleRegistry.builder().registerAll(BuiltInRules.all()).discover(PluginTest.class.getClassLoader()).build();
    assertEquals(SteppedPenalty.class, discovered.find("stepped-penalty").orElseThrow().getClass());
    assertEquals(builtIns.types().size() + 1, discovered.types().size());
  }

  @Test
  void registeringThePluginTwiceFailsNamingBothClasses() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleRegistry.builder().register(new SteppedPenalty()).register(new SteppedPenalty()));
    assertEquals("rule type id 'stepped-penalty' is registered twice: by " + SteppedPenalty.class.getName()
        + " and by " + SteppedPenalty.class.getName(), e.getMessage());
  }

  /*
   * closing (10 points, threshold 90, −1 per started 10 points below): 95 → 10; 85 → 10 − 1 = 9; 61 → 10 − 3 = 7.
   * appearance (10 × rate): 80 → 8; 100 → 10; 50 → 5.
   * Totals of 20: A 18 → 90.00, B 19 → 95.00, C 12 → 60.00.
   */
  @Test
  void aPolicyFileUsesThePluginRuleAndTheEngineScoresIt() {
    Policy policy = PolicyFiles.read(Path.of("src/test/resources/case-closing.yaml"));
    AppraisalEngine engine = AppraisalEngine.builder()
        .rules(RuleRegistry.builder().registerAll(BuiltInRules.all()).register(new SteppedPenalty()).build())
        .build();
    Dataset data = Dataset.builder()
        .unit(Unit.of("A", "A", "enforcement")).unit(Unit.of("B", "B", "enforcement"))
        .unit(Unit.of("C", "C", "enforcement"))
        .value("A", Q, "closing", 95).value("A", Q, "appearance", 80)
        .value("B", Q, "closing", 85).value("B", Q, "appearance", 100)
        .value("C", Q, "closing", 61).value("C", Q, "appearance", 50)
        .build();
    AppraisalResult result = engine.evaluate(policy, data, Q);
    assertEquals(List.of("B 95.00", "A 90.00", "C 60.00"),
        result.ranking().stream().map(u -> u.id() + " " + u.published()).toList());
    UnitResult c = result.unit("C").orElseThrow();
    assertEquals(7, c.indicator("closing").orElseThrow().score(), 1e-12);
    assertEquals(new BigDecimal("60.00"), c.published());
  }

  @Test
  void withoutThePluginThePolicyIsRefusedNamingTheUnknownRuleType() {
    Policy policy = PolicyFiles.read(Path.of("src/test/resources/case-closing.yaml"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(policy));
    assertEquals(1, e.problems().size());
    assertEquals("indicators.closing.rule.type", e.problems().get(0).field());
    assertEquals("stepped-penalty", e.problems().get(0).value());
  }
}
