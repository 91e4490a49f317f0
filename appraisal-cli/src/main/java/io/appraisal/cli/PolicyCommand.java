package io.appraisal.cli;

import io.appraisal.core.Policy;
import io.appraisal.core.Messages;
import io.appraisal.report.CriteriaHtml;
import io.appraisal.xlsx.XlsxCriteria;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code appraisal policy --export xlsx|html}: the policy's scoring rules (考核细则) as a table people read. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true)
final class PolicyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions inputs = new InputOptions();

  @Mixin
  SingleFile output = new SingleFile();

  @Mixin
  LocaleOption language = new LocaleOption();

  @Option(names = "--export", paramLabel = "xlsx|html", required = true, converter = FormatConverter.class)
  String format;

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    PrintWriter stdout = commandLine.getOut();
    PrintWriter stderr = commandLine.getErr();
    Messages messages = language.messages();
    InputOptions.Inputs read = inputs.read(commandLine);
    if (!read.problems().isEmpty()) {
      Problems.print(read.problems(), "cli.nothing-written", messages, stderr);
      return AppraisalCli.INVALID_INPUT;
    }
    Policy policy = read.policy().policy();
    Locale locale = language.locale();
    int exit = output.write(() -> format.equals("xlsx") ? XlsxCriteria.bytes(policy, locale)
        : CriteriaHtml.html(policy, locale).getBytes(StandardCharsets.UTF_8), messages, stderr);
    if (exit != AppraisalCli.OK) {
      return exit;
    }
    stdout.println(messages.text("criteria.written", output.out));
    stdout.flush();
    return AppraisalCli.OK;
  }

  /** Accepts {@code xlsx} or {@code html}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String format = value.trim().toLowerCase(Locale.ROOT);
      if (!format.equals("xlsx") && !format.equals("html")) {
        throw new KeyedConversion("cli.not-an-export-format", value);
      }
      return format;
    }
  }
}
