package io.appraisal.testkit.guide;

import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.testkit.Appraisals;
import io.appraisal.testkit.PolicyContract;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

// guide:begin policy-contract
/** A policy using LateSubmission keeps the policy contract on generated data. */
class TimelinessPolicyContractTest implements PolicyContract {
  @Override
  public Policy policy() {
    return Policy.builder("timeliness")
        .category("dept", "departments")
        .indicators(Indicator.group("total", "total")
            .child(Indicator.leaf("late", "days late with the annual report",
                    RuleSpec.of("late-submission", "perDay", 1, "graceDays", 2))
                .points(5)
                .lowerIsBetter())
            .child(Indicator.leaf("share", "share of reports on time (%)",
                    RuleSpec.of("testkit-linear", "lower", 50, "upper", 100))
                .points(5))
            .build())
        .build();
  }

  @Override
  public RuleRegistry rules() {
    return RuleRegistry.builder()
        .register(new LateSubmission())
        .registerAll(Appraisals.referenceRules().types().values())
        .build();
  }

  /** Whole days late; the other leaf draws from its rule's input range. */
  @Override
  public Arbitrary<Dataset> datasets() {
    return Appraisals.datasets(policy(), rules())
        .ofMaxSize(30)
        .values("late", Arbitraries.integers().between(0, 30).map(Integer::doubleValue));
  }
}
// guide:end policy-contract
