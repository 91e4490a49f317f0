package io.appraisal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appraisal.io.TestFiles;
import io.appraisal.io.policy.PolicyFiles;
import io.appraisal.io.results.RankingTable;
import io.appraisal.example.BaichengPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppraisalCliTest {
  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {
    List<String> lines() {
      return Arrays.asList(out.split("\n", -1));
    }

    /** The table rows: the lines after the header up to the first blank line. */
    List<String> rows() {
      List<String> lines = lines();
      return lines.subList(2, lines.indexOf(""));
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = AppraisalCli.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(Cli.english(args));
    return new Run(exit, out.toString(), err.toString());
  }

  private static List<String> words(String line) {
    return Arrays.asList(line.trim().split("\\s+"));
  }

  /** The task's acceptance check: {@code rank} ranks the 67 units of the bundled example for 2022-Q4. */
  @Test
  void rankRanks67UnitsFor2022Q4() {
    Run run = run("rank");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    assertTrue(run.lines().get(0).startsWith("Ranking 2022-Q4 · "), run.lines().get(0));
    assertTrue(run.lines().get(0).endsWith(" · 67 units · change since 2022-Q3"), run.lines().get(0));
    assertEquals(RankingTable.header(Locale.ENGLISH), words(run.lines().get(1)));
    List<String> rows = run.rows();
    assertEquals(67, rows.size());
    assertEquals(67, rows.stream().map(row -> words(row).get(1)).distinct().count());
    assertEquals(List.of("1", "G24", "市政府国有资产监督管理委员会", "政府部门", "99.39", "优秀", "↑1"), words(rows.get(0)));
    // The vetoed G16 publishes 96.28, the 12th score, but the example ranks vetoed units last (列末位); it was
    // 13th in 2022-Q3, so ↓54. Every unit it would have stood above moves up one place.
    assertEquals(List.of("13", "G09", "市司法局", "政府部门", "95.61", "+3.00", "优秀", "↑14"), words(rows.get(12)));
    assertEquals(List.of("28", "P05", "市委统战部", "党委部门及市级机关", "90.81", "良好", "↓19"), words(rows.get(27)));
    assertEquals(List.of("28", "P09", "市委编办", "党委部门及市级机关", "90.81", "良好", "↑7"), words(rows.get(28)));
    assertEquals("30", words(rows.get(29)).get(0));
    assertEquals(List.of("67", "G16", "市水利局", "政府部门", "96.28", "较差", "(veto)", "↓54"), words(rows.get(66)));
    // The acceptance test of the veto: no vetoed unit stands above a unit not vetoed.
    assertEquals(List.of("G16"), rows.stream().filter(row -> row.contains("(veto)"))
        .map(row -> words(row).get(1)).toList());
  }

  @Test
  void rankPrintsCappedAdjustmentsVetoesAndNotesBelowTheTable() {
    String out = run("rank").out();
    assertTrue(out.contains("  G09 市司法局  bonus.regulation ×3: +2.00 of +3.00 requested, CUT by the item cap 2"
        + " — 参与起草地方性法规3部\n"), out);
    assertTrue(out.contains("  G09 市司法局  bonus.demonstration ×1: +1.00 of +2.00 requested, CUT by the total"
        + " bonus cap 3"), out);
    assertTrue(out.contains("  G33 市粮食和物资储备局  deduction.fabrication ×1: -4.00 of -5.00 requested, CUT by"
        + " the total deduction cap 10"), out);
    assertTrue(out.contains("Vetoes:\n"
        + "  G16 市水利局  veto.illegal-act: ranked last (rank 67), grade 较差 — 重大违法行政行为被依法追责\n"), out);
    assertTrue(out.contains("Notes (values not scored as given):\n  none\n"), out);
    String q2 = run("rank", "--period", "2022-Q2").out();
    assertTrue(q2.contains("Notes (values not scored as given):\n  M06 市侨联  indicator 9.1: missing, left out of the"
        + " maximum: value missing; indicator left out of the unit's maximum\n"), q2);
  }

  @Test
  void unitFilterTakesIdsAndNames() {
    Run run = run("rank", "--unit", "G09", "--unit", "市水利局,P05");
    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of("G09", "P05", "G16"), run.rows().stream().map(row -> words(row).get(1)).toList());
    assertTrue(run.lines().get(0).contains("3 of 67 units shown"));
    assertFalse(run.out().contains("G33"), "adjustments of units not shown are not listed");
  }

  @Test
  void anUnknownUnitIsAUsageError() {
    Run run = run("rank", "--unit", "市不存在局");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("--unit: no unit has the id or name '市不存在局'"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void aBadPeriodIsAUsageError() {
    Run run = run("rank", "--period", "2022-Q5");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("Invalid value for option '--period': '2022-Q5' is not a period"), run.err());
  }

  @Test
  void rankOutWritesCsvAndJsonAndTheSameBytesTwice() throws IOException {
    Path out = dir.resolve("results");
    Run first = run("rank", "--period", "2022-Q3", "--out", out.toString());
    assertEquals(0, first.exit(), first.err());
    Path csv = out.resolve("ranking-2022-Q3.csv");
    Path json = out.resolve("ranking-2022-Q3.json");
    assertTrue(first.out().contains("Wrote " + csv.toAbsolutePath()), first.out());
    byte[] csvBytes = Files.readAllBytes(csv);
    byte[] jsonBytes = Files.readAllBytes(json);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csvBytes, 3));
    JsonNode parsed = new ObjectMapper().readTree(jsonBytes);
    assertEquals(67, parsed.get("units").size());
    assertEquals("2022-Q3", parsed.get("period").asText());

    Run second = run("rank", "--period", "2022-Q3", "--out", out.toString(), "--force");
    assertEquals(0, second.exit(), second.err());
    assertArrayEquals(csvBytes, Files.readAllBytes(csv));
    assertArrayEquals(jsonBytes, Files.readAllBytes(json));
    try (Stream<Path> files = Files.list(out)) { // csv, json, the set's manifest, the lock; no temporaries
      assertEquals(4, files.count());
    }
  }

  @Test
  void rankTakesAPolicyFileAndADataDirectory() throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.yaml"),
        PolicyFiles.write(BaichengPolicy.policy(), PolicyFiles.Format.YAML));
    Path data = Path.of("..", "seeds", "baicheng-2022");
    Path out = dir.resolve("out");
    Run fromFiles = run("rank", "--policy", policy.toString(), "--data", data.toString(), "--out", out.toString());
    assertEquals(0, fromFiles.exit(), fromFiles.err());
    Run bundled = run("rank", "--out", dir.resolve("bundled").toString());
    assertEquals(bundled.rows(), fromFiles.rows());
    assertArrayEquals(Files.readAllBytes(dir.resolve("bundled").resolve("ranking-2022-Q4.csv")),
        Files.readAllBytes(out.resolve("ranking-2022-Q4.csv")));
  }

  @Test
  void rankTheYear() {
    Run run = run("rank", "--period", "2022");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.lines().get(0).startsWith("Ranking 2022 · "), run.lines().get(0));
    assertEquals(67, run.rows().size());
    assertTrue(run.out().contains("P04 市委宣传部  bonus.regulation ×1: +1.00"), run.out());
  }

  @Test
  void brokenInputExitsOneListsEveryProblemAndWritesNothing() {
    Path broken = TestFiles.fixture("broken");
    Path out = dir.resolve("never");
    Run run = run("rank", "--data", broken.toString(), "--out", out.toString());
    assertEquals(1, run.exit());
    assertEquals("", run.out());
    List<String> lines = Arrays.asList(run.err().split("\n"));
    assertEquals("15 problems in the input; nothing was computed or written:", lines.get(0));
    assertEquals(TestFiles.brokenProblems(broken), lines.subList(1, lines.size()).stream().map(String::trim).toList());
    assertFalse(Files.exists(out));

    Run validate = run("validate", "--data", broken.toString());
    assertEquals(1, validate.exit());
    List<String> problems = Arrays.asList(validate.err().split("\n"));
    assertEquals("15 problems in the input:", problems.get(0));
    assertEquals(TestFiles.brokenProblems(broken),
        problems.subList(1, problems.size()).stream().map(String::trim).toList());
  }

  @Test
  void validateTheBundledExample() {
    Run run = run("validate");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("OK: 67 units, 4090 values, 78 self-assessed, 17 adjustments, 2 corrections,"
        + " periods 2022, 2022-Q1, 2022-Q2, 2022-Q3, 2022-Q4; "), run.out());
    assertTrue(run.out().contains("note: 2022-Q2 unit M06, indicator 9.1: missing, left out of the maximum: "),
        run.out());
  }

  @Test
  void aPolicyFileWithProblemsIsInvalidInput() throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.yaml"), "id: broken\ncategories: []\n");
    Run run = run("validate", "--policy", policy.toString());
    assertEquals(1, run.exit());
    assertTrue(run.err().contains(policy.toString()), run.err());
    Run missing = run("validate", "--policy", dir.resolve("nope.yaml").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("nope.yaml: no such file"), missing.err());
  }

  @Test
  void partlyGivenDataFilesAreAUsageError() {
    Run run = run("rank", "--units", "units.csv");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("give --data DIR, or all three of --units, --values and --adjustments"),
        run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"rank", "validate"})
  void helpShowsAnExample(String command) {
    Run run = run(command, "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Examples:\n  appraisal " + command), run.out());
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = run();
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("Missing a command"));
  }
}
