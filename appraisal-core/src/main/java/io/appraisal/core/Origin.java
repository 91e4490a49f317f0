package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where an input item was read from, so that a problem with it can name the file and line.
 *
 * @param source the file name
 * @param line the 1-based line or row
 */
@API(status = STABLE, since = "0.1")
public record Origin(String source, long line) {
  /** Items built in code. */
  public static final Origin CODE = new Origin("dataset", 0);

  public Origin {
    requireNonNull(source, "source");
  }

  /** A problem found here: the bundle's text {@code key} with {@code arguments} (see {@link Problem#keyed}). */
  Problem problem(String field, String value, String key, Object... arguments) {
    return Problem.keyed(source, line, field, value, key, arguments);
  }
}
