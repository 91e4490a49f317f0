package io.appraisal.core;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;

/** Thrown instead of computing anything when an input has problems; carries every problem found, not just the first. */
@API(status = STABLE, since = "0.1")
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(render(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    StringBuilder out = new StringBuilder();
    out.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in the input:");
    for (Problem problem : problems) {
      out.append(System.lineSeparator()).append("  ").append(problem);
    }
    return out.toString();
  }
}
