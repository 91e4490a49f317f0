package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.core.spi.RuleType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every problem of a policy is reported at once when it is compiled; and the rule registry's own checks. */
class PolicyCompileTest {
  private static final String SOURCE = "policy bad";

  static Policy badPolicy() {
    return Policy.builder("bad")
        .category("A", "Alpha")
        .category("B", "Beta")
        .category("A", "Alpha again")                                                   // duplicate category
        .indicators(Indicator.group("root", "Total")
            .child(Indicator.leaf("p1", "Unknown type", RuleSpec.of("nonesuch")))           // unknown rule type
            .child(Indicator.leaf("p2", "Missing hi", RuleSpec.of("linear", "lo", 0)))     // missing parameter
            .child(Indicator.leaf("p3", "Unknown parameter",
                RuleSpec.of("linear", "lo", 0, "hi", 10, "slope", 2)))                     // unknown parameter
            .child(Indicator.group("p4", "Group")
                .child(Indicator.leaf("p4", "Duplicate id", linear(0, 1))))               // duplicate indicator id
            .child(Indicator.leaf("p5", "Unknown category", linear(0, 1))
                .appliesTo(Applicability.categories("A", "Q")))                            // unknown category
            .child(Indicator.leaf("p6", "Bad number", RuleSpec.of("linear", "lo", "abc", "hi", 1))) // not a number
            .child(Indicator.leaf("p7", "Bad goalposts", linear(5, 5)))                   // rule's own check
            .build())
        .ranking(Ranking.of(RankingMethod.ORDINAL, TieBreak.higherScoreIn("nope"), TieBreak.unitId()))
        .build();
  }

  @Test
  void everyProblemAtOnce() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TestRules.engine().compile(badPolicy()));
    assertEquals(List.of(
        Problem.of(SOURCE, "categories", "A", "duplicate category id"),
        Problem.of(SOURCE, "indicators.p1.rule.type", "nonesuch", "unknown rule type; known types: [linear, minmax]"),
        Problem.of(SOURCE, "indicators.p2.rule.hi", "", "required parameter is missing"),
        Problem.of(SOURCE, "indicators.p3.rule.slope", "2", "unknown parameter for rule type linear; known: [hi, lo]"),
        Problem.of(SOURCE, "indicators", "p4", "duplicate indicator id"),
        Problem.of(SOURCE, "indicators.p5.appliesTo", "Q", "unknown category"),
        Problem.of(SOURCE, "indicators.p6.rule.lo", "abc", "must be a finite number"),
        Problem.of(SOURCE, "indicators.p7.rule.hi", "5", "must be above lo"),
        Problem.of(SOURCE, "ranking.tieBreaks", "nope", "unknown indicator")),
        Unkeyed.problems(e.problems()));
    assertTrue(e.getMessage().startsWith("9 problems in the input:"), e.getMessage());
  }

  @Test
  void aCategoryNoIndicatorAppliesTo() {
    Policy policy = Policy.builder("orphan")
        .category("A", "Alpha").category("B", "Beta")
        .indicators(Indicator.leaf("only", "Only A", linear(0, 1)).appliesTo(Applicability.categories("A")).build())
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestRules.engine().compile(policy));
    assertEquals(List.of(Problem.of("policy orphan", "categories", "B", "no indicator applies to this category")),
        Unkeyed.problems(e.problems()));
  }

  @Test
  void aMeanGroupWhoseChildrenAllWeighZero() {
    Policy policy = Policy.builder("weightless")
        .category("A", "Alpha")
        .indicators(Indicator.group("root", "Mean").aggregation(Aggregation.GEOMETRIC_MEAN)
            .child(Indicator.leaf("z1", "Z1", linear(0, 1)).weight(0))
            .child(Indicator.leaf("z2", "Z2", linear(0, 1)).weight(0))
            .build())
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestRules.engine().compile(policy));
    assertEquals(List.of(Problem.of("policy weightless", "indicators.root.children", "", "every child has weight 0")),
        Unkeyed.problems(e.problems()));
  }

  @Test
  void aGoodPolicyCompiles() {
    CompiledPolicy plan = TestRules.engine().compile(EndToEndTest.policy());
    assertEquals(List.of("root", "g1", "i1", "i2", "g2", "i3", "i4"),
        plan.nodes().stream().map(PlanNode::id).toList());
    // parents before children, with parent links
    assertEquals(-1, plan.node("root").parent);
    assertEquals(plan.node("g2").index, plan.node("i3").parent);
    assertEquals(ValueRange.PERCENT, plan.node("i1").inputRange);
    assertEquals(ValueRange.ANY, plan.node("i2").inputRange);
    assertEquals(MissingPolicy.FAIL, plan.node("i4").missing);
  }

  @Test
  void applicabilityIsInheritedFromTheAncestors() {
    // grp applies to A only; its child k1 says nothing, so k1 applies to A only too
    Period q = Period.quarter(2022, 1);
    Policy policy = Policy.builder("nested")
        .category("A", "Alpha").category("B", "Beta")
        .indicators(Indicator.group("root", "Total")
            .child(Indicator.group("grp", "A only").appliesTo(Applicability.categories("A"))
                .child(Indicator.leaf("k1", "K1", linear(0, 10)).points(10)))
            .child(Indicator.leaf("k2", "K2", linear(0, 10)).points(10))
            .build())
        .build();
    Dataset data = Dataset.builder().source("n.csv")
        .unit(Unit.of("a", "A", "A")).unit(Unit.of("b", "B", "B"))
        .value("a", q, "k1", 10).value("a", q, "k2", 5).value("b", q, "k2", 5)
        .build();
    AppraisalResult result = TestRules.engine().evaluate(policy, data, q);
    // a: (10 + 5) / 20 = 75 %; b: 5 / 10 = 50 %
    assertEquals(75, result.unit("a").orElseThrow().scoreRate(), 1e-9);
    assertEquals(50, result.unit("b").orElseThrow().scoreRate(), 1e-9);
    assertEquals(IndicatorScore.Status.NOT_APPLICABLE,
        result.unit("b").orElseThrow().indicator("k1").orElseThrow().status());
    Dataset wrong = Dataset.builder().source("n.csv")
        .unit(Unit.of("b", "B", "B"))
        .value("b", q, "k1", 3, new Origin("n.csv", 4)).value("b", q, "k2", 5)
        .build();
    assertEquals(List.of(new Problem("n.csv", 4, "value", "3", "indicator k1 does not apply to unit b (category B)")),
        Unkeyed.problems(TestRules.engine().compile(policy).validate(wrong, q)));
    // without k2 nothing would apply to B
    Policy onlyA = Policy.builder("onlyA")
        .category("A", "Alpha").category("B", "Beta")
        .indicators(Indicator.group("root", "Total")
            .child(Indicator.group("grp", "A only").appliesTo(Applicability.categories("A"))
                .child(Indicator.leaf("k1", "K1", linear(0, 10)).points(10)))
            .build())
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestRules.engine().compile(onlyA));
    assertEquals(List.of(Problem.of("policy onlyA", "categories", "B", "no indicator applies to this category")),
        Unkeyed.problems(e.problems()));
  }

  // --- the rule registry

  /** A second rule type that claims the id {@code linear}. */
  public static class OtherLinear implements RuleType {
    @Override
    public String id() {
      return "linear";
    }

    @Override
    public String version() {
      return "2";
    }

    @Override
    public String description() {
      return "an impostor";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of();
    }

    @Override
    public Rule create(RuleParameters parameters) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void registeringADuplicateIdNamesBothClasses() {
    RuleRegistry.Builder builder = RuleRegistry.builder().register(new TestRules.LinearRuleType());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.register(new OtherLinear()));
    assertEquals("rule type id 'linear' is registered twice: by io.appraisal.core.TestRules$LinearRuleType"
        + " and by io.appraisal.core.PolicyCompileTest$OtherLinear", e.getMessage());
  }

  @Test
  void registeringATypeWithoutIdOrVersion() {
    RuleType noVersion = new OtherLinear() {
      @Override
      public String version() {
        return " ";
      }
    };
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RuleRegistry.builder().register(noVersion));
    assertEquals("rule type 'linear' (" + noVersion.getClass().getName() + ") has no version", e.getMessage());
    RuleType noId = new OtherLinear() {
      @Override
      public String id() {
        return "";
      }
    };
    e = assertThrows(IllegalArgumentException.class, () -> RuleRegistry.builder().register(noId));
    assertEquals("rule type " + noId.getClass().getName() + " has no id", e.getMessage());
  }

  @Test
  void anEngineNeedsRulesOnce() {
    assertEquals("an engine needs rules: call rules(...) before build()",
        assertThrows(IllegalStateException.class, () -> AppraisalEngine.builder().build()).getMessage());
    AppraisalEngine.Builder builder = AppraisalEngine.builder().rules(TestRules.registry());
    assertEquals("rules were already set",
        assertThrows(IllegalStateException.class, () -> builder.rules(TestRules.registry())).getMessage());
  }

  @Test
  void registryLookups() {
    RuleRegistry registry = TestRules.registry();
    assertEquals(List.of("linear", "minmax"), List.copyOf(registry.types().keySet()));
    assertTrue(registry.find("linear").isPresent());
    assertTrue(registry.find("nonesuch").isEmpty());
  }

  @Test
  void ruleParametersRecordProblemsInsteadOfThrowing() {
    Map<String, Object> values = ImmutableMap.of("n", "3.5", "i", 2.5, "b", "yes", "s", 7, "l", 1);
    RuleParameters parameters = new RuleParameters("policy p", "indicators.x.rule", values, 10,
        Direction.LOWER_IS_BETTER);
    assertEquals(3.5, parameters.number("n"));
    assertEquals(9, parameters.number("absent", 9));
    assertEquals(4, parameters.integer("i", 4));
    assertEquals(true, parameters.bool("b", true));
    assertEquals("z", parameters.string("s", "z"));
    assertEquals(List.of(), parameters.list("l"));
    assertEquals(1, parameters.number("missing"));
    assertEquals(List.of(
        Problem.of("policy p", "indicators.x.rule.i", "2.5", "must be a whole number"),
        Problem.of("policy p", "indicators.x.rule.b", "yes", "must be true or false"),
        Problem.of("policy p", "indicators.x.rule.s", "7", "must be a string"),
        Problem.of("policy p", "indicators.x.rule.l", "1", "must be a list"),
        Problem.of("policy p", "indicators.x.rule.missing", "", "required parameter is missing")),
        Unkeyed.problems(parameters.problems()));
    assertEquals(List.of("n", "i", "b", "s", "l"), parameters.names());
    assertEquals(10, parameters.maxPoints());
    assertEquals(Direction.LOWER_IS_BETTER, parameters.direction());
  }
}
