package io.appraisal.cli;

import io.appraisal.core.Messages;
import io.appraisal.core.Problem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prints problems the one way every command does, in the command's language: a count, then one {@code file:line:
 * field 'f' = 'v': message} each. Problems of one kind (same file, field and bundle key; for a free-text problem, the
 * same message but for the ids and numbers in it) come together; a kind
 * with more than {@value #SHOWN_IN_FULL} problems, such as a missing value for every unit, shows its first
 * {@value #FIRST_ROWS} and a count of the rest, so that one cause does not bury the others. At most {@value #LISTED}
 * problems are listed in all, then a count of the rest: a big file with many kinds of mistakes must not flood the
 * terminal either.
 */
final class Problems {
  static final int SHOWN_IN_FULL = 10;
  static final int FIRST_ROWS = 5;
  /** At most this many problems are listed. */
  static final int LISTED = 100;
  /** An id, number or period in a message ({@code G01}, {@code 2022-Q4}, {@code 1.1}), which the kind ignores. */
  private static final Pattern ID = Pattern.compile("[\\p{Alpha}]*\\d[\\w.-]*");

  private Problems() {}

  /**
   * Prints {@code problems} to {@code err}; {@code consequence} is the bundle key of what was therefore not done
   * ({@code cli.nothing-written}, ...), or empty.
   */
  static void print(List<Problem> problems, String consequence, Messages messages, PrintWriter err) {
    String not = consequence.isEmpty() ? "" : messages.text(consequence);
    err.println(problems.size() == 1 ? messages.text("cli.problem-in-input", not)
        : messages.text("cli.problems-in-input", problems.size(), not));
    int listed = 0;
    int counted = 0; // listed, or counted in a kind's "and … more"
    for (List<Problem> kind : kinds(problems)) {
      if (listed == LISTED) {
        break;
      }
      List<Problem> shown = kind.size() > SHOWN_IN_FULL ? kind.subList(0, FIRST_ROWS) : kind;
      shown = shown.subList(0, Math.min(shown.size(), LISTED - listed));
      for (Problem problem : shown) {
        err.println("  " + messages.problem(problem));
      }
      listed += shown.size();
      counted += shown.size();
      if (kind.size() > SHOWN_IN_FULL && shown.size() == FIRST_ROWS) {
        err.println("  " + messages.text("cli.more-like-these", kind.size() - shown.size(), kind.size()));
        counted += kind.size() - shown.size();
      }
    }
    if (counted < problems.size()) {
      err.println("  " + messages.text("cli.more-not-listed", problems.size() - counted, LISTED));
    }
    err.flush();
  }

  /** The problems grouped by kind, kinds in the order of their first problem, problems in their order. */
  static List<List<Problem>> kinds(List<Problem> problems) {
    Map<String, List<Problem>> kinds = new LinkedHashMap<>();
    for (Problem problem : problems) {
      String kind = problem.source() + '\0' + problem.field() + '\0'
          + (problem.key().isEmpty() ? ID.matcher(problem.message()).replaceAll("#") : '\1' + problem.key());
      kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(problem);
    }
    return List.copyOf(kinds.values());
  }
}
