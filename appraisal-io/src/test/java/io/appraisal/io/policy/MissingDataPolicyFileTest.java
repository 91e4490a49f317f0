package io.appraisal.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.InvalidInputException;
import io.appraisal.core.MissingPolicy;
import io.appraisal.core.Policy;
import org.junit.jupiter.api.Test;

/** The policy file's {@code missing: {minCoverage}} and the imputation methods, read, written and read back. */
class MissingDataPolicyFileTest {
  private static final String YAML = """
      id: screened
      categories: [{id: C, name: Only}]
      missing: {minCoverage: 0.8}
      indicators:
        id: root
        name: Total
        missing: group-median
        children:
          - {id: a, name: A, points: 10, rule: {type: proportional, full: 10}, missing: previous-period}
          - {id: b, name: B, points: 10, rule: {type: proportional, full: 10}, missing: group-mean}
          - {id: c, name: C, points: 10, rule: {type: proportional, full: 10}}
      """;

  @Test
  void readsScreeningAndImputation() {
    Policy policy = PolicyFiles.read("screened.yaml", YAML, PolicyFiles.Format.YAML);
    assertEquals(0.8, policy.minCoverage());
    assertEquals(MissingPolicy.GROUP_MEDIAN, policy.root().missing().orElseThrow());
    assertEquals(MissingPolicy.PREVIOUS_PERIOD, policy.indicator("a").orElseThrow().missing().orElseThrow());
    assertEquals(MissingPolicy.GROUP_MEAN, policy.indicator("b").orElseThrow().missing().orElseThrow());
  }

  @Test
  void writesThemBackUnchanged() {
    for (PolicyFiles.Format format : PolicyFiles.Format.values()) {
      String written = PolicyFiles.write(PolicyFiles.read("screened.yaml", YAML, PolicyFiles.Format.YAML), format);
      assertTrue(written.contains("minCoverage"), written);
      assertTrue(written.contains("group-median") && written.contains("previous-period"), written);
      assertEquals(written, PolicyFiles.write(PolicyFiles.read("again", written, format), format));
    }
  }

  @Test
  void aCoverageOutsideZeroToOneIsAProblemAtItsLine() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyFiles.read("bad.yaml",
        YAML.replace("minCoverage: 0.8", "minCoverage: 80"), PolicyFiles.Format.YAML));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertEquals(3, e.problems().get(0).line(), e.problems().toString());
    assertTrue(e.problems().get(0).message().contains("minCoverage must be within [0, 1] but was: 80.0"),
        e.problems().toString());
  }
}
