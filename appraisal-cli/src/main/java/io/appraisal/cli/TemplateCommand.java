package io.appraisal.cli;

import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.core.Unit;
import io.appraisal.io.LoadedDataset;
import io.appraisal.core.Messages;
import io.appraisal.xlsx.XlsxTemplate;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code appraisal template}: writes the data-collection workbook (数据报送表) of the policy for a period. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Mixin
  SingleFile output = new SingleFile();

  @Mixin
  LocaleOption language = new LocaleOption();

  @Option(names = "--period", paramLabel = "PERIOD", required = true, converter = InputOptions.PeriodConverter.class)
  Period period;

  @Option(names = "--by", paramLabel = "category|unit", converter = LayoutConverter.class)
  XlsxTemplate.Layout layout = XlsxTemplate.Layout.BY_CATEGORY;

  @Option(names = "--self")
  boolean self;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    Messages messages = language.messages();
    InputOptions.Inputs read = inputs.read(commandLine);
    LoadedDataset data = read.data();
    List<Problem> problems = new ArrayList<>(read.problems());
    problems.addAll(data.parseProblems());
    List<Unit> units = data.dataset().units();
    if (problems.isEmpty() && units.isEmpty()) {
      problems.add(Problem.keyed(data.dataset().source(), "units", "", "cli.no-units"));
    }
    if (!problems.isEmpty()) {
      Problems.print(problems, "cli.nothing-written", messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    XlsxTemplate template = XlsxTemplate.of(read.policy().policy(), units, period).layout(layout)
        .selfAssessment(self).locale(language.locale());
    int exit = output.write(template::bytes, messages, stderr);
    if (exit != AppraisalCli.OK) {
      return exit;
    }
    stdout.println(messages.text("template.written", output.out, period, units.size(), template.columnCount()));
    stdout.flush();
    return AppraisalCli.OK;
  }

  /** Parses {@code category} or {@code unit}. */
  static final class LayoutConverter implements CommandLine.ITypeConverter<XlsxTemplate.Layout> {
    @Override
    public XlsxTemplate.Layout convert(String value) {
      return switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "category" -> XlsxTemplate.Layout.BY_CATEGORY;
        case "unit" -> XlsxTemplate.Layout.BY_UNIT;
        default -> throw new KeyedConversion("cli.not-a-layout", value);
      };
    }
  }
}
