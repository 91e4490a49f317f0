package io.appraisal.cli;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Messages;
import io.appraisal.core.Period;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.results.RankingReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code appraisal report}: the HTML report of one period. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    header = "Writes the HTML report of one period.",
    description = {
        "Writes the HTML report of one period to DIR/ranking-PERIOD.html: one self-contained page (no network) with"
            + " the ranking, rank changes and each unit's review-log entries (复核) on its row, the score rates of each"
            + " category as a bar chart, each category's ranks over the year's quarters (the units that moved most in"
            + " colour), a ranking table per category, and every unit's breakdown. It fits a 1,366 px screen and"
            + " prints on A4 (a section a page, table headers repeated, no row split). The same file as rank --format"
            + " html.",
        "An existing DIR/ranking-PERIOD.* needs --force; a frozen period follows the rule of rank --freeze.",
        "Every option left out defaults to the bundled example."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  appraisal report --out results",
        "      results/ranking-2022-Q4.html for the bundled example, Chinese labels",
        "  appraisal report --out results --period 2022 --locale en",
        "      the annual report with English labels"})
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The directory to write to (created if"
      + " needed).")
  Path out;

  @Option(names = "--period", paramLabel = "PERIOD", converter = InputOptions.PeriodConverter.class,
      description = "The period, such as 2022-Q4 (or 2022 for the year).%nDefault: the latest period with values in"
          + " the data.")
  Period period;

  @Mixin
  LocaleOption language = new LocaleOption();

  @Option(names = "--force", description = "Replace an existing result of the same period in --out.")
  boolean force;

  @Option(names = "--progress", negatable = true,
      description = "Show (or with --no-progress hide) a progress bar on stderr. Default: shown when stderr is a"
          + " terminal or the data has 10,000 units or more.")
  Boolean progress;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    Messages messages = language.messages();
    InputOptions.Inputs read = inputs.read(commandLine);
    LoadedDataset data = read.data();
    Period reported = Evaluations.periodOrLatest(period, data);
    Progress bar = Progress.start(progress, data.dataset().size(), 3, messages, stderr);
    bar.step(messages.text("cli.step-evaluating", reported == null ? "" : reported));
    AppraisalResult result = Evaluations.evaluate(read, reported, "cli.nothing-computed-or-written", messages,
        stderr);
    if (result == null) {
      bar.finish();
      return AppraisalCli.INVALID_INPUT;
    }
    bar.step(messages.text("cli.step-comparing", reported.previous()));
    RankingReport report = RankingReport.withPrevious(read.policy(), data.dataset(), data.correctionLog(), result);
    ResultFiles.Outcome written = new ResultFiles(read.policy(), data, report, stderr)
        .write(new ResultFiles.Request(out, EnumSet.of(ResultFiles.Format.HTML), force, false, language.locale), bar);
    bar.finish();
    written.lines().forEach(stdout::println);
    stdout.flush();
    return written.exit();
  }
}
