package io.appraisal.io;

import io.appraisal.example.ExampleData;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Dataset;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.io.policy.PolicyFiles;
import io.appraisal.io.results.RankingCsv;
import io.appraisal.io.results.RankingJson;
import io.appraisal.io.results.RankingReport;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.example.BaichengPolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example policy as a YAML file and as Java code are one policy: their result files are byte-identical. */
class ExamplePolicyFileTest {
  private static final Path POLICY_FILE = Path.of("../seeds/baicheng-2022/policy.yaml");

  @Test
  void yamlAndJavaPoliciesWriteByteIdenticalResults() {
    Policy fromFile = PolicyFiles.read(POLICY_FILE);
    Policy fromCode = BaichengPolicy.policy();
    Dataset data = ExampleData.dataset();
    for (Period period : List.of(Period.quarter(2022, 1), Period.quarter(2022, 4))) {
      RankingReport file = report(fromFile, data, period);
      RankingReport code = report(fromCode, data, period);
      assertEquals(code.current().provenance(), file.current().provenance(), period.toString());
      assertArrayEquals(RankingCsv.bytes(code), RankingCsv.bytes(file), period.toString());
      assertArrayEquals(RankingJson.bytes(code), RankingJson.bytes(file), period.toString());
    }
  }

  private static RankingReport report(Policy policy, Dataset data, Period period) {
    CompiledPolicy plan = AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(policy);
    AppraisalResult result = plan.evaluate(data, period);
    return RankingReport.withPrevious(plan, data, result);
  }
}
