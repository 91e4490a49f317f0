package io.appraisal.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.Indicator;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Policy;
import io.appraisal.io.policy.PolicyFiles.Format;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An indicator's scoring criteria (评分标准) and evidence (佐证材料) in a policy file: read, written back, checked. */
class CriteriaPolicyFileTest {
  private static String policy(String texts) {
    return """
        id: p
        categories: [{id: c, name: C}]
        indicators:
          id: total
          name: Total
          children:
            - {id: a, name: A, points: 4, rule: {type: deduction-per-incident, perIncident: 1}%s}
            - {id: b, name: B, points: 6, rule: {type: proportional}}
        """.formatted(texts);
  }

  @Test
  void criteriaAndEvidenceAreReadAndWrittenBackInEveryFormat() {
    Policy policy = PolicyFiles.read("p.yaml",
        policy(", criteria: 每少一次扣1分，扣完为止, evidence: \"会议纪要\""), Format.YAML);
    Indicator a = policy.indicator("a").orElseThrow();
    assertEquals(Optional.of("每少一次扣1分，扣完为止"), a.criteria());
    assertEquals(Optional.of("会议纪要"), a.evidence());
    assertEquals(Optional.empty(), policy.indicator("b").orElseThrow().criteria());
    for (Format format : Format.values()) {
      String written = PolicyFiles.write(policy, format);
      Policy read = PolicyFiles.read("p", written, format);
      assertEquals(a.criteria(), read.indicator("a").orElseThrow().criteria(), written);
      assertEquals(a.evidence(), read.indicator("a").orElseThrow().evidence(), written);
      assertEquals(written, PolicyFiles.write(read, format));
    }
  }

  @Test
  void blankCriteriaAreALocatedProblem() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> PolicyFiles.read("p.yaml", policy(", criteria: \" \""), Format.YAML));
    assertEquals(List.of("p.yaml:7: field 'indicators.a.criteria' = ' ': criteria of a cannot be"
        + " blank"), e.problems().stream().map(p -> p.toString().replaceAll(": column \\d+", "")).toList());
  }
}
