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
    mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Option(names = "--out", paramLabel = "DIR", required = true)
  Path out;

  @Option(names = "--period", paramLabel = "PERIOD", converter = InputOptions.PeriodConverter.class)
  Period period;

  @Mixin
  LocaleOption language = new LocaleOption();

  @Option(names = "--force")
  boolean force;

  @Option(names = "--progress", negatable = true)
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
        .write(new ResultFiles.Request(out, EnumSet.of(ResultFiles.Format.HTML), force, false, language.locale()), bar);
    bar.finish();
    written.lines().forEach(stdout::println);
    stdout.flush();
    return written.exit();
  }
}
