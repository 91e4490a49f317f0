package io.appraisal.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.List;

/** Runs the command line in-process with captured output. */
final class Cli {
  private Cli() {}

  record Run(int exit, String out, String err) {
    List<String> lines() {
      return Arrays.asList(out.split("\n", -1));
    }

    /** The table rows: the lines after the title and the header up to the first blank line. */
    List<String> rows() {
      return rows(2);
    }

    /** The table rows after {@code skip} heading lines, up to the first blank line. */
    List<String> rows(int skip) {
      List<String> lines = lines();
      return lines.subList(skip, lines.indexOf(""));
    }

    /** The first table line whose second column is {@code id}. */
    List<String> row(String id) {
      return lines().stream().map(Cli::words).filter(w -> w.size() > 1 && w.get(1).equals(id)).findFirst()
          .orElseThrow(() -> new AssertionError("no row of " + id + " in\n" + out));
    }
  }

  /**
   * Runs {@code args} in English ({@link #english}): the tests about what is printed, not its language, read the
   * English texts. {@link #asGiven} runs them in the default language, Chinese.
   */
  static Run run(String... args) {
    return asGiven(english(args));
  }

  /** Runs {@code args} as they are: Chinese unless they say {@code --locale en}. */
  static Run asGiven(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = AppraisalCli.run(out, err, args);
    return new Run(exit, out.toString(), err.toString());
  }

  /**
   * {@code args} with {@code --locale en} appended, unless they choose the language or run a command whose files
   * the tests read in Chinese (report, template, policy) or help.
   */
  static String[] english(String... args) {
    List<String> list = new ArrayList<>(Arrays.asList(args));
    if (list.contains("--locale") || !list.isEmpty() && Set.of("report", "template", "policy", "help")
        .contains(list.get(0))) {
      return args;
    }
    list.addAll(List.of("--locale", "en"));
    return list.toArray(String[]::new);
  }

  static List<String> words(String line) {
    return Arrays.asList(line.trim().split("\\s+"));
  }
}
