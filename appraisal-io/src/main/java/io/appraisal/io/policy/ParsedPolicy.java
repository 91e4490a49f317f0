package io.appraisal.io.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A policy read from a file, with where each of its fields was written, so that problems the engine finds later
 * (unknown rule types, bad rule parameters) can be reported at a line of the file.
 *
 * <pre>{@code
 * ParsedPolicy parsed = PolicyFiles.parse(Path.of("policy.yaml"));
 * try {
 *   engine.compile(parsed.policy());
 * } catch (InvalidInputException e) {
 *   throw parsed.locate(e); // policy.yaml:41: field 'indicators.3.2.rule.perIncident' ...
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ParsedPolicy {
  private final Policy policy;
  private final String source;
  private final ImmutableMap<String, Location> locations;

  ParsedPolicy(Policy policy, String source, Map<String, Location> locations) {
    this.policy = policy;
    this.source = source;
    this.locations = ImmutableMap.copyOf(locations);
  }

  public Policy policy() {
    return policy;
  }

  /** The file name the policy was read from, as problems name it. */
  public String source() {
    return source;
  }

  /**
   * Places a problem the engine reported about this policy (source {@code "policy <id>"}, no line) in the file: at
   * the field it names, else at the nearest enclosing field written, at the line of the file, with its message (and
   * its bundle key) unchanged. Any other problem is returned unchanged.
   */
  public Problem locate(Problem problem) {
    requireNonNull(problem, "problem");
    if (problem.line() > 0 || !problem.source().equals("policy " + policy.id())) {
      return problem;
    }
    Location at = locations.get(problem.field() + "=" + problem.value());
    // Shorten the path until a written field is found; the document itself is at the empty path.
    for (String field = problem.field(); at == null; field = field.substring(0, Math.max(field.lastIndexOf('.'), 0))) {
      at = locations.get(field);
    }
    return problem.at(source, at.line());
  }

  /** {@link #locate(Problem) Locates} every problem of {@code exception}. */
  public InvalidInputException locate(InvalidInputException exception) {
    requireNonNull(exception, "exception");
    return new InvalidInputException(
        exception.problems().stream().map(this::locate).collect(ImmutableList.toImmutableList()));
  }
}
