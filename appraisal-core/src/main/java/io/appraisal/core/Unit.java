package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An appraised entity: a municipal department, a county, a country.
 *
 * @param id stable identifier used in data files
 * @param name display name
 * @param category the id of the unit's {@link Category}
 * @param attributes flags that decide which indicators apply, such as {@code enforcement}
 */
@API(status = STABLE, since = "0.1")
public record Unit(String id, String name, String category, Set<String> attributes) {
  public Unit {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(category, "category");
    check(!id.isBlank(), "problem.core.argument.unit-id-blank");
    attributes = ImmutableSortedSet.copyOf(attributes);
  }

  public static Unit of(String id, String name, String category, String... attributes) {
    return new Unit(id, name, category, Set.of(attributes));
  }

  public boolean has(String attribute) {
    return attributes.contains(attribute);
  }
}
