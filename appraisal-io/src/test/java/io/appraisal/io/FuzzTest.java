package io.appraisal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import io.appraisal.core.panel.Panel;
import io.appraisal.io.csv.TextEncoding;
import io.appraisal.io.policy.PolicyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed policies (YAML, JSON), data (CSV, JSON) and ratings (CSV), made by mutating valid files, never make a
 * reader throw anything but what it documents: {@link InvalidInputException} for a policy, problems in the {@link
 * LoadedDataset} for data and ratings. {@code -Dfuzz.tries=N} inputs per format (default 3,000; the {@code nightly} Maven profile runs 100,000).
 * The inputs come from {@code -Dfuzz.seed=N} (a fixed default, so that a build is reproducible; the nightly profile
 * passes {@code random}), and a failure names the seed that found it.
 */
class FuzzTest {
  private static final int TRIES = Integer.getInteger("fuzz.tries", 3000);
  private static final String SEED_PROPERTY = System.getProperty("fuzz.seed", "20261130");
  static final long SEED = "random".equals(SEED_PROPERTY) ? new SecureRandom().nextLong()
      : Long.parseLong(SEED_PROPERTY);
  private static final List<String> PIECES = List.of("\"", "'", ",", "\n", "\r\n", ":", "- ", "[", "]", "{", "}",
      "&a ", "*a", "!!binary ", "? ", "|", ">", "#", "\t", "\u0000", "\u001b[31m", "\uFEFF", "\uD800", "NaN", ".nan",
      "-.inf", "1e999", "99999999999999999999999", "-0", "NA", "2022-Q5", "   ", "\u202E", "市委", "null", "true",
      "=cmd|' /C calc'!A0");

  @TempDir
  Path dir;

  /** The first {@code count} mutations of {@code valid} drawn from {@link #SEED}. */
  static Stream<String> samples(String valid, int count) {
    Random random = new Random(SEED);
    return Stream.generate(() -> mutated(valid, random)).limit(count);
  }

  /** {@code valid} with one to eight random insertions, deletions, duplications or truncations. */
  private static String mutated(String valid, Random random) {
    String text = valid;
    for (int n = 1 + random.nextInt(8); n > 0; n--) {
      int at = random.nextInt(text.length() + 1);
      text = switch (random.nextInt(4)) {
        case 0 -> text.substring(0, at) + insertion(random) + text.substring(at);
        case 1 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(40)));
        case 2 -> {
          int to = Math.min(text.length(), at + 1 + random.nextInt(80));
          yield text.substring(0, to) + text.substring(at, to) + text.substring(to);
        }
        default -> text.substring(0, at);
      };
    }
    return text;
  }

  /** One of the pieces that break parsers, or up to five random characters (any UTF-16 unit, surrogates too). */
  private static String insertion(Random random) {
    if (random.nextBoolean()) {
      return PIECES.get(random.nextInt(PIECES.size()));
    }
    char[] chars = new char[random.nextInt(6)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) (random.nextBoolean() ? ' ' + random.nextInt(95) : random.nextInt(0x10000));
    }
    return new String(chars);
  }

  private static String resource(String path) throws IOException {
    return Files.readString(TestFiles.fixture(path), StandardCharsets.UTF_8);
  }

  @Test
  void malformedYamlPoliciesAreProblemsNotCrashes() throws IOException {
    policies(resource("policies/good/rich.yaml"), PolicyFiles.Format.YAML);
  }

  @Test
  void malformedJsonPoliciesAreProblemsNotCrashes() throws IOException {
    policies(resource("policies/good/rich.json"), PolicyFiles.Format.JSON);
  }

  private static void policies(String valid, PolicyFiles.Format format) {
    samples(valid, TRIES).forEach(text -> {
      try {
        PolicyFiles.read("p", text, format);
      } catch (InvalidInputException expected) {
        assertNotNull(expected.problems().get(0).message());
      } catch (RuntimeException e) {
        throw new AssertionError("an undocumented " + e + " (-Dfuzz.seed=" + SEED + ") for the " + format
            + " policy:\n" + text, e);
      }
    });
  }

  /** Found by a fuzzing run (seed -761410927509281513): a truncated {@code - indicator: ""} threw from the core. */
  @Test
  void aTieBreakOnAnEmptyIndicatorIdIsAProblem() {
    String policy = """
        id: p
        name: P
        categories: [{id: c, name: C}]
        indicators: {id: t, name: T, rule: {type: linear, full: 1, zero: 0}}
        ranking: {tieBreaks: [{indicator: ""}]}
        """;
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> PolicyFiles.read("p.yaml", policy, PolicyFiles.Format.YAML));
    Problem problem = e.problems().get(0);
    assertEquals(List.of(5L, "ranking.tieBreaks.0.indicator", "problem.core.argument.tie-break-indicator-missing"),
        List.of(problem.line(), problem.field(), problem.key()), e.problems()::toString);
    assertEquals("按指标得分的同分排序规则须指定指标", problem.message(Locale.CHINESE));
    assertEquals(1, e.problems().size(), e.problems()::toString);
  }

  @Test
  void malformedCsvDataIsProblemsNotCrashes() throws IOException {
    Path broken = TestFiles.fixture("broken");
    String values = resource("broken/values.csv");
    Path file = dir.resolve("values.csv");
    samples(values, TRIES).forEach(text -> {
      try {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes ?
        assertNotNull(DatasetFiles.read(broken.resolve("units.csv"), file, broken.resolve("adjustments.csv"), null,
            TextEncoding.AUTO).parseProblems());
      } catch (IOException | RuntimeException e) {
        throw new AssertionError("an undocumented " + e + " (-Dfuzz.seed=" + SEED + ") for values.csv:\n" + text,
            e);
      }
    });
  }

  @Test
  void malformedRatingsAreProblemsNotCrashes() throws IOException {
    Policy policy = Policy.builder("p").category("c", "c")
        .indicators(Indicator.group("total", "total")
            .child(Indicator.leaf("1", "述法评议", RuleSpec.of("proportional")).range(ValueRange.PERCENT)).build())
        .panel("1", Panel.builder(Panel.Method.TRIMMED_MEAN).trim(1).minRaters(3).group("leaders", 0.4)
            .group("representatives", 0.6).outlierMads(2.5).build())
        .build();
    Dataset dataset = Dataset.builder().unit(Unit.of("U1", "甲", "c")).unit(Unit.of("U2", "乙", "c")).build();
    LoadedDataset data = LoadedDataset.of(dataset, List.of(), List.of("units.csv"), Set.of(), 0, 0, 0);
    String valid = """
        unit,period,indicator,rater,group,score,comment
        U1,2022-Q4,1,R01,leaders,85,述法内容具体
        U1,2022-Q4,1,R02,leaders,90%,
        U1,2022-Q4,1,R03,representatives,78.5,
        U1,2022-Q4,1,R04,representatives,99,"很好, 有实例"
        U2,2022-Q4,1,R01,leaders,60,
        U2,2022-Q4,1,R02,leaders,70,
        U2,2022-Q4,1,R03,representatives,65,
        U2,2022-Q4,1,R04,representatives,0,
        """;
    Path file = dir.resolve("ratings.csv");
    samples(valid, TRIES).forEach(text -> {
      try {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        assertNotNull(Ratings.apply(data, policy, Ratings.read(file, TextEncoding.AUTO)).data().parseProblems());
      } catch (IOException | RuntimeException e) {
        throw new AssertionError("an undocumented " + e + " (-Dfuzz.seed=" + SEED + ") for ratings.csv:\n" + text,
            e);
      }
    });
  }

  @Test
  void malformedJsonDataIsProblemsNotCrashes() {
    String valid = """
        {"format": "appraisal-dataset", "formatVersion": 1,
         "units": [{"id": "A", "name": "甲", "category": "c", "attributes": ["x"]}],
         "values": [{"unit": "A", "period": "2022-Q4", "indicator": "1", "value": 3.5, "self": 4},
                    {"unit": "A", "period": "2022-Q4", "indicator": "2", "value": "NA"}],
         "adjustments": [{"unit": "A", "period": "2022-Q4", "item": "b", "count": 1, "note": "n"}],
         "corrections": []}
        """;
    samples(valid, TRIES).forEach(text -> {
      try {
        assertNotNull(DatasetJson.read("d.json", text.getBytes(StandardCharsets.UTF_8)).parseProblems());
      } catch (RuntimeException e) {
        throw new AssertionError("an undocumented " + e + " (-Dfuzz.seed=" + SEED + ") for the JSON data:\n"
            + text, e);
      }
    });
  }
}
