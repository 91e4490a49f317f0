package io.appraisal.io.cli;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.core.Unit;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.results.AtomicFiles;
import io.appraisal.io.results.RankingCsv;
import io.appraisal.io.results.RankingJson;
import io.appraisal.io.results.RankingReport;
import io.appraisal.io.results.RankingTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code appraisal rank}: ranks one period, prints the table, and writes CSV and JSON files on request. */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = {
        "Ranks every unit for one period by the policy and prints the ranking: rank, unit, category, published"
            + " score, grade and rank change since the previous period (computed with the same policy when the data"
            + " has it), then the adjustments (those cut by a cap marked), the vetoes and the notes on missing or"
            + " not-applicable values.",
        "Every option left out defaults to the bundled example: policy = the illustrative Baicheng policy, data ="
            + " the synthetic Baicheng 2022 CSV files, period = the latest period in the data.",
        "If any input has a problem, every problem is printed to stderr and nothing is computed or written (exit 1)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  appraisal rank",
        "      the bundled example's latest quarter (2022-Q4)",
        "  appraisal rank --policy policy.yaml --data data/2022 --period 2022-Q3 --out results",
        "      also writes results/ranking-2022-Q3.csv (UTF-8 with BOM, for Excel) and results/ranking-2022-Q3.json",
        "  appraisal rank --unit G09 --unit 市水利局",
        "      only the selected units (by id or name); ranks stay those of the whole ranking"})
final class RankCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write ranking-PERIOD.csv and ranking-PERIOD.json to this directory (created if needed;"
          + " files are replaced atomically).")
  Path out;

  @Option(names = "--unit", paramLabel = "UNIT", split = ",",
      description = "Show only these units, each given by id or by name (repeatable or comma-separated). The files"
          + " written by --out always hold every unit.")
  List<String> shownUnits = new ArrayList<>();

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    InputOptions.Inputs read = inputs.read(commandLine);
    LoadedDataset data = read.data();
    Period period = inputs.period != null ? inputs.period : data.latestPeriod().orElse(null);
    List<Problem> problems = new ArrayList<>(read.problems());
    if (period == null) {
      problems.add(Problem.of(data.dataset().source(), "period", "", "the data has no values, so no period to rank"));
    }
    if (read.policy() == null || period == null) {
      problems.addAll(data.parseProblems());
    } else {
      problems.addAll(data.problems(read.policy(), period));
    }
    if (!problems.isEmpty()) {
      Problems.print(problems, "; nothing was computed or written", stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    Set<String> shown = selectUnits(commandLine, data);

    AppraisalResult result = data.evaluate(read.policy(), period);
    RankingReport report = RankingReport.withPrevious(read.policy(), data.dataset(), result);

    List<Path> written = List.of();
    if (out != null) {
      Map<Path, byte[]> files = new LinkedHashMap<>();
      files.put(out.resolve("ranking-" + period + ".csv"), RankingCsv.bytes(report));
      files.put(out.resolve("ranking-" + period + ".json"), RankingJson.bytes(report));
      try {
        AtomicFiles.writeAll(files);
      } catch (IOException e) {
        stderr.println("cannot write the results to " + out + ": " + e);
        return AppraisalCli.OUTPUT_FAILED;
      }
      written = ImmutableList.copyOf(files.keySet());
    }
    stdout.print(RankingTable.render(report, unit -> shown.isEmpty() || shown.contains(unit.id())));
    for (Path file : written) {
      stdout.println("Wrote " + file);
    }
    stdout.flush();
    return AppraisalCli.OK;
  }

  /** The ids of the units selected by --unit (empty: all); an id or name that matches no unit is a usage error. */
  private Set<String> selectUnits(CommandLine commandLine, LoadedDataset data) {
    Set<String> ids = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String wanted : shownUnits) {
      String key = wanted.trim();
      List<String> matches = data.dataset().units().stream()
          .filter(unit -> unit.id().equals(key) || unit.name().equals(key))
          .map(Unit::id)
          .toList();
      if (matches.isEmpty()) {
        unknown.add(wanted);
      }
      ids.addAll(matches);
    }
    if (!unknown.isEmpty()) {
      throw new CommandLine.ParameterException(commandLine, "--unit: no unit has the id or name "
          + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList()));
    }
    return ids;
  }
}
