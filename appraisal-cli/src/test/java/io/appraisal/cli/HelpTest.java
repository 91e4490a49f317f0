package io.appraisal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.cli.Cli.Run;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The usage help comes from the message bundle ({@link HelpBundle}): every command and option has its text in both
 * languages, every {@code cli.help.*} key names a command and an option or a text picocli reads, and the help of
 * every command is Chinese by default and English with {@code --locale}, given before or after the command.
 */
class HelpTest {
  /** What picocli reads besides the options: the usage message's sections and its own options' texts. */
  private static final Pattern PICOCLI_KEY = Pattern.compile("usage\\.(header|description|footer|footerHeading"
      + "|synopsisHeading|commandListHeading|synopsisSubcommandLabel|exitCodeListHeading|exitCodeList\\.\\d+)"
      + "|mixinStandardHelpOptions\\.(help|version)|helpCommand\\.(help|command)");

  /** Every command by its qualified name, the top command first. */
  private static Map<String, CommandSpec> commands() {
    Map<String, CommandSpec> commands = new TreeMap<>();
    CommandSpec top = AppraisalCli.commandLine().getCommandSpec();
    commands.put(top.qualifiedName("."), top);
    top.subcommands().values().forEach(sub -> commands.put(sub.getCommandSpec().qualifiedName("."),
        sub.getCommandSpec()));
    return commands;
  }

  /** The key picocli looks an option's or parameter's description up by. */
  private static String key(ArgSpec arg) {
    if (!arg.descriptionKey().isEmpty()) {
      return arg.descriptionKey();
    }
    return ((OptionSpec) arg).longestName().replaceFirst("^-+", "");
  }

  @Test
  void everyCommandAndOptionHasItsTextInBothLanguages() {
    for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      Set<String> keys = HelpBundle.of(locale).keySet();
      Set<String> missing = new TreeSet<>();
      commands().forEach((name, command) -> {
        String section = command.parent() == null ? "usage.description" : "usage.header";
        if (!keys.contains(name + "." + section)) {
          missing.add(name + "." + section);
        }
        for (ArgSpec arg : command.args()) {
          String key = key(arg);
          if (!keys.contains(name + "." + key) && !keys.contains(key)) {
            missing.add(name + " " + key);
          }
        }
      });
      assertEquals(new TreeSet<>(), missing, locale.toString());
    }
  }

  @Test
  void everyHelpKeyNamesACommandAndAnOptionOrASection() {
    Map<String, CommandSpec> commands = commands();
    Set<String> optionKeys = new TreeSet<>();
    commands.values().forEach(command -> command.args().forEach(arg -> optionKeys.add(key(arg))));
    Set<String> wrong = new TreeSet<>();
    for (String picocli : Collections.list(HelpBundle.of(Locale.CHINESE).getKeys())) {
      String command = commands.keySet().stream().filter(name -> picocli.startsWith(name + "."))
          .max((a, b) -> a.length() - b.length()).orElse(null);
      String name = command == null ? picocli : picocli.substring(command.length() + 1);
      boolean known = PICOCLI_KEY.matcher(name).matches() || (command == null ? optionKeys.contains(name)
          : commands.get(command).args().stream().anyMatch(arg -> key(arg).equals(name)));
      if (!known) {
        wrong.add(picocli);
      }
    }
    assertEquals(new TreeSet<>(), wrong, "cli.help keys that name no command, option or section");
  }

  /** The help of every command, by --help and by the help command. */
  private static List<String[]> helpCommands() {
    List<String[]> runs = new ArrayList<>();
    runs.add(new String[] {"--help"});
    runs.add(new String[] {"help"});
    for (String command : AppraisalCli.commandLine().getSubcommands().keySet()) {
      runs.add(new String[] {command, "--help"});
      runs.add(new String[] {"help", command});
    }
    return runs;
  }

  /**
   * In Chinese, no two English words in a row outside the command examples and the synopsis and besides option
   * names, placeholders, file names and quoted values; and no English text of the help's bundle keys.
   */
  @Test
  void theHelpOfEveryCommandIsChineseByDefault() {
    Map<String, String> english = new TreeMap<>();
    Map<String, String> englishTexts = new TreeMap<>();
    HelpBundle en = HelpBundle.of(Locale.ENGLISH);
    HelpBundle zh = HelpBundle.of(Locale.CHINESE);
    for (String key : Collections.list(en.getKeys())) {
      for (String phrase : en.getString(key).split("%n")) {
        // not the command lines of the examples, which both languages show
        if (phrase.strip().matches(".*[A-Za-z]+\\s+[A-Za-z]+.*") && !zh.getString(key).contains(phrase.strip())) {
          englishTexts.put(phrase.strip(), key);
        }
      }
    }
    for (String[] args : helpCommands()) {
      Run run = Cli.asGiven(args);
      assertEquals(0, run.exit(), run.err());
      assertTrue(run.out().contains("用法：appraisal"), run.out());
      Matcher words = Pattern.compile("[A-Za-z]+\\s+[A-Za-z]+").matcher(withoutCode(run.out()));
      if (words.find()) {
        english.put(String.join(" ", args), words.group());
      }
      englishTexts.forEach((phrase, key) -> {
        if (run.out().contains(phrase)) {
          english.put(String.join(" ", args) + " / " + key, phrase);
        }
      });
    }
    assertEquals(new TreeMap<>(), english, "English in the Chinese help");
  }

  /** The help without the example command lines, the synopsis, option names, placeholders, paths, quoted values. */
  static String withoutCode(String help) {
    StringBuilder out = new StringBuilder();
    boolean synopsis = false;
    for (String line : help.split("\n")) {
      synopsis = line.startsWith("用法：") || synopsis && line.startsWith(" ") && line.contains("[");
      if (!synopsis && !line.startsWith("  appraisal ")) {
        out.append(line).append('\n');
      }
    }
    return out.toString().replaceAll("'[^'\n]*'", "''")
        .replaceAll("\\S*[/\\\\]\\S*", "")
        .replaceAll("(?<![\\w-])--?[a-zA-Z\\[][\\w\\[\\]-]*(=\\S+|\\s+[\\w.,-]+)?", "")
        .replaceAll("\\b[A-Z]+\\b", "");
  }

  @Test
  void theHelpOfEveryCommandIsEnglishWithLocaleEn() {
    HelpBundle en = HelpBundle.of(Locale.ENGLISH);
    for (String[] args : helpCommands()) {
      List<String> withLocale = new ArrayList<>(List.of("--locale", "en"));
      withLocale.addAll(List.of(args));
      Run run = Cli.asGiven(withLocale.toArray(String[]::new));
      assertEquals(0, run.exit(), run.err());
      // the command whose help it is: help COMMAND, COMMAND --help; help and --help alone are appraisal's
      String command = args.length == 1 ? null : args[0].equals("help") && !args[1].startsWith("-") ? args[1]
          : args[0];
      String section = command == null ? "appraisal.usage.description" : "appraisal." + command + ".usage.header";
      String text = en.getString(section).substring(0, 30);
      assertTrue(run.out().startsWith(text) || run.out().contains("\n" + text), text + " in\n" + run.out());
      assertTrue(run.out().contains("Usage: appraisal"), run.out());
      assertEquals(false, run.out().contains("用法"), run.out());
    }
  }

  /** {@code --locale} of {@code appraisal} applies to its subcommand, unless the subcommand has its own. */
  @Test
  void theLocaleWorksBeforeAndAfterTheCommand() {
    Run after = Cli.asGiven("rank", "--unit", "G09", "--locale", "en");
    Run before = Cli.asGiven("--locale", "en", "rank", "--unit", "G09");
    Run chinese = Cli.asGiven("rank", "--unit", "G09");
    assertEquals(0, before.exit(), before.err());
    assertTrue(before.out().startsWith("Ranking 2022-Q4"), before.out());
    assertEquals(after.out(), before.out());
    assertNotEquals(chinese.out(), before.out());
    assertEquals(chinese.out(), Cli.asGiven("--locale", "en", "rank", "--unit", "G09", "--locale", "zh").out());
    // the help and the errors too
    assertEquals(Cli.asGiven("rank", "--help", "--locale", "en").out(),
        Cli.asGiven("--locale", "en", "rank", "--help").out());
    assertEquals(Cli.asGiven("rank", "--help", "--locale", "en").out(),
        Cli.asGiven("--locale", "en", "help", "rank").out());
    Run wrong = Cli.asGiven("--locale", "en", "rank", "--period", "2022-Q5");
    assertEquals(AppraisalCli.USAGE, wrong.exit());
    assertEquals(Cli.asGiven("rank", "--period", "2022-Q5", "--locale", "en").err(), wrong.err());
    Run validate = Cli.asGiven("--locale", "en", "validate");
    assertEquals(0, validate.exit(), validate.err());
    assertEquals(Cli.asGiven("validate", "--locale", "en").out(), validate.out());
    assertNotEquals(Cli.asGiven("validate").out(), validate.out());
  }
}
