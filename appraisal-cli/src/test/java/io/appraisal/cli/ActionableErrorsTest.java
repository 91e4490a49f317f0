package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.cli.Cli.Run;
import io.appraisal.core.Messages;
import io.appraisal.core.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors a person can act on: units found as people name them, short usage errors, problems grouped by cause. */
class ActionableErrorsTest {
  private static final Path SEEDS = Path.of("..", "seeds", "baicheng-2022");

  @TempDir
  Path dir;

  @Test
  void explainFindsAUnitByIdIgnoringCaseOrByAUniquePartOfItsName() {
    assertTrue(run("explain", "--unit", "g09").out().startsWith("G09 市司法局 · "));
    assertTrue(run("explain", "--unit", "信访局").out().startsWith("G32 市信访局 · "));
    assertTrue(run("explain", "--unit", " 市水利局 ").out().startsWith("G16 市水利局 · "));
  }

  @Test
  void anAmbiguousPartOfANameListsTheCandidates() {
    Run run = run("explain", "--unit", "市委");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("--unit: '市委' matches 14 units: P02 市委办公室, P03 市委组织部, "), run.err());
    assertTrue(run.err().contains(", P05 市委统战部, "), run.err());
    assertTrue(run.err().contains("; give the id or more of the name\n"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void anUnknownUnitIsAShortErrorWithTheClosestName() {
    Run run = run("explain", "--unit", "市司发局");
    assertEquals(2, run.exit());
    // 市司发局 → 市司法局: one substitution of four characters, and no other unit name or id is one edit away
    assertEquals(List.of("--unit: no unit has the id or name '市司发局', nor a name containing it (did you mean"
        + " '市司法局'?)", "See 'appraisal explain --help' for the options."), lines(run.err()));
  }

  @Test
  void aWrongOptionValueIsAShortErrorNotTheWholeHelp() {
    Run run = run("rank", "--period", "2022-Q5");
    assertEquals(2, run.exit());
    assertFalse(run.err().contains("Usage:"), run.err());
    assertEquals("See 'appraisal rank --help' for the options.", lines(run.err()).get(lines(run.err()).size() - 1));
    assertTrue(lines(run.err()).size() <= 3, run.err());
    Run option = run("rank", "--perod", "2022-Q4");
    assertEquals(2, option.exit());
    assertTrue(option.err().startsWith("Unknown options: '--perod'"), option.err());
    assertTrue(option.err().contains("--period"), "suggests the option: " + option.err());
    assertFalse(option.err().contains("Usage:"), option.err());
  }

  @Test
  void aKindOfProblemWithManyRowsShowsItsFirstFiveAndACount() {
    // A new indicator without values: one "required value missing" per unit, 67 of one kind, and one other problem.
    List<Problem> problems = new ArrayList<>();
    for (int u = 1; u <= 67; u++) {
      problems.add(Problem.of("values.csv", "value", "", String.format(Locale.ROOT,
          "required value missing for unit G%02d, period 2022-Q4, indicator 10.1", u)));
    }
    problems.add(new Problem("units.csv", 4, "category", "", "unit M01 has no category"));
    StringWriter err = new StringWriter();
    Problems.print(problems, "", Messages.of(Locale.ENGLISH), new PrintWriter(err));
    assertEquals(List.of("68 problems in the input:",
        "  values.csv: field 'value': required value missing for unit G01, period 2022-Q4, indicator 10.1",
        "  values.csv: field 'value': required value missing for unit G02, period 2022-Q4, indicator 10.1",
        "  values.csv: field 'value': required value missing for unit G03, period 2022-Q4, indicator 10.1",
        "  values.csv: field 'value': required value missing for unit G04, period 2022-Q4, indicator 10.1",
        "  values.csv: field 'value': required value missing for unit G05, period 2022-Q4, indicator 10.1",
        "  ... and 62 more like these (67 in all)",
        "  units.csv:4: field 'category': unit M01 has no category"), lines(err.toString()));
  }

  /**
   * The library's problems are one kind by their bundle key, whatever their arguments (here a file name that ends in
   * different letters, which the id pattern of free text would not hide), and print in the command's language.
   */
  @Test
  void keyedProblemsAreGroupedByKeyAndPrintedInTheLanguage() {
    List<Problem> problems = new ArrayList<>();
    for (char c = 'a'; c <= 'l'; c++) {
      problems.add(Problem.keyed("inputs", "file", "", "cli.cannot-read", "permission denied: " + c));
    }
    problems.add(Problem.keyed("inputs", "file", "", "cli.no-such-file"));
    StringWriter err = new StringWriter();
    Problems.print(problems, "cli.nothing-written", Messages.of(Locale.CHINESE), new PrintWriter(err));
    assertEquals(List.of("输入有 13 个问题；未写入任何文件：",
        "  inputs: 字段 'file': 无法读取：permission denied: a",
        "  inputs: 字段 'file': 无法读取：permission denied: b",
        "  inputs: 字段 'file': 无法读取：permission denied: c",
        "  inputs: 字段 'file': 无法读取：permission denied: d",
        "  inputs: 字段 'file': 无法读取：permission denied: e",
        "  …… 另有 7 个同类问题（共 12 个）",
        "  inputs: 字段 'file': 文件不存在"), lines(err.toString()));
  }

  @Test
  void aMistypedCategoryIsOneProblemWithTheFixAndItsFollowOnsCounted() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    for (String file : List.of("values.csv", "adjustments.csv", "corrections.csv")) {
      Files.copy(SEEDS.resolve(file), data.resolve(file));
    }
    Files.writeString(data.resolve("units.csv"), Files.readString(SEEDS.resolve("units.csv"), StandardCharsets.UTF_8)
        .replace("G32,市信访局,government,", "G32,市信访局,goverment,"), StandardCharsets.UTF_8);
    Run run = run("validate", "--data", data.toString(), "--period", "2022-Q4");
    assertEquals(1, run.exit());
    List<String> lines = lines(run.err());
    assertEquals("1 problem in the input:", lines.get(0), run.err());
    // G32's 2022-Q4 values for indicators 3.1 and 3.2 (party and government only) and 5.1, 5.2, 5.3 (government
    // only) do not apply to a category 'goverment': 5 values, counted under the one problem instead of 5 more.
    assertTrue(lines.get(1).endsWith("units.csv:51: field 'category' = 'goverment': unknown category of unit G32"
        + " (did you mean 'government'?); the policy has [party, government, mass] — 5 of its values not checked:"
        + " their indicators do not apply to it as it stands"), lines.get(1));
  }

  @Test
  void aMistypedUnitIdNamesTheUnitMeant() throws IOException {
    Path data = Files.createDirectories(dir.resolve("typo"));
    for (String file : List.of("units.csv", "adjustments.csv", "corrections.csv")) {
      Files.copy(SEEDS.resolve(file), data.resolve(file));
    }
    String values = Files.readString(SEEDS.resolve("values.csv"), StandardCharsets.UTF_8);
    Files.writeString(data.resolve("values.csv"), values + "G009,2022-Q4,1.1,1\n", StandardCharsets.UTF_8);
    long line = values.lines().count() + 1;
    Run run = run("validate", "--data", data.toString(), "--period", "2022-Q4");
    assertEquals(1, run.exit());
    // G009 → G09 deletes one character; every other id is at least two edits away
    assertTrue(run.err().contains("values.csv:" + line + ": field 'unit' = 'G009': unknown unit (did you mean"
        + " 'G09'?)\n"), run.err());
  }

  private static List<String> lines(String text) {
    return Arrays.asList(text.split("\n"));
  }
}
