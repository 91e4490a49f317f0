package io.appraisal.io.policy;

import static io.appraisal.io.policy.RichPolicy.assertSamePolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.Denominator;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Policy;
import io.appraisal.io.policy.PolicyFiles.Format;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Denominators and two-sided grade schemes in policy files: read, written back, and their mistakes reported. */
class HandbookPolicyFileTest {
  private static final String POLICY = """
      id: gdi
      scale: 2
      categories: [{id: c, name: Countries}]
      indicators:
        id: root
        name: Root
        children:
          - {id: crime, name: Crimes, direction: lower, denominator: {indicator: pop, per: 10000},
             rule: {type: ratio-to-worst, full: 4}}
          - {id: ratio, name: Ratio, denominator: {indicator: base}, rule: {type: min-max}}
      grades:
        target: 1
        bands: [{name: "1", within: 0.025}, {name: "2", within: 0.05}]
        lowest: "3"
      """;

  @Test
  void denominatorsAndTargetsAreRead() {
    Policy policy = PolicyFiles.read("gdi.yaml", POLICY, Format.YAML);
    assertEquals(Optional.of(new Denominator("pop", 10_000)),
        policy.root().children().get(0).denominator());
    assertEquals(Optional.of(new Denominator("base", 1)), policy.root().children().get(1).denominator());
    GradeScheme grades = policy.grades().orElseThrow();
    assertEquals(1, grades.target());
    assertEquals(List.of(-0.025, -0.05), grades.bands().stream().map(band -> band.minScore()).toList());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theyAreWrittenBack(Format format) {
    Policy policy = PolicyFiles.read("gdi.yaml", POLICY, Format.YAML);
    String written = PolicyFiles.write(policy, format);
    assertSamePolicy(policy, PolicyFiles.read("gdi", written, format));
    assertEquals(written, PolicyFiles.write(PolicyFiles.read("gdi", written, format), format));
  }

  @Test
  void mistakesAreReportedAtOnce() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyFiles.read("bad.yaml", """
        id: bad
        categories: [{id: c, name: C}]
        indicators:
          id: root
          name: Root
          denominator: {indicator: pop}
          children:
            - {id: a, name: A, denominator: {per: 0}, rule: {type: min-max}}
        grades:
          target: 1
          bands: [{name: "1", minScore: 0.9}, {name: "2", within: 0.05, quota: 0.5}]
          lowest: "3"
        """, Format.YAML));
    assertEquals(List.of(
        "bad.yaml:6: field 'indicators.root.denominator': column 16: a denominator is for leaves",
        "bad.yaml:8: field 'indicators.a.denominator.indicator': column 37: required key is missing",
        "bad.yaml:8: field 'indicators.a.denominator.per' = '0': column 43: must be positive",
        "bad.yaml:11: field 'grades.bands.0.minScore' = '0.9': column 33: a scheme with a target gives each band"
            + " the distance it is within",
        "bad.yaml:11: field 'grades.bands.1.quota' = '0.5': column 72: a scheme with a target has no quotas"),
        e.problems().stream().map(Object::toString).toList());
  }
}
