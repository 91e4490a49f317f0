package io.appraisal.io.policy;

import static io.appraisal.io.policy.RichPolicy.assertSamePolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.AdjustmentRules;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.Ranking;
import io.appraisal.core.Rounding;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.spi.ParameterSpec;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.UnitRule;
import io.appraisal.io.policy.PolicyFiles.Format;
import io.appraisal.rules.BuiltInRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PolicyFilesTest {
  static final Path POLICIES = Path.of("src/test/resources/policies");

  @ParameterizedTest
  @EnumSource(Format.class)
  void writingThenReadingGivesTheSamePolicyFieldByField(Format format) {
    Policy policy = RichPolicy.create();

    Policy read = PolicyFiles.read("rich", PolicyFiles.write(policy, format), format);

    assertSamePolicy(policy, read);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theCanonicalFormIsStable(Format format) throws IOException {
    String expected = Files.readString(POLICIES.resolve("good/rich." + format.name().toLowerCase(Locale.ROOT)));

    String written = PolicyFiles.write(RichPolicy.create(), format);

    assertEquals(expected, written);
    assertEquals(written, PolicyFiles.write(PolicyFiles.read("rich", written, format), format));
  }

  @Test
  void yamlAndJsonReadTheSame() throws IOException {
    Policy fromYaml = PolicyFiles.read(POLICIES.resolve("good/rich.yaml"));
    Policy fromJson = PolicyFiles.read(POLICIES.resolve("good/rich.json"));

    assertSamePolicy(fromYaml, fromJson);
  }

  @Test
  void omittedSettingsTakeTheBuildersDefaults() {
    Policy policy = PolicyFiles.read("minimal.yaml", """
        id: minimal
        categories: [{id: all, name: All units}]
        indicators: {id: total, name: Total, rule: {type: checklist}}
        """, Format.YAML);

    assertEquals("minimal", policy.name());
    assertEquals("1", policy.version());
    assertEquals("", policy.description());
    assertEquals(100, policy.scale());
    assertEquals(1, policy.root().points());
    assertEquals(Optional.empty(), policy.root().missing());
    assertSame(AdjustmentRules.NONE, policy.adjustments());
    assertEquals(Optional.empty(), policy.grades());
    assertSame(Ranking.DEFAULT, policy.ranking());
    assertSame(Rounding.DEFAULT, policy.rounding());
    assertEquals(Optional.empty(), policy.annual());
    assertEquals(Double.POSITIVE_INFINITY, policy.selfAssessmentTolerance());
  }

  @Test
  void textWrittenAsANumberKeepsItsSpelling() {
    Policy policy = PolicyFiles.read("ids.yaml", """
        id: 2022
        version: 1.0
        categories: [{id: 01, name: 1.50}]
        indicators: {id: 1.10, name: Total, rule: {type: checklist}}
        """, Format.YAML);

    assertEquals("2022", policy.id());
    assertEquals("1.0", policy.version());
    assertEquals("01", policy.categories().get(0).id());
    assertEquals("1.50", policy.categories().get(0).name());
    assertEquals("1.10", policy.root().id());
  }

  @Test
  void ruleParametersKeepTheirJsonTypes() {
    Policy policy = PolicyFiles.read("rule.json", """
        {"id": "p", "categories": [{"id": "all", "name": "All"}],
         "indicators": {"id": "total", "name": "Total", "rule": {"type": "bands", "whole": 2, "big": 3000000000,
           "fraction": 0.5, "text": "1.10", "flag": false, "list": [1, {"b": 2.0, "a": "x"}]}}}
        """, Format.JSON);

    assertEquals(new RuleSpec("bands", Map.of("whole", 2, "big", 3_000_000_000L, "fraction", 0.5, "text", "1.10",
        "flag", false, "list", List.of(1, Map.of("a", "x", "b", 2.0)))), policy.root().rule().orElseThrow());
  }

  @Test
  void readsAFileInTheFormatOfItsExtension(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("policy.YML");
    Files.writeString(file, "\uFEFFid: bom\ncategories: [{id: a, name: A}]\nindicators: {id: t, name: T}\n");

    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyFiles.read(file));

    assertEquals(List.of(file + ":3: field 'indicators.t': column 13: an indicator needs a rule (a leaf),"
        + " children (a group) or an expression (a derived node)"), e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void refusesAFileNameWithAnotherExtension() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PolicyFiles.read(Path.of("policy.txt")));

    assertEquals("a policy file name must end in .yaml, .yml or .json but was: policy.txt", e.getMessage());
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThrows(UncheckedIOException.class, () -> PolicyFiles.read(POLICIES.resolve("no-such-policy.yaml")));
  }

  @Test
  void engineProblemsArePlacedInTheFile() {
    ParsedPolicy parsed = PolicyFiles.parse("engine.yaml", """
        id: engine
        categories:
          - {id: party, name: Party}
          - {id: mass, name: Mass}
        indicators:
          id: total
          name: Total
          children:
            - id: "3.1"
              name: Filing
              appliesTo: {categories: [party]}
              rule: {type: per-incident}
            - id: "3.2"
              name: Unfiled documents
              appliesTo: {categories: [party]}
              rule:
                type: per-incident
                perIncident: many
            - {id: "3.3", name: Reviews, appliesTo: {categories: [party]}, rule: {type: per-review}}
        ranking:
          tieBreaks: [unit-id, {indicator: "3.4"}]
        """, Format.YAML);
    AppraisalEngine engine = AppraisalEngine.builder()
        .rules(RuleRegistry.builder().register(new PerIncident()).build()).build();

    InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.compile(parsed.policy()));

    assertEquals(List.of(
        "engine.yaml:12: field 'indicators.3.1.rule.perIncident': required parameter is missing",
        "engine.yaml:18: field 'indicators.3.2.rule.perIncident' = 'many': must be a finite number",
        "engine.yaml:19: field 'indicators.3.3.rule.type' = 'per-review': unknown rule type; known"
            + " types: [per-incident]",
        "engine.yaml:21: field 'ranking.tieBreaks' = '3.4': unknown indicator",
        "engine.yaml:4: field 'categories' = 'mass': no indicator applies to this category"),
        parsed.locate(e).problems().stream().map(Problem::toString).toList());
  }

  @Test
  void problemsFromElsewhereAreLeftAsTheyAre() {
    ParsedPolicy parsed = checklistPolicy();
    Problem data = Problem.of("values.csv", "indicators.t", "", "no values");
    Problem located = new Problem("policy p", 3, "indicators.t", "", "already located");

    assertSame(data, parsed.locate(data));
    assertSame(located, parsed.locate(located));
  }

  /** A policy of one indicator, {@code t}, on line 3 of {@code p.yaml}. */
  private static ParsedPolicy checklistPolicy() {
    return PolicyFiles.parse("p.yaml", """
        id: p
        categories: [{id: a, name: A}]
        indicators: {id: t, name: T, rule: {type: checklist}}
        """, Format.YAML);
  }

  @Test
  void aLocatedProblemKeepsItsKeyAndReadsInBothLanguages() {
    ParsedPolicy parsed = checklistPolicy();
    Problem found = Problem.keyed("policy p", "indicators.t", "", "problem.io.ranking.missing");

    Problem located = parsed.locate(found);

    assertEquals(found.at("p.yaml", 3), located);
    assertEquals("p.yaml:3: field 'indicators.t': missing", located.toString());
    assertEquals("缺失", located.message(Locale.CHINESE));
  }

  /** A rule type with one required number, to make the engine report parameter problems. */
  private static final class PerIncident implements RuleType {
    @Override
    public String id() {
      return "per-incident";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public String description() {
      return "Points = max − perIncident × incidents.";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.required("perIncident", ParameterSpec.Type.NUMBER, "points per incident"));
    }

    @Override
    public Rule create(RuleParameters parameters) {
      double perIncident = parameters.number("perIncident");
      return new UnitRule() {
        @Override
        protected double points(double raw, double maxPoints, io.appraisal.core.Direction direction) {
          return Math.max(0, maxPoints - perIncident * raw);
        }
      };
    }
  }
}
