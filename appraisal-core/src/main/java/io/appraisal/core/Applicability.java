package io.appraisal.core;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which units an indicator applies to: those in one of {@code categories} (any category when empty) that have every
 * one of {@code attributes}. A unit an indicator does not apply to is scored on a smaller maximum (得分率).
 */
@API(status = STABLE, since = "0.1")
public record Applicability(Set<String> categories, Set<String> attributes) {
  public static final Applicability ALL = new Applicability(Set.of(), Set.of());

  public Applicability {
    categories = ImmutableSortedSet.copyOf(categories);
    attributes = ImmutableSortedSet.copyOf(attributes);
  }

  public static Applicability categories(String... categoryIds) {
    return new Applicability(Set.of(categoryIds), Set.of());
  }

  public static Applicability attributes(String... attributes) {
    return new Applicability(Set.of(), Set.of(attributes));
  }

  public boolean appliesTo(Unit unit) {
    return (categories.isEmpty() || categories.contains(unit.category()))
        && unit.attributes().containsAll(attributes);
  }

  public boolean isAll() {
    return categories.isEmpty() && attributes.isEmpty();
  }
}
