package io.appraisal.core.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A kind of scoring rule: the root type of the plug-in SPI.
 *
 * <p>Contract for implementers: a public no-argument constructor (so {@link java.util.ServiceLoader} can create it
 * when discovery is enabled); a stable, non-blank {@link #id()} unique across all registered types (registration
 * fails naming both classes otherwise); a non-blank {@link #version()}; {@link #create} must report every problem
 * with the parameters through {@link RuleParameters} instead of throwing, and must return a rule that is immutable
 * and safe to share between threads. Register a type by listing it in {@code
 * META-INF/services/io.appraisal.core.spi.RuleType} or by passing an instance to {@link
 * RuleRegistry.Builder#register}.
 */
@API(status = STABLE, since = "0.1")
public interface RuleType {
  /** The id a policy names this rule by, such as {@code deduction-per-incident}. */
  String id();

  /** The version of this rule type's behaviour; results record it. */
  String version();

  /** One sentence: what the rule does, with its formula. */
  String description();

  /** The parameters the rule takes; parameters not listed here are reported as unknown. */
  List<ParameterSpec> parameters();

  /**
   * Compiles parameters into a rule. Problems are reported through {@code parameters} (all of them, not just the
   * first); the returned rule is discarded when any were reported.
   */
  Rule create(RuleParameters parameters);
}
