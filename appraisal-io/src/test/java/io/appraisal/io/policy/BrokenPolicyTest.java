package io.appraisal.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of broken policy files: one small file each, with every problem it must report, exactly. A value a
 * core builder refuses is located by line and field, with no column.
 */
class BrokenPolicyTest {
  static final Path BROKEN = PolicyFilesTest.POLICIES.resolve("broken");

  static final Map<String, List<String>> CATALOGUE = new TreeMap<>(Map.ofEntries(
      Map.entry("malformed.yaml", List.of(
          "malformed.yaml:5: column 4: malformed YAML: expected <block end>, but found '<block mapping start>'"
              + " (while parsing a block collection at line 3, column 3)")),
      Map.entry("malformed.json", List.of(
          "malformed.json:5: column 3: malformed JSON: Unexpected character (']' (code 93)): expected a valid"
              + " value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')")),
      Map.entry("empty.yaml", List.of(
          "empty.yaml:1: column 1: the file holds no policy")),
      Map.entry("two-documents.yaml", List.of(
          "two-documents.yaml:5: column 1: unexpected content after the policy; a file holds one policy")),
      Map.entry("not-a-mapping.yaml", List.of(
          "not-a-mapping.yaml:1: column 1: must be a mapping, not a list")),
      Map.entry("unknown-key.yaml", List.of(
          "unknown-key.yaml:10: field 'indicators.1.pionts': column 7: unknown key; allowed keys: id, name, points,"
              + " weight, direction, appliesTo, missing, frequency, range, denominator, rule, expression, aggregation,"
              + " weightsSum, ahp, panel, criteria, evidence, children")),
      Map.entry("duplicate-key.yaml", List.of(
          "duplicate-key.yaml:9: field 'indicators.total.points': column 3: duplicate key; first given at line 7")),
      Map.entry("ill-typed.yaml", List.of(
          "ill-typed.yaml:2: field 'scale': column 8: must be a number, not a list",
          "ill-typed.yaml:11: field 'indicators.1.points' = 'ten': column 15: must be a number, not a string",
          "ill-typed.yaml:12: field 'indicators.1.weight' = 'null': column 15: must be a number, not null",
          "ill-typed.yaml:14: field 'signed' = 'yes': column 9: must be true or false, not a string")),
      // A veto's effect is one of three; a bonus has none; the policy-wide vetoRanksLast is gone (effect per item).
      Map.entry("veto-effect.yaml", List.of(
          "veto-effect.yaml:11: field 'adjustments.items.0.effect' = 'last': column 49: unknown value; allowed:"
              + " lowest-grade, ranked-last, excluded",
          "veto-effect.yaml:12: field 'adjustments.items.1.effect' = 'excluded': column 66: only a veto item has an"
              + " effect",
          "veto-effect.yaml:14: field 'adjustments.vetoRanksLast': column 3: unknown key; allowed keys: items,"
              + " bonusCap, deductionCap")),
      Map.entry("missing-key.yaml", List.of(
          "missing-key.yaml:3: field 'categories.0.name': column 5: required key is missing",
          "missing-key.yaml:5: field 'indicators.total.name': column 3: required key is missing",
          "missing-key.yaml:9: field 'indicators.1.rule.type': column 13: required key is missing")),
      Map.entry("unknown-enum.yaml", List.of(
          "unknown-enum.yaml:7: field 'indicators.total.aggregation' = 'mean': column 16: unknown value; allowed:"
              + " sum, arithmetic-mean, geometric-mean, harmonic-mean, minimum, topsis",
          "unknown-enum.yaml:8: field 'indicators.total.missing' = 'skip': column 12: unknown value; allowed: fail,"
              + " zero, exclude, group-mean, group-median, previous-period",
          "unknown-enum.yaml:12: field 'indicators.1.direction' = 'up': column 18: unknown value; allowed: higher,"
              + " lower",
          "unknown-enum.yaml:15: field 'ranking.method' = 'olympic': column 11: unknown value; allowed: competition,"
              + " dense, fractional, ordinal",
          "unknown-enum.yaml:16: field 'ranking.tieBreaks.1' = 'coin-toss': column 33: unknown tie-break; allowed:"
              + " fewer-deductions, unit-id or {indicator: <id>}",
          "unknown-enum.yaml:17: field 'rounding.mode' = 'bankers': column 18: unknown value; allowed: up, down,"
              + " ceiling, floor, half-up, half-down, half-even")),
      Map.entry("duplicate-indicator.yaml", List.of(
          "duplicate-indicator.yaml:11: field 'indicators.1.1.id' = '1.1': column 11: duplicate indicator id; first"
              + " declared at line 8")),
      Map.entry("duplicate-category.yaml", List.of(
          "duplicate-category.yaml:5: field 'categories.2.id' = 'party': column 10: duplicate category id; first"
              + " declared at line 3")),
      Map.entry("undeclared-category.yaml", List.of(
          "undeclared-category.yaml:11: field 'indicators.5.appliesTo.categories.1' = 'goverment': column 44:"
              + " unknown category (did you mean 'government'?); declared: party, government")),
      Map.entry("range.yaml", List.of(
          "range.yaml:10: field 'indicators.5.1.range': range min must be below max but was: [100.0, 0.0]",
          "range.yaml:14: field 'indicators.5.2.range': column 14: a range is a list [min, max]; write null for an"
              + " open end")),
      Map.entry("weights-sum.yaml", List.of(
          "weights-sum.yaml:8: field 'indicators.total.weightsSum' = '1': column 15: the children's weights sum to"
              + " 0.9, not 1")),
      // total declares 100 over 60 + 44: without the check the policy would be scored out of 104. Group 1 declares
      // 60 over 30 + 30 and passes.
      Map.entry("points-sum.yaml", List.of(
          "points-sum.yaml:7: field 'indicators.total.points' = '100': column 11: the group declares 100 points but"
              + " its children's points add up to 104 (1: 60, 2: 44)")),
      Map.entry("empty-group.yaml", List.of(
          "empty-group.yaml:10: field 'indicators.1.children': column 17: a group needs at least one child",
          "empty-group.yaml:11: field 'indicators.2': column 7: an indicator needs a rule (a leaf), children"
              + " (a group) or an expression (a derived node)",
          "empty-group.yaml:13: field 'indicators.3': column 7: an indicator has either a rule (a leaf) or children"
              + " (a group), not both")),
      Map.entry("adjustments.yaml", List.of(
          "adjustments.yaml:6: field 'adjustments': bonusCap must be >= 0 but was: -3.0",
          "adjustments.yaml:7: field 'adjustments.items.0.pointsEach': column 7: required key is missing",
          "adjustments.yaml:8: field 'adjustments.items.1': itemCap of deduction.notice must be positive but was:"
              + " 0.0",
          "adjustments.yaml:9: field 'adjustments.items.2.id' = 'bonus.regulation': column 12: duplicate adjustment"
              + " item id; first declared at line 7")),
      Map.entry("annual.yaml", List.of(
          "annual.yaml:6: field 'annual': quarterWeight and the component weights must sum to 1 but sum to 0.9",
          "annual.yaml:12: field 'selfAssessmentTolerance' = '-5': selfAssessmentTolerance must be >= 0 but was:"
              + " -5.0")),
      Map.entry("core-checks.yaml", List.of(
          "core-checks.yaml:2: field 'scale' = '0': scale must be positive but was: 0.0",
          "core-checks.yaml:9: field 'indicators.1.points' = '-4': points of 1 must be positive but was: -4.0",
          "core-checks.yaml:9: field 'indicators.1.weight' = '-1': weight of 1 must be >= 0 but was: -1.0",
          "core-checks.yaml:10: field 'indicators.2.aggregation' = 'minimum': leaf 2 has a rule and cannot"
              + " aggregate",
          "core-checks.yaml:10: field 'indicators.2.rule.bands.0.points' = 'null': column 102: a rule parameter"
              + " cannot be null",
          "core-checks.yaml:13: field 'grades.bands': grade bands must be ordered best first with decreasing"
              + " minScore, but excellent (90.0) follows good (80.0)",
          "core-checks.yaml:16: field 'rounding.scale' = '2.5': column 19: must be a whole number"))));

  static Stream<Arguments> catalogue() {
    return CATALOGUE.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void reportsEveryProblemWithLineAndColumn(String file, List<String> expected) throws IOException {
    Path path = BROKEN.resolve(file);
    String text = Files.readString(path);

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> PolicyFiles.read(file, text, PolicyFiles.Format.of(path)));

    assertEquals(expected, e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void everyBrokenFileIsInTheCatalogue() throws IOException {
    try (Stream<Path> files = Files.list(BROKEN)) {
      assertEquals(CATALOGUE.keySet().stream().toList(),
          files.map(file -> file.getFileName().toString()).sorted().toList());
    }
  }
}
