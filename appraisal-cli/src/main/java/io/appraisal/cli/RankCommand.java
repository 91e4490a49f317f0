package io.appraisal.cli;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Messages;
import io.appraisal.core.Period;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.results.RankingReport;
import io.appraisal.io.results.RankingTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code appraisal rank}: ranks one period, prints the table, and writes the result files on request. */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true)
final class RankCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Mixin
  LocaleOption language = new LocaleOption();

  @Option(names = "--period", paramLabel = "PERIOD", converter = InputOptions.PeriodConverter.class)
  Period period;

  @Option(names = "--unit", paramLabel = "UNIT", split = ",")
  List<String> shownUnits = new ArrayList<>();

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    Messages messages = language.messages();
    checkOutputOptions(commandLine, output, messages);
    Progress progress = Progress.startReading(output.progress, inputs.valuesBytes(),
        3 + (output.out == null ? 0 : output.formatSet().size() + (output.freeze ? 1 : 0)), messages, stderr);
    progress.step(messages.text("cli.step-reading"));
    InputOptions.Inputs read = inputs.read(commandLine);
    LoadedDataset data = read.data();
    Period ranked = Evaluations.periodOrLatest(period, data);
    progress.step(messages.text("cli.step-evaluating", ranked == null ? "" : ranked));
    AppraisalResult result = Evaluations.evaluate(read, ranked, "cli.nothing-computed-or-written", messages,
        stderr);
    if (result == null) {
      progress.finish();
      return AppraisalCli.INVALID_INPUT;
    }
    Set<String> shown = selectUnits(commandLine, data, messages);
    progress.step(messages.text("cli.step-comparing", ranked.previous()));
    RankingReport report = RankingReport.withPrevious(read.policy(), data.dataset(), data.correctionLog(), result);
    ResultFiles.Outcome written = new ResultFiles.Outcome(AppraisalCli.OK, List.of());
    if (output.out != null) {
      written = new ResultFiles(read.policy(), data, report, stderr).write(output.request(language.locale()), progress);
    }
    progress.finish();
    if (written.exit() != AppraisalCli.OK) {
      return written.exit();
    }
    stdout.print(RankingTable.render(report, unit -> shown.isEmpty() || shown.contains(unit.id()),
        language.locale()));
    stdout.print(Evaluations.panelsAndRecommendation(read, result, messages));
    written.lines().forEach(stdout::println);
    stdout.flush();
    return AppraisalCli.OK;
  }

  /** Options that only make sense with --out are a usage error without it. */
  static void checkOutputOptions(CommandLine commandLine, OutputOptions output, Messages messages) {
    if (output.out == null) {
      for (String option : List.of("--force", "--freeze", "--format")) {
        if (commandLine.getParseResult().hasMatchedOption(option)) {
          throw new CommandLine.ParameterException(commandLine, messages.text("cli.needs-out", option));
        }
      }
    }
  }

  /** The ids of the units selected by --unit (empty: all); an id or name that matches no unit is a usage error. */
  private Set<String> selectUnits(CommandLine commandLine, LoadedDataset data, Messages messages) {
    Set<String> ids = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String wanted : shownUnits) {
      String key = wanted.trim();
      List<String> matches = data.dataset().units().stream()
          .filter(unit -> unit.id().equals(key) || unit.name().equals(key))
          .map(io.appraisal.core.Unit::id)
          .toList();
      if (matches.isEmpty()) {
        unknown.add(wanted);
      }
      ids.addAll(matches);
    }
    if (!unknown.isEmpty()) {
      throw new CommandLine.ParameterException(commandLine, messages.text("cli.no-unit-named",
          String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())));
    }
    return ids;
  }
}
