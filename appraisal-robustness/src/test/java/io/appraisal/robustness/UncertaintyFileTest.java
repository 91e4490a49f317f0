package io.appraisal.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Messages;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.Ranking;
import io.appraisal.core.RankingMethod;
import io.appraisal.core.TieBreak;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncertaintyFileTest {
  @Test
  void readsSettingsAndChoicesIntoFactors() {
    UncertaintyFile.Parsed parsed = UncertaintyFile.parse("u.yaml", """
        seed: 42
        samples: 500
        k: 3
        choices:
          - {factor: weights, weights: total, range: 0.2}
          - {factor: weights, dirichlet: total, concentration: 50}
          - {factor: method, rules: a, alternatives: [{type: square}]}
          - {factor: method, aggregations: total, alternatives: [arithmetic-mean, geometric-mean]}
          - {noise: a, relative: 0.05}
          - {exclude: b, probability: 0.1}
        """);
    assertEquals(42, parsed.seed());
    assertEquals(500, parsed.samples());
    assertEquals(3, parsed.k());
    assertEquals(List.of("weights", "method", "noise a", "exclude b"), parsed.uncertainty().factors());
    assertEquals(List.of(), parsed.uncertainty().problems(Fixtures.twoLeaves()));
  }

  @Test
  void reportsEveryProblemOfTheFileAtOnceWithLineFieldAndValue() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> UncertaintyFile.parse("u.yaml", """
        seed: 1
        choices:
          - {weights: total, range: -0.2}
          - {noise: a}
          - {exclude: b, probability: 2}
          - {aggregations: total, alternatives: [average]}
          - {colour: red}
        """));
    assertEquals(printed(List.of(
        new Problem("u.yaml", 3, "choices[0].range", "-0.2", "cannot be negative"),
        new Problem("u.yaml", 4, "choices[1]", "", "noise needs exactly one of relative or absolute"),
        new Problem("u.yaml", 5, "choices[2].probability",
            "2", "probability of excluding b must be in [0, 1] but was: 2.0"),
        new Problem("u.yaml", 6, "choices[3].alternatives", "average",
            "unknown aggregation; known: [sum, arithmetic-mean, geometric-mean, harmonic-mean, minimum, topsis]"),
        new Problem("u.yaml", 7, "choices[4]", "",
            "names no choice: give one of [aggregations, dirichlet, exclude, noise, rules, weights]"))),
        printed(e.problems()));
  }

  /** A seed or a count is a whole number in range: never cut to another seed, never run out of memory. */
  @Test
  void settingsAreWholeNumbersWithinTheirLimits() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> UncertaintyFile.parse("u.yaml", """
        seed: 2.5
        samples: 99999999999999999999
        k: 0
        """));
    assertEquals(printed(List.of(
        new Problem("u.yaml", 1, "seed", "2.5", "must be a whole number"),
        new Problem("u.yaml", 2, "samples", "99999999999999999999", "must be at most 1000000"),
        new Problem("u.yaml", 3, "k", "0", "must be at least 1"))),
        printed(e.problems()));
    assertEquals(-9223372036854775807L, UncertaintyFile.parse("u.yaml", "seed: -9223372036854775807\n").seed());
  }

  @Test
  void aFileThatIsNotUtf8IsOneProblem(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("u.yaml"), "choices:\n  - {factor: 权重, weights: total, range: 0.2}\n"
        .getBytes(Charset.forName("GB18030")));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> UncertaintyFile.read(file));
    assertEquals(printed(List.of(new Problem(file.toString(), 0, "", "", "the file is not UTF-8: save it as UTF-8"))),
        printed(e.problems()));
  }

  /** Unknown node, a leaf given weights, and both children excludable at once: all located at their lines. */
  @Test
  void checksTheChoicesAgainstThePolicyAtTheirLines() {
    Uncertainty uncertainty = UncertaintyFile.parse("u.yaml", """
        choices:
          - {weights: nowhere, range: 0.1}
          - {weights: a, range: 0.1}
          - {exclude: a, probability: 0.5}
          - {exclude: b, probability: 0.5}
        """).uncertainty();
    assertEquals(printed(List.of(
        new Problem("u.yaml", 2, "weights", "nowhere", "unknown indicator; the policy has [total, a, b]"),
        new Problem("u.yaml", 3, "weights", "a", "is a leaf; weights is for a group"),
        new Problem("u.yaml", 5, "exclude", "b",
            "every child of total may be excluded at once, leaving no weights to renormalise"))),
        printed(uncertainty.problems(Fixtures.twoLeaves())));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(), uncertainty).build());
    assertEquals(3, e.problems().size());
  }

  @Test
  void anAlternativeRuleThatDoesNotCompileIsAProblemOfTheChoice() {
    Uncertainty uncertainty = UncertaintyFile.parse("u.yaml", """
        choices:
          - {rules: a, alternatives: [{type: cubic}]}
        """).uncertainty();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(), uncertainty).build());
    assertEquals(2, e.problems().get(0).line());
    assertEquals("rules", e.problems().get(0).field());
    // Then the compiler's own problem (its key kept), at the choice's line.
    assertEquals(2, e.problems().size());
    assertEquals("u.yaml", e.problems().get(1).source());
    assertEquals(2, e.problems().get(1).line());
    assertEquals("indicators.a.rule.type", e.problems().get(1).field());
    assertEquals("cubic", e.problems().get(1).value());
  }

  /**
   * Every problem of a bad file, and of choices that do not fit the policy, is keyed and reads in Chinese without
   * English left in it (its arguments aside); between them they reach every problem.robustness key but two (every
   * child weighing 0 needs a policy the builder refuses; an alternative failing other than with problems, a bug).
   */
  @Test
  void everyProblemIsKeyedAndReadsInChinese(@TempDir Path dir) throws IOException {
    List<Problem> problems = new ArrayList<>();
    Path gbk = Files.write(dir.resolve("u.yaml"), "# 不确定性\n".getBytes(Charset.forName("GB18030")));
    problems.addAll(assertThrows(InvalidInputException.class, () -> UncertaintyFile.read(gbk)).problems());
    for (String text : List.of("", "choices: [", "choices: 3", "- 1", "samples: 1000001\n", """
        seed: 1e400
        samples: 0
        k: two
        choices:
          - {weights: total, range: 1.5, factor: " "}
          - {weights: total, range: 0.1, factor: w}
          - {dirichlet: total, concentration: 0}
          - {rules: a}
          - {rules: a, alternatives: []}
          - {rules: a, alternatives: [{full: 1}]}
          - {rules: a, alternatives: [{type: " "}]}
          - {rules: a, alternatives: [{type: linear, full: null}]}
          - {noise: a, absolute: -1}
          - {noise: b, absolute: 1e400}
          - {aggregations: total, alternatives: [median]}
          - {noise: a, relative: 0.1, absolute: 1}
          - {exclude: b, probability: 1.5}
          - {weights: total, exclude: a, probability: 0.1}
          - {weights: total, range: 1.5, colour: red}
          - {factor: x}
          - 3
        choices: []
        """)) {
      problems.addAll(assertThrows(InvalidInputException.class, () -> UncertaintyFile.parse("u.yaml", text))
          .problems());
    }
    Uncertainty uncertainty = UncertaintyFile.parse("u.yaml", """
        choices:
          - {weights: nowhere, range: 0.1}
          - {weights: a, range: 0.1}
          - {noise: total, relative: 0.1}
          - {exclude: total, probability: 0.1}
          - {exclude: a, probability: 0.5}
          - {exclude: b, probability: 0.5}
          - {rules: a, alternatives: [{type: cubic}]}
        """).uncertainty();
    Policy policy = Fixtures.twoLeaves(Ranking.of(RankingMethod.COMPETITION, TieBreak.higherScoreIn("a")));
    problems.addAll(uncertainty.problems(policy));
    problems.addAll(uncertainty.alternativeProblems(policy, Fixtures.ENGINE).subList(0, 1));
    Set<String> keys = new TreeSet<>();
    for (Problem problem : problems) {
      assertFalse(problem.key().isEmpty(), problem.toString());
      keys.add(problem.key());
      String chinese = problem.message(Locale.CHINESE);
      for (String argument : problem.arguments()) {
        chinese = chinese.replace(argument, " ");
      }
      assertFalse(Pattern.compile("[A-Za-z]+\\s+[A-Za-z]+").matcher(chinese).find(),
          problem.message(Locale.CHINESE));
    }
    Set<String> all = new TreeSet<>(bundleKeys("problem.robustness."));
    all.removeAll(Set.of("problem.robustness.zero-weights", "problem.robustness.alternative-fails"));
    assertEquals(all, keys);
  }

  /** The keys of the bundle that start with {@code prefix}. */
  private static Set<String> bundleKeys(String prefix) {
    return ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH).keySet().stream()
        .filter(key -> key.startsWith(prefix)).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The problems as printed in English: the texts asserted, keyed or not. */
  private static List<String> printed(List<Problem> problems) {
    return problems.stream().map(Problem::toString).toList();
  }
}
