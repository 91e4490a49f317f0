package io.appraisal.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Period;
import io.appraisal.example.ExampleData;
import io.appraisal.rules.BuiltInRules;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fast plan gives the engine's published scores, ranks and grades on the bundled example with every choice of
 * its uncertainty file uncertain (weights, normalisations, the geometric mean, noise, exclusions), and needs the
 * engine for none of its samples. In this package (the robustness module's tests cannot see the built-in rules or
 * the example: they depend on it) to reach the samples.
 */
class ExampleFastPlanTest {
  private static final Uncertainty UNCERTAINTY = UncertaintyFile.readResource(ExampleData.class.getClassLoader(),
      ExampleData.RESOURCE_FOLDER + "uncertainty.yaml").uncertainty();
  private static final Nominal NOMINAL = new Nominal(AppraisalEngine.builder().rules(BuiltInRules.registry()).build(),
      ExampleData.policy(), ExampleData.dataset(), Period.parse("2022-Q4"));
  private static final FastPlan PLAN = FastPlan.of(NOMINAL, NOMINAL.result, UNCERTAINTY);

  @Property(tries = 300)
  void fastPlanPublishesRanksAndGradesAsTheEngine(@ForAll long seed) {
    Variant variant = UNCERTAINTY.draw(Seeds.factorSeeds(seed, 0, UNCERTAINTY.factors().size()), NOMINAL);
    FastPlan.Sample fast = PLAN.sample(variant);
    assertNotNull(fast, "the example needs no engine fallback");
    AppraisalResult engine = NOMINAL.result(variant);
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
