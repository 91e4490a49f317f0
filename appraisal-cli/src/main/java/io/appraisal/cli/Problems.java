package io.appraisal.cli;

import io.appraisal.core.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems the one way every command does: a count, then one {@code file:line: field 'f' = 'v': message} each. */
final class Problems {
  private Problems() {}

  static void print(List<Problem> problems, String consequence, PrintWriter err) {
    err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the input" + consequence
        + ":");
    for (Problem problem : problems) {
      err.println("  " + problem);
    }
    err.flush();
  }
}
