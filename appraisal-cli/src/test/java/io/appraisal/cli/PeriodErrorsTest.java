package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.appraisal.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command with every kind of bad period, on the Baicheng data and its policy without the annual roll-up: a
 * period that does not parse is a usage error (exit 2, naming the option and the value, as for any bad option
 * value); a period that parses but cannot be ranked is invalid input (exit 1) with a message naming the period.
 * Never a stack trace.
 */
class PeriodErrorsTest {
  private static final String DATA = Path.of("..", "seeds", "baicheng-2022").toString();

  @TempDir
  static Path dir;

  static Path noAnnual;

  @BeforeAll
  static void policyWithoutAnnualRollup() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectNode policy = (ObjectNode) yaml.readTree(Path.of(DATA, "policy.yaml").toFile());
    assertTrue(policy.has("annual"));
    policy.remove("annual");
    noAnnual = dir.resolve("no-annual.yaml");
    yaml.writeValue(noAnnual.toFile(), policy);
  }

  private static List<String> inputs() {
    return List.of("--policy", noAnnual.toString(), "--data", DATA);
  }

  private static Run command(String name, String... args) {
    List<String> all = new ArrayList<>(List.of(name));
    all.addAll(inputs());
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  /** The commands that take --period, with what else they need. */
  private static List<List<String>> periodCommands() {
    return List.of(List.of("rank"), List.of("validate"), List.of("explain", "--unit", "G09"),
        List.of("explain", "--unit", "G09", "--period", "2022-Q4", "--against"),
        List.of("report", "--out", dir.resolve("report").toString(), "--locale", "en"),
        List.of("robustness", "--uncertainty", Path.of(DATA, "uncertainty.yaml").toString(), "--samples", "2",
            "--sobol-rows", "0", "--bootstrap", "0"));
  }

  private static Run withPeriod(List<String> command, String period) {
    List<String> args = new ArrayList<>(command.subList(1, command.size()));
    if (!args.contains("--against")) {
      args.add("--period");
    }
    args.add(period);
    return command(command.get(0), args.toArray(String[]::new));
  }

  private static void assertNoStackTrace(Run run) {
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
  }

  @Test
  void malformedPeriodsAreUsageErrorsNamingTheOptionAndValue() {
    for (List<String> command : periodCommands()) {
      for (String period : List.of("2022-Qx", "2022-Q5", "22-Q1", "")) {
        Run run = withPeriod(command, period);
        assertEquals(AppraisalCli.USAGE, run.exit(), command + " " + period + ": " + run.err());
        assertTrue(run.err().contains("'" + period + "' is not a period"), command + ": " + run.err());
        assertNoStackTrace(run);
      }
    }
  }

  @Test
  void periodsThatCannotBeRankedAreInvalidInputNamingThePeriod() {
    // 2021-Q2: before the data; 2030-Q1: in the future; 2022: a year, which this policy ranks from the year's own
    // values (an annual series), and the Baicheng data's values for 2022 are year-end components that the policy
    // without the roll-up does not have.
    for (List<String> command : periodCommands()) {
      for (String period : List.of("2021-Q2", "2030-Q1", "2022")) {
        if (command.contains("--against") && period.equals("2022")) {
          continue; // a year against a quarter is a usage error, tested below
        }
        Run run = withPeriod(command, period);
        assertEquals(AppraisalCli.INVALID_INPUT, run.exit(), command + " " + period + ": " + run.err());
        assertTrue(run.err().contains("field 'period' = '" + period + "'") || run.err().contains("period " + period),
            command + " " + period + ": " + run.err());
        assertNoStackTrace(run);
      }
    }
  }

  @Test
  void aYearWithoutValuesOrRollupNamesThePeriodAndWhatTheDataHas() {
    Run run = command("rank", "--period", "2021");
    assertEquals(AppraisalCli.INVALID_INPUT, run.exit(), run.err());
    assertTrue(run.err().contains("values.csv: field 'period' = '2021': no values for this period; the data has [2022, 2022-Q1,"
        + " 2022-Q2, 2022-Q3, 2022-Q4]"), run.err());
    assertEquals(2, run.err().lines().count(), "the count and the one problem, no missing value per unit: "
        + run.err());
    assertNoStackTrace(run);
  }

  /**
   * A year of a policy without an annual roll-up is ranked from the year's own values (an annual series); when they
   * cannot be ranked, every command that computes prints the problems {@code validate} prints, and exits 1.
   */
  @Test
  void aYearWithoutRollupFailsWithTheProblemsValidateGives() {
    Run validate = command("validate", "--period", "2022");
    assertEquals(AppraisalCli.INVALID_INPUT, validate.exit(), validate.err());
    List<String> problems = validate.err().lines().filter(line -> line.contains("values.csv:")).toList();
    assertFalse(problems.isEmpty(), validate.err());
    for (List<String> command : periodCommands()) {
      if (command.contains("--against")) {
        continue;
      }
      Run run = withPeriod(command, "2022");
      assertEquals(AppraisalCli.INVALID_INPUT, run.exit(), command + ": " + run.err());
      assertEquals(problems, run.err().lines().filter(line -> line.contains("values.csv:")).toList(),
          command + ": " + run.err());
      assertNoStackTrace(run);
    }
  }

  @Test
  void aYearAgainstAQuarterIsAUsageError() {
    Run run = command("explain", "--unit", "G09", "--period", "2022-Q4", "--against", "2022");
    assertEquals(AppraisalCli.USAGE, run.exit(), run.err());
    assertTrue(run.err().contains("--against 2022"), run.err());
    assertNoStackTrace(run);
  }

  @Test
  void annualOfAPolicyWithoutRollupOrOfABadYear() {
    Run noRollup = command("annual", "--year", "2022");
    assertEquals(AppraisalCli.INVALID_INPUT, noRollup.exit(), noRollup.err());
    assertTrue(noRollup.err().contains("defines no annual roll-up"), noRollup.err());
    assertNoStackTrace(noRollup);
    for (String year : List.of("2021", "2030")) {
      Run run = run("annual", "--year", year);
      assertEquals(AppraisalCli.INVALID_INPUT, run.exit(), year + ": " + run.err());
      assertTrue(run.err().contains(year), run.err());
      assertNoStackTrace(run);
    }
    for (String year : List.of("20x2", "99999")) {
      Run run = run("annual", "--year", year);
      assertEquals(AppraisalCli.USAGE, run.exit(), year + ": " + run.err());
      assertTrue(run.err().contains(year), run.err());
      assertNoStackTrace(run);
    }
  }

  @Test
  void verifyAResultWhosePeriodIsBad() throws IOException {
    Path out = dir.resolve("published");
    Run rank = command("rank", "--period", "2022-Q4", "--out", out.toString(), "--format", "json");
    assertEquals(AppraisalCli.OK, rank.exit(), rank.err());
    String json = Files.readString(out.resolve("ranking-2022-Q4.json"));
    assertTrue(json.contains("\"period\": \"2022-Q4\""), json);
    for (String period : List.of("2022-Qx", "2022-Q5", "2021-Q2", "2030-Q1", "2022")) {
      Path file = dir.resolve("bad-" + period + ".json");
      Files.writeString(file, json.replaceFirst("\"period\": \"2022-Q4\"", "\"period\": \"" + period + "\""));
      Run run = command("verify", file.toString());
      assertEquals(AppraisalCli.INVALID_INPUT, run.exit(), period + ": " + run.err());
      assertTrue(run.err().contains(period), period + ": " + run.err());
      assertNoStackTrace(run);
    }
  }
}
