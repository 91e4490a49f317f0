package io.appraisal.bench;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Dataset;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.core.UnitResult;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A full recalculation of one period (30 min-max indicators, weighted arithmetic mean, 2-decimal rounding,
 * competition ranks overall and per category) four ways in the same JMH invocation, on the same generated numbers:
 * the engine; {@link Baseline}, the same math by hand over primitive arrays, ranking by a sort ({@code baseline}) or
 * by counting over the bounded keys ({@code counting}); and {@link DuckDbRanking}, one SQL query with window
 * functions. The set-up fails the run unless all four publish the same keys and ranks. {@code engineOneThread} is the
 * engine with {@code parallelism(1)}: the gain from the second core.
 *
 * <pre>
 * java -jar appraisal-bench/target/benchmarks.jar RecalculationBenchmark
 * java -jar appraisal-bench/target/benchmarks.jar RecalculationBenchmark -p units=67 -f 1 -wi 1 -i 1 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
// A fixed, pre-touched heap: a million-unit evaluation allocates ~0.8 GB, and first-touch page faults of a growing
// heap would otherwise be measured as part of the warm-up-dependent noise.
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class RecalculationBenchmark {
  static final long SEED = 20_241_231L;

  @Param({"67", "10000", "1000000"})
  public int units;

  private SyntheticData data;
  private Dataset dataset;
  private CompiledPolicy compiled;
  private CompiledPolicy compiledOneThread;
  private DuckDbRanking duckDb;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    data = SyntheticData.generate(units, SEED);
    dataset = data.dataset();
    compiled = AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(data.policy());
    compiledOneThread = AppraisalEngine.builder().rules(BuiltInRules.registry()).parallelism(1).build()
        .compile(data.policy());
    duckDb = new DuckDbRanking(data);
    // Fail fast on a broken setup (the engine throws InvalidInputException listing every problem), and unless the
    // four ways agree on every unit's key and ranks.
    Baseline.Ranks sorted = Baseline.compute(data.columns, data.lowerIsBetter, data.weights, data.category,
        SyntheticData.CATEGORIES);
    requireSame("engine", engineRanks(compiled.evaluate(dataset, SyntheticData.PERIOD)), sorted);
    requireSame("counting", Baseline.computeByCounting(data.columns, data.lowerIsBetter, data.weights,
        data.category, SyntheticData.CATEGORIES), sorted);
    requireSame("duckdb", duckDb.rank(), sorted);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    duckDb.close();
  }

  /** The engine's published keys and ranks in the baselines' form. */
  static Baseline.Ranks engineRanks(AppraisalResult result) {
    int n = result.size();
    long[] key = new long[n];
    int[] overall = new int[n];
    int[] inCategory = new int[n];
    for (int u = 0; u < n; u++) {
      UnitResult unit = result.unit(u);
      key[u] = unit.published().movePointRight(2).longValueExact();
      overall[u] = (int) unit.rank();
      inCategory[u] = (int) unit.categoryRank();
    }
    return new Baseline.Ranks(key, overall, inCategory);
  }

  /** @throws IllegalStateException naming the first unit where {@code actual} differs from the sort baseline */
  static void requireSame(String name, Baseline.Ranks actual, Baseline.Ranks expected) {
    for (int u = 0; u < expected.key.length; u++) {
      if (actual.key[u] != expected.key[u] || actual.overall[u] != expected.overall[u]
          || actual.inCategory[u] != expected.inCategory[u]) {
        throw new IllegalStateException(name + " disagrees with the sort baseline at unit " + u + ": score "
            + BigDecimal.valueOf(actual.key[u], 2) + ", rank " + actual.overall[u] + ", in category "
            + actual.inCategory[u] + " against " + BigDecimal.valueOf(expected.key[u], 2) + ", "
            + expected.overall[u] + ", " + expected.inCategory[u]);
      }
    }
  }

  /**
   * The engine: validation, scoring, aggregation, rounding and ranking, all computed eagerly by evaluate(), on every
   * available core (from 16,384 units).
   */
  @Benchmark
  public void engine(Blackhole blackhole) {
    AppraisalResult result = compiled.evaluate(dataset, SyntheticData.PERIOD);
    blackhole.consume(result);
  }

  /** The engine on the calling thread alone ({@code parallelism(1)}); {@code engine} uses every core. */
  @Benchmark
  public void engineOneThread(Blackhole blackhole) {
    blackhole.consume(compiledOneThread.evaluate(dataset, SyntheticData.PERIOD));
  }

  /** The same math by hand over primitive arrays, ranking by one sort. */
  @Benchmark
  public void baseline(Blackhole blackhole) {
    blackhole.consume(Baseline.compute(data.columns, data.lowerIsBetter, data.weights, data.category,
        SyntheticData.CATEGORIES));
  }

  /** The same math by hand, ranking by counting over the bounded published keys. */
  @Benchmark
  public void counting(Blackhole blackhole) {
    blackhole.consume(Baseline.computeByCounting(data.columns, data.lowerIsBetter, data.weights, data.category,
        SyntheticData.CATEGORIES));
  }

  /** The same math as one DuckDB query (statistics, weighted mean, rounding, RANK() windows), ranks read back. */
  @Benchmark
  public void duckdb(Blackhole blackhole) throws SQLException {
    blackhole.consume(duckDb.rank());
  }
}
