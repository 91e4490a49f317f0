package io.appraisal.rules;

import static io.appraisal.core.Direction.HIGHER_IS_BETTER;
import static io.appraisal.core.Direction.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.Direction;
import io.appraisal.core.Messages;
import io.appraisal.core.Problem;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule type fed bad parameters: each problem it reports is keyed in the one bundle and reads in
 * Chinese without English left in it, and between them the cases reach every {@code problem.rules} key.
 */
class RuleProblemsInBothLanguagesTest {
  /** Two English words in a row: an untranslated phrase. */
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]+\\s+[A-Za-z]+");

  /** A rule type with bad parameters for an indicator of this direction and maximum. */
  private record Case(String type, Direction direction, double maxPoints, Map<String, Object> parameters) {}

  private static Case higher(String type, Map<String, Object> parameters) {
    return new Case(type, HIGHER_IS_BETTER, 10, parameters);
  }

  private static Case lower(String type, Map<String, Object> parameters) {
    return new Case(type, LOWER_IS_BETTER, 10, parameters);
  }

  private static Map<String, Object> band(String end, double bound, double points) {
    return Map.of(end, bound, "points", points);
  }

  private static final List<Case> CASES = List.of(
      higher("deduction-per-incident", Map.of("perIncident", 0, "cap", -1)),
      lower("repeated-incident", Map.of("perIncident", 1, "multiplier", 0.5)),
      higher("repeated-incident", Map.of("perIncident", 1, "multiplier", 2)),
      lower("bonus-per-item", Map.of("perItem", -1)),
      lower("checklist", Map.of("items", 0)),
      higher("threshold-penalty", Map.of("threshold", 95, "penaltyPerUnit", 0)),
      higher("proportional", Map.of("full", 0)),
      higher("target-achievement", Map.of("target", -5)),
      higher("distance-to-target", Map.of("target", 100, "tolerance", 0)),
      higher("ratio-to-mean", Map.of("full", -2)),
      higher("bands", Map.of("bands", List.of(band("atMost", 1, 2), band("atLeast", 3, 12)))),
      lower("bands", Map.of("bands", List.of(band("atLeast", 1, 2)))),
      higher("bands", Map.of("bands", List.of())),
      higher("bands", Map.of("bands", List.of(band("atLeast", 1, 2), band("atLeast", 1, 3), band("atLeast", 0, 5)))),
      higher("percentile-bands", Map.of("bands", List.of())),
      higher("percentile-bands", Map.of("bands", List.of(band("top", 10, 10), band("bottom", 10, 0)))),
      higher("percentile-bands", Map.of("bands",
          List.of(band("top", 10, 8), band("top", 10, 9), band("top", 30, 9), Map.of("top", 0), band("top", 0, 1)))),
      higher("percentile-bands", Map.of("bands", List.of(band("bottom", 10, 5), band("bottom", 10, 5),
          band("bottom", 40, 4)))),
      higher("goalposts", Map.of("lower", 0, "upper", 0, "transform", "ln")),
      higher("goalposts", Map.of("lower", 1, "upper", 2, "transform", "sqrt")),
      higher("min-max", Map.of("winsorizeLower", 0.5, "winsorizeUpper", 0.1, "capUpper", 5, "whenEqual", 2)),
      higher("min-max", Map.of("capLower", 5, "capUpper", -1, "transform", "log10")),
      higher("z-score", Map.of("zMin", 1, "zMax", -1, "whenEqual", -0.5)),
      higher("percentile-rank", Map.of("method", "hazen")),
      higher("rank-points", Map.of("points", List.of(8, 9), "step", -1)),
      higher("rank-points", Map.of("points", List.of(), "floor", 11)),
      higher("rank-points", Map.of("points", List.of(9, 8), "floor", 8.5)),
      higher("ratio-to-worst", Map.of("full", 0.5)),
      higher("relative-difference", Map.of("full", 0, "zero", 0.5)),
      higher("relative-difference", Map.of("reference", "worst", "referenceValue", 0, "full", 1)),
      higher("relative-difference", Map.of("reference", "median", "full", 1)),
      higher("mean-thresholds", Map.of("p", 1, "near", 9, "above", 8)));

  @Test
  void everyProblemOfABuiltInRuleIsKeyedAndReadsInChinese() {
    Set<String> keys = new TreeSet<>();
    for (Case c : CASES) {
      List<Problem> problems = problems(c);
      assertFalse(problems.isEmpty(), c + " found no problem");
      for (Problem problem : problems) {
        assertFalse(problem.key().isEmpty(), c + ": " + problem + " has no key");
        keys.add(problem.key());
        assertEquals(problem.message(), problem.message(Locale.ENGLISH), problem.toString());
        String chinese = problem.message(Locale.CHINESE);
        assertFalse(chinese.equals(problem.message()), c + ": " + chinese + " is not translated");
        String withoutArguments = chinese;
        for (String argument : problem.arguments()) {
          withoutArguments = withoutArguments.replace(argument, " ");
        }
        assertFalse(ENGLISH.matcher(withoutArguments).find(), c + ": English left in " + chinese);
      }
    }
    assertEquals(bundleKeys("problem.rules."), keys, "problem.rules keys no bad parameter reaches");
  }

  /** The cases give bad parameters to every built-in rule type that takes parameters. */
  @Test
  void everyBuiltInRuleTypeWithParametersHasACase() {
    Set<String> withParameters = BuiltInRules.all().stream().filter(type -> !type.parameters().isEmpty())
        .map(RuleType::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(withParameters, CASES.stream().map(Case::type).collect(Collectors.toCollection(TreeSet::new)));
    // ratio-to-best takes none: an unknown parameter is the policy compiler's problem, not the rule's.
    assertTrue(BuiltInRules.registry().find("ratio-to-best").orElseThrow().parameters().isEmpty());
  }

  private static List<Problem> problems(Case c) {
    RuleType type = BuiltInRules.registry().find(c.type()).orElseThrow();
    RuleParameters parameters = new RuleParameters("test", "rule", c.parameters(), c.maxPoints(), c.direction());
    type.create(parameters);
    return new ArrayList<>(parameters.problems());
  }

  /** The keys of the bundle that start with {@code prefix}. */
  private static Set<String> bundleKeys(String prefix) {
    return ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH).keySet().stream()
        .filter(key -> key.startsWith(prefix)).collect(Collectors.toCollection(TreeSet::new));
  }
}
