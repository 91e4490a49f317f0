package io.appraisal.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A scoring rule named by its type id with its parameters, as written in a policy. Parameter values are numbers,
 * strings, booleans, lists or maps of these (the JSON data model).
 */
public record RuleSpec(String type, Map<String, Object> parameters) {
  public RuleSpec {
    requireNonNull(type, "type");
    checkArgument(!type.isBlank(), "rule type cannot be blank");
    parameters = ImmutableMap.copyOf(parameters);
  }

  public static RuleSpec of(String type) {
    return new RuleSpec(type, Map.of());
  }

  public static RuleSpec of(String type, String key, Object value) {
    return new RuleSpec(type, Map.of(key, value));
  }

  public static RuleSpec of(String type, String k1, Object v1, String k2, Object v2) {
    return new RuleSpec(type, ImmutableMap.of(k1, v1, k2, v2));
  }

  public static RuleSpec of(String type, String k1, Object v1, String k2, Object v2, String k3, Object v3) {
    return new RuleSpec(type, ImmutableMap.of(k1, v1, k2, v2, k3, v3));
  }
}
