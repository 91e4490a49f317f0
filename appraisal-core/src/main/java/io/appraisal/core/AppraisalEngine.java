package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.appraisal.core.spi.RuleRegistry;
import org.apiguardian.api.API;

/**
 * The entry point: compiles policies with the rule types it knows and evaluates them.
 *
 * <pre>{@code
 * AppraisalEngine engine = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();
 * AppraisalResult result = engine.evaluate(policy, dataset, Period.parse("2022-Q4"));
 * }</pre>
 *
 * <p>Compiled plans are cached per policy instance (policies are immutable), so evaluating the same policy every
 * quarter compiles it once.
 */
@API(status = STABLE, since = "0.1")
public final class AppraisalEngine {
  private final RuleRegistry rules;
  private final Cache<Policy, CompiledPolicy> plans;
  private final int parallelism;

  private AppraisalEngine(Builder builder) {
    this.rules = builder.rules;
    this.parallelism = builder.parallelism;
    this.plans = Caffeine.newBuilder().weakKeys().maximumSize(builder.planCacheSize).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public RuleRegistry rules() {
    return rules;
  }

  /**
   * Checks and compiles a policy.
   *
   * @throws InvalidInputException listing every problem with the policy
   */
  public CompiledPolicy compile(Policy policy) {
    requireNonNull(policy, "policy");
    return plans.get(policy, p -> PolicyCompiler.compile(rules, p, parallelism));
  }

  /** Compiles (or reuses) the policy and evaluates one period. */
  public AppraisalResult evaluate(Policy policy, Dataset data, Period period) {
    return compile(policy).evaluate(data, period);
  }

  /** Builds an {@link AppraisalEngine}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private RuleRegistry rules;
    private long planCacheSize = 64;
    private int parallelism = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    public Builder rules(RuleRegistry rules) {
      if (this.rules != null) {
        throw new IllegalStateException("rules were already set");
      }
      this.rules = requireNonNull(rules, "rules");
      return this;
    }

    public Builder planCacheSize(long size) {
      if (size < 0) {
        throw new IllegalArgumentException("planCacheSize cannot be negative but was: " + size);
      }
      this.planCacheSize = size;
      return this;
    }

    /**
     * How many threads one evaluation of a large population (from about 16,000 units) may use: the leaves' columns
     * are scored, and the groups' points computed over ranges of units, in parallel. The result is the same bit for
     * bit whatever the number. Default: the available processors; 1 evaluates on the calling thread alone. Rules are
     * then called from several threads at once, each on its own column.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1 but was: " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    public AppraisalEngine build() {
      if (rules == null) {
        throw new IllegalStateException("an engine needs rules: call rules(...) before build()");
      }
      return new AppraisalEngine(this);
    }
  }
}
