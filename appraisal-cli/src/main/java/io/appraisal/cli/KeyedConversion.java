package io.appraisal.cli;

import io.appraisal.core.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * A wrong option value, said by a bundle key ({@code cli.*}) and its arguments: a converter does not know the
 * language, so the handler of parameter errors ({@link AppraisalCli#commandLine()}) renders it in the command's.
 */
final class KeyedConversion extends CommandLine.TypeConversionException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final List<String> arguments;

  KeyedConversion(String key, Object... arguments) {
    super(Messages.of(Locale.ENGLISH).text(key, arguments));
    this.key = key;
    this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
  }

  /** The reason in {@code messages}' language. */
  String message(Messages messages) {
    return messages.text(key, arguments.toArray());
  }
}
