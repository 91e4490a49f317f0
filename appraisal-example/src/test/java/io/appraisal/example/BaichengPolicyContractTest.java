package io.appraisal.example;

import io.appraisal.core.Dataset;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.example.BaichengPolicy;
import io.appraisal.testkit.Appraisals;
import io.appraisal.testkit.PolicyContract;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The engine-level properties on the example policy, over generated data: up to 30 units of the three categories,
 * with and without enforcement powers, yes/no indicators as 0 or 1 and counts as whole numbers.
 */
class BaichengPolicyContractTest implements PolicyContract {
  @Override
  public Policy policy() {
    return BaichengPolicy.policy();
  }

  @Override
  public RuleRegistry rules() {
    return BuiltInRules.registry();
  }

  /** A fourth quarter, where the yearly items (2.1, 7.1, 8.1) are due as well as the quarterly ones. */
  @Override
  public Period period() {
    return Period.quarter(2024, 4);
  }

  @Override
  public Arbitrary<Dataset> datasets() {
    Arbitrary<Double> yesNo = Arbitraries.of(0.0, 1.0);
    return Appraisals.datasets(policy(), rules())
        .ofMaxSize(30)
        .period(period())
        .values("1.1", counts(4))
        .values("1.2", counts(12))
        .values("2.1", yesNo)
        .values("3.2", counts(5))
        .values("4.1", counts(3))
        .values("5.3", counts(5))
        .values("6.2", counts(6))
        .values("7.1", yesNo)
        .values("7.2", counts(8))
        .values("8.1", yesNo)
        .values("8.2", yesNo);
  }

  private static Arbitrary<Double> counts(int max) {
    return Arbitraries.integers().between(0, max).map(Integer::doubleValue);
  }
}
