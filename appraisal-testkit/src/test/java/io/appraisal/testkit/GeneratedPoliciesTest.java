package io.appraisal.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Dataset;
import io.appraisal.core.Policy;
import io.appraisal.core.spi.RuleRegistry;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The policy contract's checks over generated policies, not just one: the engine keeps them for every shape of
 * tree, aggregation, applicability, missing-value policy, adjustment, grade scheme, ranking method and rounding the
 * arbitraries produce; and the generated data is always valid for its policy.
 */
class GeneratedPoliciesTest {
  private static final RuleRegistry RULES = Appraisals.referenceRules();
  private static final AppraisalEngine ENGINE = AppraisalEngine.builder().rules(RULES).build();

  @Provide
  Arbitrary<Tuple2<Policy, Dataset>> policiesWithData() {
    return Appraisals.policies()
        .indicatorTrees(Appraisals.indicatorTrees().attributes("enforcement"))
        .flatMap(policy -> Appraisals.datasets(policy, RULES).ofMaxSize(12).map(data -> tupleOf(policy, data)));
  }

  private static Tuple2<Policy, Dataset> tupleOf(Policy policy, Dataset data) {
    return net.jqwik.api.Tuple.of(policy, data);
  }

  @Property(tries = 300)
  void generatedDataIsValidForItsPolicy(@ForAll("policiesWithData") Tuple2<Policy, Dataset> sample) {
    assertEquals(List.of(), ENGINE.compile(sample.get1()).validate(sample.get2(), DatasetArbitrary.DEFAULT_PERIOD));
  }

  @Property(tries = 300)
  void resultsDoNotDependOnTheOrderOfUnits(@ForAll("policiesWithData") Tuple2<Policy, Dataset> sample) {
    PolicyChecks.permutation(ENGINE, sample.get1(), sample.get2(), DatasetArbitrary.DEFAULT_PERIOD);
  }

  @Property(tries = 300)
  void scoreRatesLieWithinTheScale(@ForAll("policiesWithData") Tuple2<Policy, Dataset> sample) {
    PolicyChecks.bounds(ENGINE, sample.get1(), sample.get2(), DatasetArbitrary.DEFAULT_PERIOD);
  }

  @Property(tries = 300)
  void ranksFollowThePublishedValues(@ForAll("policiesWithData") Tuple2<Policy, Dataset> sample) {
    PolicyChecks.ranks(ENGINE, sample.get1(), sample.get2(), DatasetArbitrary.DEFAULT_PERIOD);
  }

  @Property(tries = 300)
  void contributionsAddUpToTheComposite(@ForAll("policiesWithData") Tuple2<Policy, Dataset> sample) {
    PolicyChecks.contributions(ENGINE, sample.get1(), sample.get2(), DatasetArbitrary.DEFAULT_PERIOD);
  }

  @Property(tries = 300)
  void recalculationIsIdempotent(@ForAll("policiesWithData") Tuple2<Policy, Dataset> sample) {
    PolicyChecks.idempotent(ENGINE, RULES, sample.get1(), sample.get2(), DatasetArbitrary.DEFAULT_PERIOD);
  }
}
