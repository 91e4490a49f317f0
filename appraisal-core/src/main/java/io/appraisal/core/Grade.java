package io.appraisal.core;

import static com.google.common.base.Preconditions.checkArgument;
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
    checkArgument(!name.isBlank(), "grade name cannot be blank");
    checkArgument(Double.isFinite(minScore) && Math.abs(minScore) <= 1e12,
        "minScore of grade %s must be a finite number within ±1e12 but was: %s", name, minScore);
    checkArgument(quota > 0 && quota <= 1, "quota of grade %s must be in (0, 1] but was: %s", name, quota);
  }

  /** Whether the band limits the share of a category that earns it. */
  boolean hasQuota() {
    return quota < 1;
  }
}
