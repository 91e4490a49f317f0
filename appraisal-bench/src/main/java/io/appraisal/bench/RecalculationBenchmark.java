package io.appraisal.bench;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Dataset;
import io.appraisal.rules.BuiltInRules;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A full recalculation of one period (30 min-max indicators, weighted arithmetic mean, 2-decimal rounding,
 * competition ranks overall and per category) by the engine, against {@link Baseline}, the same math by hand over
 * primitive arrays. Both run in the same JMH invocation on the same generated numbers.
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

  @Setup(Level.Trial)
  public void setUp() {
    data = SyntheticData.generate(units, SEED);
    dataset = data.dataset();
    compiled = AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(data.policy());
    // Fail fast on a broken setup (the engine throws InvalidInputException listing every problem).
    compiled.evaluate(dataset, SyntheticData.PERIOD);
  }

  /** The engine: validation, scoring, aggregation, rounding and ranking, all computed eagerly by evaluate(). */
  @Benchmark
  public void engine(Blackhole blackhole) {
    AppraisalResult result = compiled.evaluate(dataset, SyntheticData.PERIOD);
    blackhole.consume(result);
  }

  /** The same math by hand over primitive arrays. */
  @Benchmark
  public void baseline(Blackhole blackhole) {
    blackhole.consume(Baseline.compute(data.columns, data.lowerIsBetter, data.weights, data.category,
        SyntheticData.CATEGORIES));
  }
}
