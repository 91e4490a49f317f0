package io.appraisal.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.Frequency;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Policy;
import org.junit.jupiter.api.Test;

/** The indicator key {@code frequency}: read, written only when not quarterly, read back; a bad value named. */
class FrequencyPolicyFileTest {
  private static final String YAML = """
      id: frequencies
      categories: [{id: C, name: Only}]
      indicators:
        id: root
        name: Total
        children:
          - {id: a, name: A, points: 10, rule: {type: proportional, full: 10}}
          - {id: h, name: H, points: 10, frequency: half-yearly, rule: {type: proportional, full: 10}}
          - {id: y, name: Y, points: 10, frequency: yearly, rule: {type: proportional, full: 10}}
      """;

  @Test
  void readsTheFrequencyOfEachIndicator() {
    Policy policy = PolicyFiles.read("f.yaml", YAML, PolicyFiles.Format.YAML);
    assertEquals(Frequency.QUARTERLY, policy.indicator("a").orElseThrow().frequency());
    assertEquals(Frequency.HALF_YEARLY, policy.indicator("h").orElseThrow().frequency());
    assertEquals(Frequency.YEARLY, policy.indicator("y").orElseThrow().frequency());
  }

  @Test
  void writesItOnlyWhenNotQuarterlyAndReadsItBack() {
    for (PolicyFiles.Format format : PolicyFiles.Format.values()) {
      Policy policy = PolicyFiles.read("f.yaml", YAML, PolicyFiles.Format.YAML);
      String written = PolicyFiles.write(policy, format);
      assertTrue(written.contains("half-yearly") && written.contains("yearly"), written);
      assertFalse(written.contains("quarterly"), written);
      assertEquals(written, PolicyFiles.write(PolicyFiles.read("again", written, format), format));
    }
  }

  @Test
  void anUnknownFrequencyIsAProblemAtItsLine() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyFiles.read("bad.yaml",
        YAML.replace("frequency: yearly", "frequency: annual"), PolicyFiles.Format.YAML));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertEquals(9, e.problems().get(0).line(), e.problems().toString());
    assertTrue(e.problems().get(0).message().contains("half-yearly"), e.problems().toString());
  }
}
