package io.appraisal.io.policy;

import static io.appraisal.io.policy.RichPolicy.assertSamePolicy;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Policy;
import io.appraisal.example.BaichengPolicy;
import io.appraisal.rules.BuiltInRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled YAML policy and the Java {@link BaichengPolicy} agree field by field, and the file compiles. */
class ExamplePolicyFieldsTest {
  @Test
  void theExamplePolicyFileIsTheJavaExamplePolicy() {
    Policy read = PolicyFiles.read(Path.of("../seeds/baicheng-2022/policy.yaml"));

    assertSamePolicy(BaichengPolicy.policy(), read);
    AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(read);
  }
}
