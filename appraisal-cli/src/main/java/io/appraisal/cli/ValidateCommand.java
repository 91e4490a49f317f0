package io.appraisal.cli;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Messages;
import io.appraisal.core.Note;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.io.LoadedDataset;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code appraisal validate}: checks the policy and the data and prints every problem, computing nothing. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Mixin
  LocaleOption language = new LocaleOption();

  @Option(names = "--period", paramLabel = "PERIOD", converter = InputOptions.PeriodConverter.class)
  Period period;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    Messages messages = language.messages();
    InputOptions.Inputs read = inputs.read(commandLine);
    LoadedDataset data = read.data();
    List<Period> periods = period != null ? List.of(period) : data.periodsWithValues();
    List<Problem> problems = new ArrayList<>(read.problems());
    if (periods.isEmpty() && data.parseProblems().isEmpty()) {
      problems.add(Problem.keyed(data.dataset().source(), "period", "", "cli.no-values"));
    }
    if (read.policy() == null || periods.isEmpty()) {
      problems.addAll(data.parseProblems());
    } else {
      problems.addAll(data.problems(read.policy(), periods));
    }
    if (!problems.isEmpty()) {
      Problems.print(problems, "", messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    stdout.println(messages.text("cli.validate-ok", data.dataset().size(), data.valueCount())
        + (data.notApplicableCount() > 0 ? messages.text("cli.validate-na", data.notApplicableCount()) : "")
        + (data.selfAssessmentCount() > 0 ? messages.text("cli.validate-self", data.selfAssessmentCount()) : "")
        + messages.text("cli.validate-adjustments", data.eventCount())
        + (data.corrections().isEmpty() ? ""
            : messages.text("cli.validate-corrections", data.corrections().entries().size()))
        + messages.text("cli.validate-periods", periods.stream().map(Period::toString)
            .collect(Collectors.joining(", ")), read.description()));
    data.detectedEncodings().forEach((file, charset) ->
        stdout.println(messages.text("cli.not-utf8", file, charset)));
    for (Period period : periods) {
      AppraisalResult result = data.evaluate(read.policy(), period);
      for (Note note : result.notes()) {
        if (!period.isQuarter() && note.kind() != Note.Kind.QUARTER_MISSING) {
          continue; // the year repeats its quarters' notes
        }
        stdout.println(messages.text("cli.validate-note", period, note.unit(), note.indicator(),
            messages.noteKind(note.kind()), messages.note(note)));
      }
    }
    stdout.flush();
    return AppraisalCli.OK;
  }
}
