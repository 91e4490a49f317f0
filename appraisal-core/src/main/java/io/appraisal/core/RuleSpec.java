package io.appraisal.core;

import static com.google.common.base.Preconditions.checkArgument;
import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A scoring rule named by its type id with its parameters, as written in a policy. Parameter values are numbers,
 * strings, booleans, lists or maps of these (the JSON data model). They are copied all the way down into immutable
 * lists and maps, so that nothing a caller changes after building can change a compiled policy or its hash.
 */
@API(status = STABLE, since = "0.1")
public record RuleSpec(String type, Map<String, Object> parameters) {
  public RuleSpec {
    requireNonNull(type, "type");
    check(!type.isBlank(), "problem.core.argument.rule-type-blank");
    parameters = copyMap(type, parameters);
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

  private static ImmutableMap<String, Object> copyMap(String path, Map<?, ?> map) {
    ImmutableMap.Builder<String, Object> copy = ImmutableMap.builderWithExpectedSize(map.size());
    map.forEach((key, value) -> {
      checkArgument(key instanceof String, "parameter keys of rule %s must be strings but %s was: %s", path, key,
          key == null ? null : key.getClass().getName());
      copy.put((String) key, copy(path + "." + key, value));
    });
    return copy.buildOrThrow();
  }

  private static Object copy(String path, Object value) {
    requireNonNull(value, path);
    if (value instanceof Map<?, ?> map) {
      return copyMap(path, map);
    }
    if (value instanceof List<?> list) {
      ImmutableList.Builder<Object> copy = ImmutableList.builderWithExpectedSize(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(copy(path + "[" + i + "]", list.get(i)));
      }
      return copy.build();
    }
    checkArgument(value instanceof String || value instanceof Boolean || value instanceof Double
            || value instanceof Float || value instanceof Long || value instanceof Integer || value instanceof Short
            || value instanceof Byte || value instanceof BigDecimal || value instanceof BigInteger,
        "rule parameter %s must be a number, string, boolean, list or map but was a %s: %s", path,
        value.getClass().getName(), value);
    return value;
  }
}
