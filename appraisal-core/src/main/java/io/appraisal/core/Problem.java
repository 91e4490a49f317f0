package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * One thing wrong with an input, located as precisely as the input allows.
 *
 * <p>The library's own problems are <em>keyed</em>: {@code key} names a text of the one resource bundle ({@link
 * Messages}) and {@code arguments} fill its {@code {0}}, {@code {1}}, ...; {@link #message()} is the English text and
 * {@link #message(Locale)} the text in Chinese or English. A problem made with free text ({@link #of}, or the
 * five-argument constructor, as a plug-in may) has an empty key and reads the same in every language.
 *
 * @param source the file (or logical source such as {@code "policy"}) the problem was found in
 * @param line the 1-based line or row, or 0 when the source has no lines
 * @param field the column, parameter or property concerned, or empty
 * @param value the offending value as written, or empty
 * @param message what is wrong, in a sentence fragment, in English
 * @param key the bundle key of the message, or empty for free text
 * @param arguments the values of the key's {@code {0}}, {@code {1}}, ... (empty for free text)
 */
@API(status = STABLE, since = "0.1")
public record Problem(String source, long line, String field, String value, String message, String key,
    List<String> arguments) {

  public Problem {
    requireNonNull(source, "source");
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(message, "message");
    requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
  }

  /** A problem with a free-text message (the same in every language). */
  public Problem(String source, long line, String field, String value, String message) {
    this(source, line, field, value, message, "", List.of());
  }

  /** A problem with no line, for inputs built in code, with a free-text message. */
  public static Problem of(String source, String field, String value, String message) {
    return new Problem(source, 0, field, value, message);
  }

  /**
   * A problem whose message is the bundle's text {@code key} with {@code arguments} (each by {@link
   * String#valueOf}; format numbers first, with {@link Locale#ROOT}).
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  @API(status = STABLE, since = "0.1")
  public static Problem keyed(String source, long line, String field, String value, String key,
      Object... arguments) {
    List<String> texts = Arrays.stream(arguments).map(String::valueOf).toList();
    return new Problem(source, line, field, value, Messages.english().text(key, texts.toArray()), key, texts);
  }

  /** {@link #keyed} with no line, for inputs built in code. */
  @API(status = STABLE, since = "0.1")
  public static Problem keyed(String source, String field, String value, String key, Object... arguments) {
    return keyed(source, 0, field, value, key, arguments);
  }

  /** The same problem found at {@code source}, line {@code line} (a reader locating what the engine found). */
  @API(status = STABLE, since = "0.1")
  public Problem at(String source, long line) {
    return new Problem(source, line, field, value, message, key, arguments);
  }

  /** The message in {@code locale}'s language (Chinese or English); free text as it is. */
  @API(status = STABLE, since = "0.1")
  public String message(Locale locale) {
    return key.isEmpty() ? message : Messages.of(locale).text(key, arguments.toArray());
  }

  /** Renders as {@code file:line: field 'f' = 'v': message}, the form every tool of the library prints. */
  @Override
  public String toString() {
    return Messages.english().problem(this);
  }
}
