package io.appraisal.example;

import io.appraisal.core.Dataset;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.io.policy.PolicyFiles;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.testkit.Appraisals;
import io.appraisal.testkit.PolicyContract;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Group;
import net.jqwik.api.PropertyDefaults;

/**
 * The testkit's policy contract on the three other illustrative policies of {@code seeds/} (counties, demonstration
 * creation, 述法评议), over generated data for their period 2022-Q4. A panel indicator's raw value is generated like
 * any other: the panel only decides how rater scores become that value. The groups run 100 tries per property (the
 * demonstration's 100 leaves make the default 1,000 slow); the counties group runs the default.
 */
class OtherAppraisalsContractTest {
  private static final Period Q4 = Period.quarter(2022, 4);

  /** The contract on the policy of one seed folder, with the built-in rules, for 2022-Q4. */
  interface SeedContract extends PolicyContract {
    String folder();

    @Override
    default Policy policy() {
      return PolicyFiles.read(Path.of("..", "seeds", folder(), "policy.yaml"));
    }

    @Override
    default RuleRegistry rules() {
      return BuiltInRules.registry();
    }

    @Override
    default Period period() {
      return Q4;
    }
  }

  private static Arbitrary<Double> counts(int max) {
    return Arbitraries.integers().between(0, max).map(Integer::doubleValue);
  }

  @Group
  class Counties implements SeedContract {
    @Override
    public String folder() {
      return "baicheng-counties-2022";
    }

    @Override
    public Arbitrary<Dataset> datasets() {
      return Appraisals.datasets(policy(), rules()).ofMaxSize(10).period(Q4)
          .values("1.1", counts(8)).values("1.2", counts(60)).values("3.2", counts(4)).values("5.3", counts(4))
          .values("7.2", counts(20));
    }
  }

  @Group
  @PropertyDefaults(tries = 100)
  class Demonstration implements SeedContract {
    @Override
    public String folder() {
      return "baicheng-demonstration-2022";
    }

    @Override
    public Arbitrary<Dataset> datasets() {
      return Appraisals.datasets(policy(), rules()).ofMaxSize(5).period(Q4);
    }
  }

  @Group
  @PropertyDefaults(tries = 100)
  class Shufa implements SeedContract {
    @Override
    public String folder() {
      return "baicheng-shufa-2022";
    }

    @Override
    public Arbitrary<Dataset> datasets() {
      return Appraisals.datasets(policy(), rules()).ofMaxSize(20).period(Q4);
    }
  }
}
