package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A class of units ranked among themselves (分类考核), such as party-committee departments.
 *
 * @param id stable identifier used in data files
 * @param name display name
 */
@API(status = STABLE, since = "0.1")
public record Category(String id, String name) {
  public Category {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    check(!id.isBlank(), "problem.core.argument.category-id-blank");
  }
}
