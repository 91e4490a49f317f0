package io.appraisal.robustness;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.TieBreak;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * How robust a ranking is to the uncertain choices of its method (OECD/JRC Handbook on Constructing Composite
 * Indicators, 2008, steps 6 and 7): an uncertainty analysis (the rank distribution of every unit over samples of
 * the choices), a variance-based sensitivity analysis ({@link Sobol} indices of each factor) and a
 * leave-one-indicator-out table.
 *
 * <pre>{@code
 * RobustnessAnalysis analysis = RobustnessAnalysis.builder(engine, policy, data, Period.parse("2022-Q4"))
 *     .uncertainty(Uncertainty.builder().weights("total", 0.10).build())
 *     .seed(2022)
 *     .build();                                   // checks the choices against the policy and data
 * UncertaintyResult result = analysis.uncertainty(10_000, 10);
 * }</pre>
 *
 * <p>Reproducible: sample i draws from seeds that depend on the seed and i alone, so the parallel run (on every
 * core, the default) gives exactly the sequential result. The review log (corrections) is not applied: the
 * analysis is of the method, on the data as given.
 */
public final class RobustnessAnalysis {
  /** Told how many of the run's evaluations are done; called from worker threads, one call at a time. */
  @FunctionalInterface
  public interface Progress {
    void done(long evaluations, long total);
  }

  /**
   * The most samples of one uncertainty analysis. Every sample keeps each unit's rank and grade (12 bytes a unit),
   * so a million samples of the 67-unit example hold about 0.8 GB; beyond that a run is a mistake, not a need.
   */
  public static final int MAX_SAMPLES = 1_000_000;

  private final Nominal nominal;
  /** The fast evaluation of samples, or null when the policy needs the engine for every sample. */
  private final FastPlan fast;
  private final Uncertainty uncertainty;
  private final long seed;
  private final boolean parallel;
  private final Progress progress;

  private RobustnessAnalysis(Builder builder) {
    this.nominal = new Nominal(builder.engine, builder.policy, builder.data, builder.period);
    this.uncertainty = builder.uncertainty;
    this.fast = builder.fastPath ? FastPlan.of(nominal, nominal.result, uncertainty) : null;
    this.seed = builder.seed;
    this.parallel = builder.parallel;
    this.progress = builder.progress;
  }

  public static Builder builder(AppraisalEngine engine, Policy policy, Dataset data, Period period) {
    return new Builder(engine, policy, data, period);
  }

  /**
   * Samples the choices {@code samples} times and ranks each sample; {@code k} is the rank threshold of {@link
   * UnitRobustness#probabilityWithinK()} (such as 10 for "in the top ten").
   */
  public UncertaintyResult uncertainty(int samples, int k) {
    if (samples < 1 || samples > MAX_SAMPLES || k < 1) {
      throw new IllegalArgumentException("samples must be in [1, " + MAX_SAMPLES + "] and k >= 1 but were: "
          + samples + ", " + k);
    }
    int factors = uncertainty.factors().size();
    Nominal.Outcome[] outcomes = run(samples, i -> Seeds.factorSeeds(seed, i, factors));
    return new UncertaintyResult(nominal, outcomes, k);
  }

  /**
   * First-order and total Sobol indices of every factor on every unit's rank and on the mean |Δrank|, from {@code
   * rows} rows of Saltelli's A and B matrices ({@code rows × (factors + 2)} evaluations), with standard errors from
   * {@code bootstrap} resamples.
   */
  public SensitivityResult sensitivity(int rows, int bootstrap) {
    int factors = uncertainty.factors().size();
    Sobol.checkDesign(factors, rows, bootstrap);
    Nominal.Outcome[] outcomes = run(Sobol.runs(rows, factors), run -> Sobol.layout(seed, factors, run));
    return new SensitivityResult(nominal, uncertainty.factors(), outcomes, rows, bootstrap, seed);
  }

  /**
   * Each unit's rank change when one indicator is removed (its siblings share its weight), for every indicator that
   * can be removed: not the root, not an only child, not one a tie-break needs.
   */
  public LeaveOneOut leaveOneOut() {
    List<String> removable = new ArrayList<>();
    for (Indicator node : nominal.policy.indicators()) {
      Indicator parent = nominal.parent(node.id());
      boolean tieBreak = nominal.policy.ranking().tieBreaks().stream().map(TieBreak::indicator)
          .anyMatch(node.id()::equals);
      if (parent != null && parent.children().size() > 1 && !tieBreak) {
        removable.add(node.id());
      }
    }
    double[][] shifts = new double[removable.size()][];
    for (int i = 0; i < shifts.length; i++) {
      Variant variant = new Variant();
      variant.excluded.add(removable.get(i));
      double[] ranks = evaluate(variant).ranks();
      for (int u = 0; u < ranks.length; u++) {
        ranks[u] -= nominal.ranks[u];
      }
      shifts[i] = ranks;
    }
    return new LeaveOneOut(nominal.units(), removable, shifts);
  }

  /** The sample's ranks and grades: by the fast plan, or by the engine where the plan steps aside. */
  Nominal.Outcome evaluate(Variant variant) {
    Nominal.Outcome outcome = fast == null ? null : fast.evaluate(variant);
    return outcome != null ? outcome : nominal.evaluate(variant);
  }

  private Nominal.Outcome[] run(int count, IntFunction<long[]> seeds) {
    Nominal.Outcome[] outcomes = new Nominal.Outcome[count];
    AtomicLong done = new AtomicLong();
    long every = Math.max(1, count / 100);
    IntStream indices = IntStream.range(0, count);
    (parallel ? indices.parallel() : indices).forEach(i -> {
      outcomes[i] = evaluate(uncertainty.draw(seeds.apply(i), nominal));
      long finished = done.incrementAndGet();
      if (progress != null && (finished % every == 0 || finished == count)) {
        synchronized (progress) {
          progress.done(finished, count);
        }
      }
    });
    return outcomes;
  }

  /** Builds a {@link RobustnessAnalysis}. */
  public static final class Builder {
    private final AppraisalEngine engine;
    private final Policy policy;
    private final Dataset data;
    private final Period period;
    private Uncertainty uncertainty = Uncertainty.NONE;
    private long seed = 1;
    private boolean parallel = true;
    private boolean fastPath = true;
    private Progress progress;

    private Builder(AppraisalEngine engine, Policy policy, Dataset data, Period period) {
      this.engine = requireNonNull(engine, "engine");
      this.policy = requireNonNull(policy, "policy");
      this.data = requireNonNull(data, "data");
      this.period = requireNonNull(period, "period");
    }

    public Builder uncertainty(Uncertainty uncertainty) {
      this.uncertainty = requireNonNull(uncertainty, "uncertainty");
      return this;
    }

    /** The seed: the same seed, inputs and sample count give the same result, bit for bit. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Whether samples run on every core (default true); the result is the same either way. */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /**
     * Whether samples are evaluated by a numeric plan compiled once (default true) rather than each by the whole
     * engine (policy rebuilt and compiled, data rebuilt, result explained). The results are the same bit for bit;
     * false is for checking that, and for timing the difference.
     */
    public Builder fastPath(boolean fastPath) {
      this.fastPath = fastPath;
      return this;
    }

    public Builder progress(Progress progress) {
      this.progress = requireNonNull(progress, "progress");
      return this;
    }

    /**
     * Checks the choices against the policy (and each alternative rule and aggregation by compiling it) and
     * evaluates the nominal ranking.
     *
     * @throws InvalidInputException listing every problem with the choices, the policy or the data
     */
    public RobustnessAnalysis build() {
      List<Problem> problems = new ArrayList<>(uncertainty.problems(policy));
      if (problems.isEmpty()) {
        problems.addAll(uncertainty.alternativeProblems(policy, engine));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      return new RobustnessAnalysis(this);
    }
  }
}
