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
    mixinStandardHelpOptions = true,
    header = "Ranks one period; writes CSV, JSON, Excel or HTML; freezes a published result.",
    description = {
        "Ranks every unit for one period by the policy and prints the ranking: rank, unit, category, published"
            + " score, grade and rank change since the previous period (computed with the same policy when the data"
            + " has it), then the adjustments (those cut by a cap marked), the vetoes, the corrections of the review"
            + " log applied, the self-assessments flagged as overstated and the notes on missing or not-applicable"
            + " values; then, when the policy has them, the panels' reports (rater counts, consistency, Kendall's W,"
            + " outliers; from DIR/ratings.csv or --ratings) and the recommendation outcome of every unit.",
        "Every option left out defaults to the bundled example: policy = the illustrative Baicheng policy, data ="
            + " the synthetic Baicheng 2022 CSV files with their correction log, period = the latest period in the"
            + " data.",
        "If any input has a problem, every problem is printed to stderr and nothing is computed or written (exit 1).",
        "Results are never replaced silently: an existing DIR/ranking-PERIOD.* needs --force (else exit 1). A frozen"
            + " period (--freeze) may be recomputed into DIR only when the policy hash and the hash of the raw inputs"
            + " without the correction log are unchanged and the log only grew (entries appended); anything else is"
            + " refused (exit 1) naming the period and both data hashes, even with --force."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  appraisal rank",
        "      the bundled example's latest quarter (2022-Q4)",
        "  appraisal rank --policy policy.yaml --data data/2022 --period 2022-Q3 \\",
        "      --out results",
        "      also writes results/ranking-2022-Q3.csv (UTF-8 with BOM, for Excel)",
        "      and results/ranking-2022-Q3.json",
        "  appraisal rank --out results --format csv,json,xlsx,html --freeze",
        "      publishes 2022-Q4 in four formats and freezes it",
        "  appraisal rank --data data/2022 --out results --force",
        "      recomputes the frozen 2022-Q4 after an appeal was appended to",
        "      data/2022/corrections.csv: only the correction log changed",
        "  appraisal rank --unit G09 --unit 市水利局 --locale en",
        "      only the selected units (by id or name), English labels; ranks stay",
        "      those of the whole ranking"})
final class RankCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Mixin
  OutputOptions output = new OutputOptions();

  @Mixin
  LocaleOption language = new LocaleOption();

  @Option(names = "--period", paramLabel = "PERIOD", converter = InputOptions.PeriodConverter.class,
      description = "The period, such as 2022-Q4 (or 2022 for a year).%nDefault: the latest period with values in"
          + " the data.")
  Period period;

  @Option(names = "--unit", paramLabel = "UNIT", split = ",",
      description = "Show only these units, each given by id or by name (repeatable or comma-separated). The files"
          + " written by --out always hold every unit.")
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
      written = new ResultFiles(read.policy(), data, report, stderr).write(output.request(language.locale), progress);
    }
    progress.finish();
    if (written.exit() != AppraisalCli.OK) {
      return written.exit();
    }
    stdout.print(RankingTable.render(report, unit -> shown.isEmpty() || shown.contains(unit.id()),
        language.locale));
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
