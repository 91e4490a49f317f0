package io.appraisal.io;

import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a problem the engine found names (a unit, a period, an indicator), so that a reader can relate it to the rows
 * it read without parsing the problem's sentence, which is in one of two languages.
 */
final class EngineProblems {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;()']+");

  private EngineProblems() {}

  /**
   * The values a problem names: the arguments of a keyed problem; the words of a free-text one (the text between
   * blanks, commas, semicolons, parentheses and quotes), in whatever language it is written.
   */
  static Set<String> named(Problem problem) {
    List<String> values = problem.key().isEmpty() ? List.of(SEPARATORS.split(problem.message()))
        : problem.arguments();
    return new LinkedHashSet<>(values);
  }

  /** {@code text} as a period, or null when it is not one. */
  static Period period(String text) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
