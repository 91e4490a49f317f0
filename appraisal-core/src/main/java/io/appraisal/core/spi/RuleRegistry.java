package io.appraisal.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSortedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import org.apiguardian.api.API;

/** The rule types an engine knows, by id. Immutable once built. */
@API(status = STABLE, since = "0.1")
public final class RuleRegistry {
  private final ImmutableSortedMap<String, RuleType> types;

  private RuleRegistry(Map<String, RuleType> types) {
    this.types = ImmutableSortedMap.copyOf(types);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<RuleType> find(String id) {
    return Optional.ofNullable(types.get(id));
  }

  /** Every registered type, by id. */
  public SortedMap<String, RuleType> types() {
    return types;
  }

  /** Collects rule types; duplicate ids fail naming both classes. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final Map<String, RuleType> types = new LinkedHashMap<>();

    private Builder() {}

    public Builder register(RuleType type) {
      requireNonNull(type, "type");
      String id = type.id();
      checkArgument(id != null && !id.isBlank(), "rule type %s has no id", type.getClass().getName());
      checkArgument(type.version() != null && !type.version().isBlank(),
          "rule type '%s' (%s) has no version", id, type.getClass().getName());
      RuleType existing = types.putIfAbsent(id, type);
      checkArgument(existing == null, "rule type id '%s' is registered twice: by %s and by %s",
          id, existing == null ? "" : existing.getClass().getName(), type.getClass().getName());
      return this;
    }

    public Builder registerAll(Iterable<? extends RuleType> types) {
      types.forEach(this::register);
      return this;
    }

    /** Adds every rule type that {@link ServiceLoader} finds through {@code loader}: an explicit opt-in. */
    public Builder discover(ClassLoader loader) {
      ServiceLoader.load(RuleType.class, loader).forEach(this::register);
      return this;
    }

    public RuleRegistry build() {
      return new RuleRegistry(types);
    }
  }
}
