package io.appraisal.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Describes one parameter of a {@link RuleType}, for validation, documentation and the policy JSON Schema.
 *
 * @param name the parameter's key in the policy
 * @param type its JSON type
 * @param required whether the policy must give it
 * @param description what it means, with its unit
 */
@API(status = STABLE, since = "0.1")
public record ParameterSpec(String name, Type type, boolean required, String description) {
  /** The JSON type of a parameter. */
  @API(status = STABLE, since = "0.1")
  public enum Type {
    NUMBER,
    INTEGER,
    BOOLEAN,
    STRING,
    /** A list of objects or numbers; the rule type's description says of what. */
    LIST
  }

  public ParameterSpec {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(description, "description");
    checkArgument(!name.isBlank(), "parameter name cannot be blank");
  }

  public static ParameterSpec required(String name, Type type, String description) {
    return new ParameterSpec(name, type, true, description);
  }

  public static ParameterSpec optional(String name, Type type, String description) {
    return new ParameterSpec(name, type, false, description);
  }
}
