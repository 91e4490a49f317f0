package io.appraisal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Messages;
import io.appraisal.core.Problem;
import io.appraisal.io.csv.Csv;
import io.appraisal.io.csv.TextEncoding;
import io.appraisal.io.policy.PolicyFiles;
import io.appraisal.io.results.FrozenResult;
import io.appraisal.io.results.RankingJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem the readers find in hostile inputs (the broken fixtures, the fuzz test's mutations, bad encodings,
 * bad result files, values the core's constructors refuse) is keyed in the bundle's {@code problem.io} or {@code
 * problem.core.argument} section and reads in Chinese without English prose: only its arguments (ids, values, the
 * parser's own detail) may be English. The frame {@code problem.io.policy.rejected} does not count: its argument is
 * the English complaint of a constructor that is not keyed.
 */
class ProblemLanguageTest {
  private static final int MUTATIONS = 200;
  private static final Pattern TWO_ENGLISH_WORDS = Pattern.compile("[A-Za-z]+\\s+[A-Za-z]+");
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
  private static final Messages CHINESE = Messages.of(Locale.CHINESE);

  @TempDir
  Path dir;

  /** The Chinese text of the problem's key with its arguments left out; empty for a problem that is not keyed. */
  private static String chineseWithoutArguments(Problem problem) {
    return problem.key().isEmpty() ? "" : ARGUMENT.matcher(CHINESE.text(problem.key())).replaceAll(" ");
  }

  /**
   * The problems that are not keyed in {@code problem.io} or {@code problem.core.argument}, or are an English
   * complaint in the frame {@code problem.io.policy.rejected}, or whose Chinese text holds two English words in a row.
   */
  private static TreeMap<String, String> untranslated(List<Problem> problems) {
    TreeMap<String, String> wrong = new TreeMap<>();
    for (Problem problem : problems) {
      if (!problem.key().startsWith("problem.io.") && !problem.key().startsWith("problem.core.argument.")) {
        wrong.put(problem.toString(), "not keyed in problem.io or problem.core.argument: '" + problem.key() + "'");
      } else if (problem.key().equals("problem.io.policy.rejected")) {
        wrong.put(problem.toString(), "a core complaint in English: " + problem.message(Locale.CHINESE));
      } else if (TWO_ENGLISH_WORDS.matcher(chineseWithoutArguments(problem)).find()) {
        wrong.put(problem.toString(), "English in Chinese: " + problem.message(Locale.CHINESE));
      }
    }
    return wrong;
  }

  private static List<Problem> policyProblems(String text, PolicyFiles.Format format) {
    try {
      PolicyFiles.read("p", text, format);
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }

  @Test
  void theBrokenPolicyFilesReadInChinese() throws IOException {
    List<Problem> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(TestFiles.fixture("policies/broken"))) {
      for (Path file : files.sorted().toList()) {
        try {
          PolicyFiles.read(file);
        } catch (InvalidInputException e) {
          problems.addAll(e.problems());
        }
      }
    }
    assertTrue(problems.size() > 20, problems.toString());
    assertEquals(new TreeMap<>(), untranslated(problems));
  }

  @Test
  void mutatedPoliciesReadInChinese() throws IOException {
    List<Problem> problems = new ArrayList<>();
    for (PolicyFiles.Format format : PolicyFiles.Format.values()) {
      String valid = Files.readString(TestFiles.fixture("policies/good/rich." + format.name().toLowerCase(Locale.ROOT)),
          StandardCharsets.UTF_8);
      FuzzTest.samples(valid, MUTATIONS).forEach(text -> problems.addAll(policyProblems(text,
          format)));
    }
    assertTrue(problems.size() > MUTATIONS, "the mutations break most policies");
    assertEquals(new TreeMap<>(), untranslated(problems));
  }

  @Test
  void hostilePolicyTextsReadInChinese() throws IOException {
    List<Problem> problems = new ArrayList<>();
    problems.addAll(policyProblems("", PolicyFiles.Format.YAML));
    problems.addAll(policyProblems("id: x\n---\nid: y\n", PolicyFiles.Format.YAML));
    problems.addAll(policyProblems("a: &x 1\nb: *x\n", PolicyFiles.Format.YAML));
    problems.addAll(policyProblems("id: x\nscale: .nan\n", PolicyFiles.Format.YAML));
    problems.addAll(policyProblems("id: x\nname: " + "a".repeat(InputLimits.MAX_STRING_LENGTH + 1),
        PolicyFiles.Format.YAML));
    problems.addAll(policyProblems("[".repeat(5000), PolicyFiles.Format.JSON));
    problems.addAll(policyProblems("{\"id\": }", PolicyFiles.Format.JSON));
    problems.addAll(policyProblems("id: [x\n", PolicyFiles.Format.YAML));
    problems.addAll(policyProblems("id: x\ncategories: []\nindicators: {id: r, name: r, children: [],"
        + " weightsSum: 1, ahp: {pairwise: [[1]]}}\nranking: {tieBreaks: [coin]}\n"
        + "grades: {bands: [], lowest: c}\n", PolicyFiles.Format.YAML));
    Path utf16 = Files.write(dir.resolve("p.yaml"), "id: x\n".getBytes(StandardCharsets.UTF_16));
    problems.addAll(assertThrows(InvalidInputException.class, () -> PolicyFiles.read(utf16)).problems());
    assertTrue(problems.stream().map(Problem::key).distinct().count() >= 12, problems.toString());
    assertEquals(new TreeMap<>(), untranslated(problems));
  }

  /** A policy with the indicators, grades, ranking and adjustments given, and {@code more} top-level keys. */
  private static String policy(String leaf, String more) {
    return "id: p\nname: P\ncategories: [{id: c, name: C}]\n"
        + "indicators: {id: t, name: T, children: [{id: a, name: A, rule: {type: linear, full: 1, zero: 0}"
        + leaf + "}]}\n" + more;
  }

  /** Values the core's constructors and builders refuse, each in its own policy, so that none hides another. */
  @Test
  void policiesTheCoreRefusesReadInChinese() {
    List<String> policies = List.of(
        policy("", "scale: 0\n"),
        policy("", "selfAssessmentTolerance: -1\n"),
        policy("", "missing: {minCoverage: 2}\n"),
        policy(", points: -1", ""),
        policy(", weight: -1", ""),
        policy(", range: [5, 1]", ""),
        policy(", denominator: {indicator: a, per: 0}", ""),
        policy(", panel: {method: median, trim: 1}", ""),
        policy(", panel: {method: mean, minRaters: 0}", ""),
        policy(", panel: {method: mean, groups: {g: 2}}", ""),
        policy(", panel: {method: mean, groups: {g: 0.5, h: 0.4}}", ""),
        policy("", "grades: {bands: [{name: a, minScore: 60}, {name: b, minScore: 80}], lowest: c}\n"),
        policy("", "grades: {bands: [{name: a, minScore: 60, quota: 1.5}], lowest: c}\n"),
        policy("", "grades: {target: 50, bands: [{name: a, within: -1}], lowest: c}\n"),
        policy("", "ranking: {tieBreaks: [{indicator: \"\"}]}\n"),
        policy("", "rounding: {scale: 12}\n"),
        policy("", "annual: {quarterWeight: 0.5, quarterValue: composite, missingQuarter: mean-of-present,"
            + " components: [{id: y, name: Y, weight: 0.2, range: [0, 1]}]}\n"),
        policy("", "annual: {quarterWeight: 2, quarterValue: composite, missingQuarter: mean-of-present,"
            + " components: []}\n"),
        policy("", "annual: {quarterWeight: 0.5, quarterValue: composite, missingQuarter: mean-of-present,"
            + " components: [{id: y, name: Y, weight: 1, range: [0, 1]}]}\n"),
        policy("", "adjustments: {items: [{id: b, name: B, kind: bonus, pointsEach: -1}]}\n"),
        policy("", "adjustments: {items: [{id: b, name: B, kind: bonus, pointsEach: 1, itemCap: 0}]}\n"),
        policy("", "adjustments: {items: [], bonusCap: -1}\n"),
        policy("", "adjustments: {items: [], deductionCap: -1}\n"),
        policy("", "adjustments: {items: [{id: b, name: B, kind: bonus, pointsEach: 1},"
            + " {id: b, name: C, kind: bonus, pointsEach: 1}]}\n"),
        policy("", "adjustments: {items: [{id: b, name: B, kind: bonus, pointsEach: 1, effect: excluded}]}\n"),
        policy(", aggregation: minimum", ""),
        policy(", criteria: \" \", evidence: \" \"", ""),
        "id: p\nname: P\ncategories: [{id: c, name: C}]\nindicators: {id: t, name: T, children: []}\n",
        "id: p\nname: P\ncategories: [{id: c, name: C}]\nindicators: {id: t, name: T, range: [0, 1],"
            + " denominator: {indicator: a, per: 1}, panel: {method: mean},"
            + " children: [{id: a, name: A, rule: {type: linear, full: 1, zero: 0}}]}\n",
        "id: p\nname: P\ncategories: []\nindicators: {id: a, name: A, rule: {type: linear, full: 1, zero: 0}}\n",
        "id: \" \"\nname: P\ncategories: [{id: \" \", name: C}]\n"
            + "indicators: {id: \" \", name: A, rule: {type: \" \", full: 1, zero: 0}}\n",
        policy("", "grades: {bands: [], lowest: c}\n"),
        policy("", "grades: {bands: [{name: \" \", minScore: 1}], lowest: c}\n"),
        policy("", "rounding: {mode: unnecessary}\n"),
        policy("", "grades: {bands: [{name: a, minScore: 1}], lowest: c, quotaRounding: unnecessary}\n"),
        policy("", "recommendation: {top: 1, mustPass: [a, a]}\n"),
        policy("", "recommendation: {top: 1, mustPass: [x]}\n"),
        policy("", "recommendation: {top: 1, conditionsIf: {scoreBelow: .inf}}\n"),
        policy("", "recommendation: {top: 0}\n"),
        policy("", "recommendation: {top: 1, mustPassRate: 200}\n"),
        "id: p\nname: P\ncategories: [{id: c, name: C}]\nindicators: {id: t, name: T, children: ["
            + "{id: a, name: A, rule: {type: linear, full: 1, zero: 0}},"
            + " {id: b, name: B, rule: {type: linear, full: 1, zero: 0}}],"
            + " ahp: {pairwise: [[2, 3], [0.5, 1]]}}\n",
        "id: p\nname: P\ncategories: [{id: c, name: C}]\nindicators: {id: t, name: T, children: ["
            + "{id: a, name: A, rule: {type: linear, full: 1, zero: 0}},"
            + " {id: b, name: B, rule: {type: linear, full: 1, zero: 0}}],"
            + " ahp: {pairwise: [[1, 3], [\"1/3\", 1]], maxConsistencyRatio: -1}}\n");
    List<Problem> problems = new ArrayList<>();
    policies.forEach(text -> problems.addAll(policyProblems(text, PolicyFiles.Format.YAML)));
    List<String> keys = problems.stream().map(Problem::key).filter(key -> key.startsWith("problem.core.argument."))
        .distinct().sorted().toList();
    List<String> expected = Stream.of("aggregation-leaf", "ahp-diagonal", "ahp-max-cr", "ahp-reciprocal",
        "annual-weights-sum", "bonus-cap", "category-id-blank", "component-weight", "criteria-blank",
        "deduction-cap", "evidence-blank", "grade-distance", "grade-name-blank", "grade-order", "grade-quota",
        "indicator-points", "indicator-weight", "item-cap", "item-points-each", "min-coverage", "must-pass-rate",
        "panel-group-weight", "panel-group-weights-sum", "panel-min-raters", "panel-trim-method", "policy-id-blank",
        "quarter-weight", "range-order", "recommendation-top", "rounding-scale", "rule-type-blank", "scale",
        "self-assessment-tolerance", "tie-break-indicator-missing")
        .map(key -> "problem.core.argument." + key).toList();
    assertEquals(expected, keys, problems.toString());
    assertEquals("p:5: 字段 'scale' = '0': 得分率的满分（scale）须为正数，实为 0.0", CHINESE.problem(problems.get(0)));
    assertEquals(new TreeMap<>(), untranslated(problems));
  }

  @Test
  void theBrokenDataFilesReadInChinese() throws IOException {
    Path broken = TestFiles.fixture("broken");
    LoadedDataset loaded = DatasetFiles.read(broken.resolve("units.csv"), broken.resolve("values.csv"),
        broken.resolve("adjustments.csv"), null, TextEncoding.AUTO);
    assertFalse(loaded.parseProblems().isEmpty());
    assertEquals(new TreeMap<>(), untranslated(loaded.parseProblems()));
  }

  @Test
  void mutatedDataReadsInChinese() throws IOException {
    Path broken = TestFiles.fixture("broken");
    Path file = dir.resolve("values.csv");
    List<Problem> problems = new ArrayList<>();
    for (String text : FuzzTest.samples(Files.readString(broken.resolve("values.csv"), StandardCharsets.UTF_8),
        MUTATIONS).toList()) {
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
      problems.addAll(DatasetFiles.read(broken.resolve("units.csv"), file, broken.resolve("adjustments.csv"), null,
          TextEncoding.AUTO).parseProblems());
    }
    String json = """
        {"format": "appraisal-dataset", "formatVersion": 1,
         "units": [{"id": "A", "name": "甲", "category": "c", "attributes": ["x"]}],
         "values": [{"unit": "A", "period": "2022-Q4", "indicator": "1", "value": 3.5, "self": 4}],
         "adjustments": [{"unit": "A", "period": "2022-Q4", "item": "b", "count": 1, "note": "n"}],
         "corrections": []}
        """;
    FuzzTest.samples(json, MUTATIONS).forEach(text -> problems.addAll(
        DatasetJson.read("d.json", text.getBytes(StandardCharsets.UTF_8)).parseProblems()));
    assertTrue(problems.size() > MUTATIONS, "the mutations break most files");
    assertEquals(new TreeMap<>(), untranslated(problems));
  }

  @Test
  void hostileDataFilesReadInChinese() throws IOException {
    List<Problem> problems = new ArrayList<>();
    Path utf16 = Files.write(dir.resolve("units.csv"), "id,name,category,attributes\n".getBytes(
        StandardCharsets.UTF_16));
    Path badBytes = Files.write(dir.resolve("values.csv"), new byte[] {'u', ',', (byte) 0xFF, (byte) 0xFF, '\n'});
    Path missing = dir.resolve("adjustments.csv");
    problems.addAll(DatasetFiles.read(utf16, badBytes, missing, null, TextEncoding.UTF_8).parseProblems());
    problems.addAll(DatasetFiles.read(utf16, badBytes, dir, null, TextEncoding.GB18030).parseProblems());
    Path corrections = Files.writeString(dir.resolve("corrections.csv"),
        "unit,period,target,indicator,before,after,reason,author,time\n"
            + "G12,2022-Q2,raw-value,,x,15,r,a,2022-08-26T10:30:00+08:00\n"
            + "G34,2022-Q4,grade,5.1,,b,,,2022-08-26\n"
            + "G34,2022-Q4,points,5.1,1,2,r,a,2022-01-01T00:00:00Z\n"
            + "G12,2022-Q2,raw-value,5.1,1,2,r,a,2023-01-01T00:00:00Z\n"
            + "G12,2022-Q2,raw-value,5.1,1,2,r,a,2022-01-01T00:00:00Z\n"
            + "G12,2022-Q2,raw-value,5.1,1,2,r,a,2023-01-01T00:00:00Z\n"
            + "G12,2022-Q2\n"
            + "G12,2022-Q2,grade,,a,b,r,a,2024-01-01T00:00:00Z,x,y\n"
            + "\"G12,2022-Q2,grade,,a\"x,b\n"
            + "G1\"2\n"
            + "\"open\n", StandardCharsets.UTF_8);
    problems.addAll(DatasetFiles.readCorrections(corrections, TextEncoding.AUTO).problems());
    Path values = Files.writeString(dir.resolve("v.csv"), "unit,period,indicator,value,self\n"
        + "A,2022-Q4,1,1e999,NA\n"
        + "A,Q4,1,1,2\n", StandardCharsets.UTF_8);
    Path adjustments = Files.writeString(dir.resolve("a.csv"), "unit,period,item,count,note\n"
        + "A,2022-Q4,b,1,n\nA,2022-Q4,b,1,n\nA,2022-Q4,b,0,n\n", StandardCharsets.UTF_8);
    Path units = Files.writeString(dir.resolve("u.csv"), "id,name\n", StandardCharsets.UTF_8);
    problems.addAll(DatasetFiles.read(units, values, adjustments, null, TextEncoding.AUTO).parseProblems());
    problems.addAll(DatasetFiles.read(Files.writeString(dir.resolve("e.csv"), ""), values, adjustments, null,
        TextEncoding.AUTO).parseProblems());
    Path ratings = Files.writeString(dir.resolve("ratings.csv"), "unit,period,indicator,rater,group,score\n"
        + ",2022-Q5,1,,g,eighty\nU1\n", StandardCharsets.UTF_8);
    problems.addAll(Ratings.read(ratings, TextEncoding.AUTO).problems());
    problems.addAll(Ratings.read(Files.writeString(dir.resolve("r.csv"), "a,b\n"), TextEncoding.AUTO).problems());
    problems.addAll(Csv.read("t.csv", "a,\"b\nc".getBytes(StandardCharsets.UTF_8)).problems());
    problems.addAll(DatasetJson.read("d.json", new byte[0]).parseProblems());
    problems.addAll(DatasetJson.read("d.json", "[]".getBytes(StandardCharsets.UTF_8)).parseProblems());
    problems.addAll(DatasetJson.read("d.json", ("{\"format\": \"x\", \"formatVersion\": 2, \"other\": 1,"
        + " \"units\": 1, \"values\": [1, {\"unit\": {}, \"period\": [], \"x\": 1, \"value\": true}],"
        + " \"units\": []}").getBytes(StandardCharsets.UTF_8)).parseProblems());
    assertTrue(problems.stream().map(Problem::key).distinct().count() > 30, problems.toString());
    assertEquals(new TreeMap<>(), untranslated(problems));
  }

  @Test
  void hostileResultFilesReadInChinese() throws IOException {
    List<Problem> problems = new ArrayList<>();
    for (String text : List.of("{", "[]", "{\"format\": \"x\"}", "{\"format\": \"appraisal-ranking\","
        + " \"formatVersion\": 9}", "{\"format\": \"appraisal-ranking\", \"formatVersion\": 1, \"policy\": 1,"
        + " \"units\": [1, {\"rank\": \"1\", \"attributes\": [1], \"vetoed\": 1, \"indicators\": {}}]}")) {
      try {
        RankingJson.read("r.json", text.getBytes(StandardCharsets.UTF_8));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    for (String text : List.of("{", "{\"format\": \"x\"}", "{\"format\": \"appraisal-frozen\", \"period\": 1}")) {
      Path marker = Files.writeString(dir.resolve("frozen.json"), text);
      try {
        FrozenResult.read(marker);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    assertTrue(problems.size() > 10, problems.toString());
    assertEquals(new TreeMap<>(), untranslated(problems));
  }

  /** The Chinese texts of the bundle's keys starting with {@code prefix} that hold two English words in a row. */
  private static List<String> englishIn(String prefix) {
    List<String> english = new ArrayList<>();
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    for (String key : bundle.keySet()) {
      String text = ARGUMENT.matcher(CHINESE.text(key)).replaceAll(" ");
      if (key.startsWith(prefix) && TWO_ENGLISH_WORDS.matcher(text).find()) {
        english.add(key + "=" + CHINESE.text(key));
      }
    }
    return english;
  }

  /** Every io text of the bundle, whether or not a hostile input above reaches it. */
  @Test
  void everyIoKeyReadsInChinese() {
    assertEquals(List.of(), englishIn("problem.io."));
  }

  /** Every text of a core refusal, whether or not a policy above reaches it. */
  @Test
  void everyCoreArgumentKeyReadsInChinese() {
    assertEquals(List.of(), englishIn("problem.core.argument."));
  }
}
