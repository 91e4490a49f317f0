package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * An argument that a constructor, builder or parser of the library refuses (a blank id, a weight out of range, a
 * period that is not one), with the reason as a text of the one resource bundle ({@link Messages}): {@link #key()}
 * names the text, {@link #arguments()} fill its {@code {0}}, {@code {1}}, ...; {@link #getMessage()} is the English
 * text and {@link #message(Locale)} the text in Chinese or English. A reader that builds the model from a file turns
 * it into located {@link Problem}s with {@link #problems}.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidArgumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final List<String> arguments;

  /**
   * The refusal whose reason is the bundle's text {@code key} with {@code arguments} (each by {@link
   * String#valueOf}).
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  @API(status = INTERNAL, since = "0.1")
  public InvalidArgumentException(String key, Object... arguments) {
    this(requireNonNull(key, "key"), Arrays.stream(arguments).map(String::valueOf).toList());
  }

  private InvalidArgumentException(String key, List<String> arguments) {
    super(Messages.english().text(key, arguments.toArray()));
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * Throws an {@link InvalidArgumentException} with the bundle's text {@code key} and {@code arguments} unless
   * {@code condition} holds: the argument check of the library's constructors and builders.
   */
  @API(status = INTERNAL, since = "0.1")
  public static void check(boolean condition, String key, Object... arguments) {
    if (!condition) {
      throw new InvalidArgumentException(key, arguments);
    }
  }

  /** The bundle key of the reason. */
  public String key() {
    return key;
  }

  /** The values of the key's {@code {0}}, {@code {1}}, ... as strings. */
  public List<String> arguments() {
    return arguments;
  }

  /** The reason in {@code locale}'s language (Chinese or English). */
  public String message(Locale locale) {
    return Messages.of(locale).text(key, arguments.toArray());
  }

  /**
   * This refusal, then each refusal it suppresses (an argument with several faults, such as an AHP matrix, is
   * refused for all of them at once), as keyed problems of {@code source} at {@code line}, {@code field} and {@code
   * value}.
   */
  public List<Problem> problems(String source, long line, String field, String value) {
    List<Problem> problems = new ArrayList<>();
    problems.add(Problem.keyed(source, line, field, value, key, arguments.toArray()));
    for (Throwable suppressed : getSuppressed()) {
      if (suppressed instanceof InvalidArgumentException also) {
        problems.add(Problem.keyed(source, line, field, value, also.key, also.arguments.toArray()));
      }
    }
    return problems;
  }
}
