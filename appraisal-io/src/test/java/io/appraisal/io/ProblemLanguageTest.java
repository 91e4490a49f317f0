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
 * bad result files) is keyed in the bundle's {@code problem.io} section and reads in Chinese without English prose:
 * only its arguments (ids, values, the parser's own detail) may be English.
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

  /** The problems that are not keyed in {@code problem.io}, or whose Chinese text holds two English words in a row. */
  private static TreeMap<String, String> untranslated(List<Problem> problems) {
    TreeMap<String, String> wrong = new TreeMap<>();
    for (Problem problem : problems) {
      if (!problem.key().startsWith("problem.io.")) {
        wrong.put(problem.toString(), "not keyed in problem.io: '" + problem.key() + "'");
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

  /** Every io text of the bundle, whether or not a hostile input above reaches it. */
  @Test
  void everyIoKeyReadsInChinese() {
    List<String> english = new ArrayList<>();
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    for (String key : bundle.keySet()) {
      String text = ARGUMENT.matcher(CHINESE.text(key)).replaceAll(" ");
      if (key.startsWith("problem.io.") && TWO_ENGLISH_WORDS.matcher(text).find()) {
        english.add(key + "=" + CHINESE.text(key));
      }
    }
    assertEquals(List.of(), english);
  }
}
