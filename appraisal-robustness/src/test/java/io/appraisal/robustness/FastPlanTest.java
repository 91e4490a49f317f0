package io.appraisal.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AdjustmentRules;
import io.appraisal.core.Aggregation;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Applicability;
import io.appraisal.core.Dataset;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Indicator;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.MissingPolicy;
import io.appraisal.core.Origin;
import io.appraisal.core.Policy;
import io.appraisal.core.Ranking;
import io.appraisal.core.RankingMethod;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.TieBreak;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import io.appraisal.core.VetoEffect;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fast plan against the engine on generated policies: two levels of groups with every mean-type aggregation,
 * the three fixture rules (one population-relative, reading every statistic), weights, applicability by category,
 * missing values left out or scored 0, values marked not applicable, bonuses, deductions and vetoes (lowest grade
 * or ranked last), every ranking method with tie-breaks, grades with and without a quota; and every kind of uncertain
 * choice.
 * The example's own check (built-in rules) is appraisal-bench's {@code ExampleFastPlanTest}.
 */
class FastPlanTest {
  private static final String[] RULES = {"linear", "square", "relative"};
  private static final Aggregation[] MEANS = {Aggregation.SUM, Aggregation.ARITHMETIC_MEAN,
      Aggregation.GEOMETRIC_MEAN, Aggregation.HARMONIC_MEAN, Aggregation.MINIMUM};

  /** A generated policy, its data and its uncertainty. */
  record Case(Policy policy, Dataset data, Uncertainty uncertainty) {}

  static Case generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> leaves = new ArrayList<>();
    List<String> optional = new ArrayList<>();
    List<String> c1Only = new ArrayList<>();
    Indicator.Builder total = Indicator.group("total", "Total").aggregation(MEANS[random.nextInt(MEANS.length)]);
    // The first child applies to every unit and has every value: every unit has something to score.
    total.child(Indicator.leaf("g0", "g0", RuleSpec.of(RULES[random.nextInt(3)])).points(1 + random.nextInt(20))
        .weight(0.5 + random.nextInt(5)).range(ValueRange.YES_NO));
    leaves.add("g0");
    int groups = 1 + random.nextInt(3);
    for (int g = 1; g <= groups; g++) {
      Indicator.Builder group = Indicator.group("g" + g, "G" + g).aggregation(MEANS[random.nextInt(MEANS.length)])
          .weight(0.5 + random.nextInt(5));
      if (random.nextInt(3) == 0) {
        group.appliesTo(Applicability.categories("c1"));
        c1Only.add("g" + g);
      }
      int size = 2 + random.nextInt(3);
      for (int l = 0; l < size; l++) {
        String id = "g" + g + "." + l;
        Indicator.Builder leaf = Indicator.leaf(id, id, RuleSpec.of(RULES[random.nextInt(3)]))
            .points(1 + random.nextInt(20)).weight(l == 0 ? 1 + random.nextInt(3) : random.nextInt(4))
            .range(ValueRange.YES_NO);
        if (random.nextBoolean()) {
          leaf.missing(random.nextBoolean() ? MissingPolicy.EXCLUDE : MissingPolicy.ZERO);
          optional.add(id);
        }
        group.child(leaf.build());
        leaves.add(id);
      }
      if (random.nextBoolean()) {
        group.points(1 + random.nextInt(30));
      }
      total.child(group.build());
    }
    boolean quota = random.nextBoolean();
    GradeScheme.Builder grades = GradeScheme.builder();
    (quota ? grades.band("A", 30 + random.nextInt(40), 0.3) : grades.band("A", 30 + random.nextInt(40)))
        .band("B", 20 + random.nextInt(10));
    RankingMethod method = RankingMethod.values()[random.nextInt(RankingMethod.values().length)];
    Policy policy = Policy.builder("p").category("c1", "C1").category("c2", "C2").indicators(total.build())
        .grades(grades.otherwise("C"))
        .adjustments(new AdjustmentRules(List.of(AdjustmentItem.bonus("plus", "Plus", 1, 2),
            AdjustmentItem.deduction("minus", "Minus", 1.5, 5),
            AdjustmentItem.veto("veto", "Veto", VetoEffect.LOWEST_GRADE),
            AdjustmentItem.veto("last", "Last", VetoEffect.RANKED_LAST)), 3, 4))
        .ranking(Ranking.of(method, TieBreak.higherScoreIn("g0"), TieBreak.fewerDeductions()))
        .build();

    Dataset.Builder data = Dataset.builder();
    int units = 3 + random.nextInt(10);
    for (int u = 0; u < units; u++) {
      String unit = "U" + u;
      boolean c2 = random.nextInt(3) == 0;
      data.unit(Unit.of(unit, unit, c2 ? "c2" : "c1"));
      for (String leaf : leaves) {
        boolean applies = !c2 || leaf.equals("g0") || !c1Only.contains(leaf.substring(0, leaf.indexOf('.')));
        int draw = random.nextInt(8);
        if (!applies || optional.contains(leaf) && draw == 0) {
          continue; // missing (or not applicable to the unit)
        } else if (optional.contains(leaf) && draw == 1) {
          data.notApplicable(unit, Fixtures.Q, leaf, Origin.CODE);
        } else {
          // Two decimals, so that equal values (ties) occur.
          data.value(unit, Fixtures.Q, leaf, random.nextInt(101) / 100.0);
        }
      }
      int events = random.nextInt(4);
      for (int e = 0; e < events && random.nextInt(3) == 0; e++) {
        String item = List.of("plus", "minus", "veto", "last").get(random.nextInt(e == 0 ? 2 : 4));
        data.event(new AdjustmentEvent(unit, Fixtures.Q, item, 1 + random.nextInt(3), ""));
      }
    }

    String group = "g" + (1 + random.nextInt(groups));
    String leaf = leaves.get(random.nextInt(leaves.size()));
    Uncertainty.Builder uncertainty = Uncertainty.builder()
        .factor("weights").weights("total", random.nextInt(50) / 100.0).dirichlet(group, 5 + random.nextInt(50))
        .factor("rules").rules(leaf, List.of(RuleSpec.of(RULES[random.nextInt(3)]), RuleSpec.of("relative")))
        .factor("aggregations").aggregations("total", List.of(MEANS[random.nextInt(MEANS.length)]))
        .aggregations(group, List.of(MEANS[random.nextInt(MEANS.length)]))
        .factor("noise").absoluteNoise(leaves.get(random.nextInt(leaves.size())), 0.2)
        .relativeNoise(leaves.get(random.nextInt(leaves.size())), 0.3);
    if (groups > 1) {
      uncertainty.factor("exclusion").exclude("g" + groups, 0.3);
    }
    return new Case(policy, data.build(), uncertainty.build());
  }

  /**
   * Where the plan evaluates a sample it publishes exactly the engine's scores, ranks and grades; where it steps
   * aside, the engine finds a problem with the sample (here: a group left with nothing to score for a unit).
   */
  @Property(tries = 200)
  void theFastPlanGivesTheEnginesPublishedScoresRanksAndGrades(@ForAll long seed) {
    Case c = generate(seed);
    Nominal nominal = new Nominal(Fixtures.ENGINE, c.policy(), c.data(), Fixtures.Q);
    FastPlan plan = FastPlan.of(nominal, nominal.result, c.uncertainty());
    assertNotNull(plan);
    for (int s = 0; s < 10; s++) {
      Variant variant = c.uncertainty().draw(Seeds.factorSeeds(seed, s, c.uncertainty().factors().size()), nominal);
      FastPlan.Sample fast = plan.sample(variant);
      AppraisalResult engine;
      try {
        engine = nominal.result(variant);
      } catch (InvalidInputException e) {
        assertNull(fast, "the engine fails: " + e.getMessage());
        continue;
      }
      assertNotNull(fast, "the plan steps aside where the engine evaluates");
      long[] published = new long[engine.size()];
      for (int u = 0; u < published.length; u++) {
        published[u] = engine.unit(u).published().unscaledValue().longValueExact();
      }
      assertArrayEquals(engine.scoreRates(), fast.rates(), "score rates, to the bit");
      assertArrayEquals(published, fast.published(), "published scores × 100");
      assertArrayEquals(engine.ranks(), fast.outcome().ranks(), "ranks");
      assertArrayEquals(engine.gradeIndices(), fast.outcome().grades(), "grades");
    }
  }

  /** The whole analysis: the fast plan, the engine alone, and the fast plan on every core give the same result. */
  @Property(tries = 15)
  void fastSequentialAndParallelRunsGiveTheEnginesResult(@ForAll long seed) {
    Case c = generate(seed);
    UncertaintyResult engine = Fixtures.analysis(c.policy(), c.data(), c.uncertainty()).seed(seed)
        .fastPath(false).parallel(false).build().uncertainty(60, 2);
    UncertaintyResult sequential = Fixtures.analysis(c.policy(), c.data(), c.uncertainty()).seed(seed)
        .parallel(false).build().uncertainty(60, 2);
    UncertaintyResult parallel = Fixtures.analysis(c.policy(), c.data(), c.uncertainty()).seed(seed)
        .build().uncertainty(60, 2);
    for (UncertaintyResult result : List.of(sequential, parallel)) {
      assertEquals(engine.units(), result.units());
      assertEquals(engine.meanAbsoluteShift(), result.meanAbsoluteShift());
      assertEquals(engine.kendall(), result.kendall());
    }
  }

  /** A policy with a derived node is beyond the plan: the engine evaluates every sample. */
  @Property(tries = 5)
  void thePlanStepsAsideForWhatItDoesNotExpress(@ForAll long seed) {
    Case c = generate(seed);
    Policy derived = Policy.builder("d").category("c1", "C1").category("c2", "C2")
        .indicators(Indicator.group("top", "Top").child(c.policy().root())
            .child(Indicator.derived("half", "Half", "g0 / 2").points(10)).build())
        .adjustments(c.policy().adjustments())
        .build();
    assertTrue(derived.root().preOrder().anyMatch(node -> node.expression().isPresent()));
    Nominal nominal = new Nominal(Fixtures.ENGINE, derived, c.data(), Fixtures.Q);
    assertNull(FastPlan.of(nominal, nominal.result, Uncertainty.NONE));
  }
}
