package io.appraisal.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Dataset;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.Unit;
import io.appraisal.io.policy.PolicyFiles.Format;
import io.appraisal.rules.BuiltInRules;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A derived node in a policy file: read, evaluated, written back, and its expression errors placed in the file. */
class DerivedPolicyFileTest {
  private static final AppraisalEngine ENGINE = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();
  private static final Period Y = Period.year(2022);

  private static String gdi(String expression) {
    return """
        id: gdi
        scale: 2
        rounding: {scale: 3, mode: half-up}
        categories: [{id: c, name: Countries}]
        indicators:
          id: gdi
          name: Gender Development Index
          points: 2
          expression: "%s"
          children:
            - {id: hdi_f, name: HDI female, range: [0, 1], rule: {type: goalposts, lower: 0, upper: 1}}
            - {id: hdi_m, name: HDI male, range: [0, 1], rule: {type: goalposts, lower: 0, upper: 1}}
        """.formatted(expression);
  }

  @Test
  void aDerivedNodeIsReadEvaluatedAndWrittenBack() {
    Policy policy = PolicyFiles.read("gdi.yaml", gdi("hdi_f / hdi_m"), Format.YAML);
    Dataset data = Dataset.builder().unit(Unit.of("x", "x", "c"))
        .value("x", Y, "hdi_f", 0.956).value("x", Y, "hdi_m", 0.970).build();
    // 0.956 / 0.970 = 0.98556... -> 0.986
    assertEquals(new BigDecimal("0.986"), ENGINE.evaluate(policy, data, Y).unit("x").orElseThrow().published());
    for (Format format : Format.values()) {
      String written = PolicyFiles.write(policy, format);
      assertEquals(written, PolicyFiles.write(PolicyFiles.read("gdi", written, format), format));
      assertEquals("hdi_f / hdi_m", PolicyFiles.read("gdi", written, format).root().expression().orElseThrow());
    }
  }

  @Test
  void aSignedPolicyIsReadAndWrittenBack() {
    Policy policy = PolicyFiles.read("gap.yaml", gdi("hdi_f - hdi_m").replace("scale: 2", "scale: 2\nsigned: true"),
        Format.YAML);
    assertEquals(true, policy.signed());
    String written = PolicyFiles.write(policy, Format.YAML);
    assertEquals(true, PolicyFiles.read("gap", written, Format.YAML).signed());
    assertEquals(false, PolicyFiles.read("gdi.yaml", gdi("hdi_f / hdi_m"), Format.YAML).signed());
  }

  @Test
  void expressionErrorsArePlacedAtTheExpressionWithTheirOffset() {
    ParsedPolicy parsed = PolicyFiles.parse("gdi.yaml", gdi("hdi_f / hdi_mm + ln()"), Format.YAML);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.compile(parsed.policy()));
    assertEquals(List.of(
        "gdi.yaml:9: field 'indicators.gdi.expression' = 'hdi_f / hdi_mm + ln()': at offset 8 of the "
            + "expression: unknown name 'hdi_mm'; did you mean 'hdi_m'?",
        "gdi.yaml:9: field 'indicators.gdi.expression' = 'hdi_f / hdi_mm + ln()': at offset 17 of the "
            + "expression: ln takes 1 argument but was given 0"),
        parsed.locate(e).problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aDerivedNodeHasNeitherARuleNorAnAggregation() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyFiles.read("bad.yaml", """
        id: bad
        categories: [{id: c, name: C}]
        indicators:
          id: root
          name: Root
          expression: a + b
          aggregation: minimum
          children:
            - {id: a, name: A, rule: {type: proportional}}
            - {id: b, name: B, expression: a * 2, rule: {type: proportional}}
        """, Format.YAML));
    assertEquals(List.of(
        "bad.yaml:7: field 'indicators.root.aggregation' = 'minimum': column 16: a derived node computes its "
            + "expression; it has no aggregation",
        "bad.yaml:10: field 'indicators.b': column 7: an indicator has either a rule (a leaf) or an expression (a "
            + "derived node), not both"),
        e.problems().stream().map(Problem::toString).toList());
  }
}
