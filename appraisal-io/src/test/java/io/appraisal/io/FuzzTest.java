package io.appraisal.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.appraisal.core.InvalidInputException;
import io.appraisal.io.csv.TextEncoding;
import io.appraisal.io.policy.PolicyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed policies (YAML, JSON) and data (CSV, JSON), made by mutating valid files, never make a reader throw
 * anything but what it documents: {@link InvalidInputException} for a policy, problems in the {@link LoadedDataset}
 * for data. {@code -Dfuzz.tries=N} inputs per format (default 3,000; the {@code nightly} Maven profile runs 100,000).
 */
class FuzzTest {
  private static final int TRIES = Integer.getInteger("fuzz.tries", 3000);
  private static final List<String> PIECES = List.of("\"", "'", ",", "\n", "\r\n", ":", "- ", "[", "]", "{", "}",
      "&a ", "*a", "!!binary ", "? ", "|", ">", "#", "\t", "\u0000", "\u001b[31m", "\uFEFF", "\uD800", "NaN", ".nan",
      "-.inf", "1e999", "99999999999999999999999", "-0", "NA", "2022-Q5", "   ", "\u202E", "市委", "null", "true",
      "=cmd|' /C calc'!A0");

  @TempDir
  Path dir;

  /** {@code valid} with up to eight random insertions, deletions, duplications or a truncation. */
  static Arbitrary<String> mutated(String valid) {
    Arbitrary<Mutation> mutation = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.integers().between(0, valid.length()), Arbitraries.oneOf(
                Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(5)))
            .as((at, text) -> (Mutation) s -> s.substring(0, Math.min(at, s.length())) + text
                + s.substring(Math.min(at, s.length()))),
        Combinators.combine(Arbitraries.integers().between(0, valid.length()), Arbitraries.integers().between(1, 40))
            .as((at, length) -> (Mutation) s -> {
              int from = Math.min(at, s.length());
              return s.substring(0, from) + s.substring(Math.min(s.length(), from + length));
            }),
        Combinators.combine(Arbitraries.integers().between(0, valid.length()), Arbitraries.integers().between(1, 80))
            .as((at, length) -> (Mutation) s -> {
              int from = Math.min(at, s.length());
              int to = Math.min(s.length(), from + length);
              return s.substring(0, to) + s.substring(from, to) + s.substring(to);
            }),
        Arbitraries.integers().between(0, valid.length()).map(at -> s -> s.substring(0, Math.min(at, s.length()))));
    return mutation.list().ofMinSize(1).ofMaxSize(8).map(list -> {
      String text = valid;
      for (Mutation m : list) {
        text = m.apply(text);
      }
      return text;
    });
  }

  interface Mutation {
    String apply(String text);
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
    mutated(valid).sampleStream().limit(TRIES).forEach(text -> {
      try {
        PolicyFiles.read("p", text, format);
      } catch (InvalidInputException expected) {
        assertNotNull(expected.problems().get(0).message());
      } catch (RuntimeException e) {
        throw new AssertionError("an undocumented " + e + " for the " + format + " policy:\n" + text, e);
      }
    });
  }

  @Test
  void malformedCsvDataIsProblemsNotCrashes() throws IOException {
    Path broken = TestFiles.fixture("broken");
    String values = resource("broken/values.csv");
    Path file = dir.resolve("values.csv");
    mutated(values).sampleStream().limit(TRIES).forEach(text -> {
      try {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes ?
        assertNotNull(DatasetFiles.read(broken.resolve("units.csv"), file, broken.resolve("adjustments.csv"), null,
            TextEncoding.AUTO).parseProblems());
      } catch (IOException | RuntimeException e) {
        throw new AssertionError("an undocumented " + e + " for values.csv:\n" + text, e);
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
    mutated(valid).sampleStream().limit(TRIES).forEach(text -> {
      try {
        assertNotNull(DatasetJson.read("d.json", text.getBytes(StandardCharsets.UTF_8)).parseProblems());
      } catch (RuntimeException e) {
        throw new AssertionError("an undocumented " + e + " for the JSON data:\n" + text, e);
      }
    });
  }
}
