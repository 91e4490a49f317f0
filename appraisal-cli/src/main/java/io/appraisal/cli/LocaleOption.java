package io.appraisal.cli;

import io.appraisal.core.Messages;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code --locale zh|en}, the option of every command: the language of everything it prints and writes (tables,
 * explanations, problems, errors, progress). Chinese unless {@code --locale en}; picocli's {@code --help} text stays
 * English.
 */
final class LocaleOption {
  static final String NAME = "--locale";

  @Option(names = NAME, paramLabel = "zh|en", converter = Converter.class,
      description = "The language of everything printed or written: zh (default) or en.")
  Locale locale = Locale.CHINESE;

  Messages messages() {
    return Messages.of(locale);
  }

  /** The language of {@code commandLine}'s command: its {@code --locale}, else Chinese. */
  static Messages messages(CommandLine commandLine) {
    OptionSpec option = commandLine.getCommandSpec().findOption(NAME);
    return Messages.of(option == null || option.getValue() == null ? Locale.CHINESE : option.getValue());
  }

  /**
   * The language asked for by the arguments ({@code --locale en} or {@code --locale=en}), for the errors picocli finds
   * before it has set the option; Chinese when there is none or it is not a language.
   */
  static Messages messages(List<String> args) {
    Locale locale = Locale.CHINESE;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String tag = arg.equals(NAME) && i + 1 < args.size() ? args.get(i + 1)
          : arg.startsWith(NAME + "=") ? arg.substring(NAME.length() + 1) : null;
      if (tag != null) {
        try {
          locale = Messages.parse(tag);
        } catch (IllegalArgumentException e) {
          locale = Locale.CHINESE; // the wrong value is reported, in Chinese
        }
      }
    }
    return Messages.of(locale);
  }

  /** Parses {@code zh} or {@code en}. */
  static final class Converter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      try {
        return Messages.parse(value);
      } catch (IllegalArgumentException e) {
        throw new KeyedConversion("cli.not-a-locale", value);
      }
    }
  }
}
