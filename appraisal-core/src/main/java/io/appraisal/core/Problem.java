package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One thing wrong with an input, located as precisely as the input allows.
 *
 * @param source the file (or logical source such as {@code "policy"}) the problem was found in
 * @param line the 1-based line or row, or 0 when the source has no lines
 * @param field the column, parameter or property concerned, or empty
 * @param value the offending value as written, or empty
 * @param message what is wrong, in a sentence fragment
 */
@API(status = STABLE, since = "0.1")
public record Problem(String source, long line, String field, String value, String message) {

  public Problem {
    requireNonNull(source, "source");
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(message, "message");
  }

  /** A problem with no line, for inputs built in code. */
  public static Problem of(String source, String field, String value, String message) {
    return new Problem(source, 0, field, value, message);
  }

  /** Renders as {@code file:line: field 'f' = 'v': message}, the form every tool of the library prints. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(source);
    if (line > 0) {
      out.append(':').append(line);
    }
    out.append(": ");
    if (!field.isEmpty()) {
      out.append("field '").append(field).append('\'');
      if (!value.isEmpty()) {
        out.append(" = '").append(value).append('\'');
      }
      out.append(": ");
    }
    return out.append(message).toString();
  }
}
