package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A grade band: a unit earns it with a published score of at least {@code minScore}, provided it is also within the
 * best {@code quota} share of its category (1 means no quota).
 */
@API(status = STABLE, since = "0.1")
public record Grade(String name, double minScore, double quota) {
  public Grade {
    requireNonNull(name, "name");
    check(!name.isBlank(), "problem.core.argument.grade-name-blank");
    check(Double.isFinite(minScore) && Math.abs(minScore) <= 1e12, "problem.core.argument.grade-min-score", name,
        minScore);
    check(quota > 0 && quota <= 1, "problem.core.argument.grade-quota", name, quota);
  }

  /** Whether the band limits the share of a category that earns it. */
  boolean hasQuota() {
    return quota < 1;
  }
}
