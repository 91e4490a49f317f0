package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.cli.Cli.Run;
import io.appraisal.core.Messages;
import io.appraisal.core.Problem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big file with many bad rows: at most 100 problems are listed with their lines, then a count of the rest; a kind
 * of problem repeated on every row shows its first rows and a count.
 */
class ManyProblemsTest {
  @TempDir
  Path dir;

  /** A letters-only word for {@code k} (a, b, …, z, ba, bb, …): not an id, so every row is its own kind. */
  private static String word(int k) {
    String word = "";
    do {
      word = (char) ('a' + k % 26) + word;
      k /= 26;
    } while (k > 0);
    return word;
  }

  @Test
  void aThousandStrayFieldsAreOneKindOfProblem() throws IOException {
    // Every other row of 2,000 has a stray fifth field (a different word each): lines 3, 5, …, 2001 are bad, all
    // with the same problem (one key), whatever the word: the first five are listed, the rest counted.
    Path data = data(u -> u % 2 == 0 ? "85" : "85," + word(u / 2));
    Run run = run("validate", "--policy", policy().toString(), "--data", data.toString());
    assertEquals(1, run.exit(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals("1000 problems in the input:", lines.get(0));
    for (int k = 0; k < 5; k++) {
      long line = 3 + 2L * k; // the header is line 1, U0 (good) line 2, U1 (bad) line 3
      String expected = "  " + data.resolve("values.csv") + ":" + line + ": field 'columns' = '" + word(k)
          + "': 5 fields but the header has 4 columns (unit,period,indicator,value): '" + word(k) + "' is beyond them";
      assertTrue(lines.get(1 + k).startsWith(expected), lines.get(1 + k));
    }
    assertEquals("  ... and 995 more like these (1000 in all)", lines.get(6));
    assertEquals(7, lines.size(), run.err());
  }

  @Test
  void aThousandProblemsOfManyKindsListTheFirstHundredAndCountTheRest() {
    // Free text (a plug-in's words) is grouped by its words without ids and numbers: a different word each is a
    // different kind, so no kind is summarised and the cap of 100 listed problems applies.
    List<Problem> problems = new ArrayList<>();
    for (int k = 0; k < 1000; k++) {
      problems.add(new Problem("values.csv", k + 2, "value", "x", "the plug-in refuses " + word(k)));
    }
    StringWriter text = new StringWriter();
    Problems.print(problems, "", Messages.of(Locale.ENGLISH), new PrintWriter(text));
    List<String> lines = text.toString().lines().toList();
    assertEquals("1000 problems in the input:", lines.get(0));
    for (int k = 0; k < 100; k++) {
      assertEquals("  values.csv:" + (k + 2) + ": field 'value' = 'x': the plug-in refuses " + word(k),
          lines.get(1 + k));
    }
    assertEquals("  and 900 more (the first 100 are listed)", lines.get(101));
    assertEquals(102, lines.size(), text.toString());
  }

  @Test
  void aThousandBadRowsOfOneKindListTheFirstFiveAndCountTheRest() throws IOException {
    // Every other value is written with a decimal comma in quotes ("8,5"): one kind of problem on 1,000 lines.
    Path data = data(u -> u % 2 == 0 ? "85" : "\"8,5\"");
    Run run = run("validate", "--policy", policy().toString(), "--data", data.toString());
    assertEquals(1, run.exit(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals("1000 problems in the input:", lines.get(0));
    for (int k = 0; k < 5; k++) {
      assertEquals("  " + data.resolve("values.csv") + ":" + (3 + 2 * k) + ": field 'value' = '8,5': not a number:"
          + " write digits with a '.' decimal point (95% is read as 95), or NA for not applicable, or leave it"
          + " empty when missing", lines.get(1 + k));
    }
    assertEquals("  ... and 995 more like these (1000 in all)", lines.get(6));
    assertEquals(7, lines.size(), run.err());
  }

  /** 2,000 units with one value each, unit u's value field written as {@code value.apply(u)}. */
  private Path data(IntFunction<String> value) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("adjustments.csv"), "unit,period,item,count,note\n");
    try (BufferedWriter units = Files.newBufferedWriter(data.resolve("units.csv"), StandardCharsets.UTF_8);
        BufferedWriter values = Files.newBufferedWriter(data.resolve("values.csv"), StandardCharsets.UTF_8)) {
      units.write("id,name,category,attributes\n");
      values.write("unit,period,indicator,value\n");
      for (int u = 0; u < 2000; u++) {
        units.write("U" + u + ",unit " + u + ",C1,\n");
        values.write("U" + u + ",2022-Q4,i1," + value.apply(u) + "\n");
      }
    }
    return data;
  }

  private Path policy() throws IOException {
    return Files.writeString(dir.resolve("policy.yaml"), """
        id: p
        name: p
        categories:
          - {id: C1, name: one}
        indicators:
          id: root
          name: root
          aggregation: arithmetic-mean
          children:
            - {id: i1, name: a, range: [0, 100], rule: {type: min-max}}
        """);
  }
}
