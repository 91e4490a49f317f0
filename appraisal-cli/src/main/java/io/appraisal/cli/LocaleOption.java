package io.appraisal.cli;

import io.appraisal.core.Messages;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --locale zh|en}, the option of every command and of {@code appraisal} itself: the language of everything
 * it prints and writes (tables, explanations, problems, errors, progress, the usage help). A subcommand's own
 * {@code --locale} wins over the one given before it ({@code appraisal --locale en rank}); Chinese when neither is
 * given.
 */
final class LocaleOption {
  static final String NAME = "--locale";

  /** The command this option belongs to. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** As given on this command, or null. */
  @Option(names = NAME, paramLabel = "zh|en", converter = Converter.class)
  Locale given;

  /** The language of the command: its own {@code --locale}, else its parent's, else Chinese. */
  Locale locale() {
    return locale(command);
  }

  Messages messages() {
    return Messages.of(locale());
  }

  /** The language of {@code commandLine}'s command: its {@code --locale}, else its parents', else Chinese. */
  static Messages messages(CommandLine commandLine) {
    return Messages.of(locale(commandLine.getCommandSpec()));
  }

  private static Locale locale(CommandSpec command) {
    for (CommandSpec spec = command; spec != null; spec = spec.parent()) {
      OptionSpec option = spec.findOption(NAME);
      if (option != null && option.getValue() != null) {
        return option.getValue();
      }
    }
    return Locale.CHINESE;
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
