package io.appraisal.bench;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Period;
import io.appraisal.example.ExampleData;
import io.appraisal.robustness.RobustnessAnalysis;
import io.appraisal.robustness.UncertaintyFile;
import io.appraisal.robustness.UncertaintyResult;
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

/**
 * The uncertainty analysis of the bundled example (67 units, 2022-Q4) with every choice of its illustrative
 * uncertainty file uncertain (weights, normalisations, aggregation, noise, exclusions): 10,000 samples on every
 * core, wall time per run. Samples go through the fast plan; {@code -p fastPath=false} times the same samples
 * through the whole engine (policy rebuilt and compiled, data rebuilt, result explained), the same result slower.
 *
 * <pre>
 * java -jar appraisal-bench/target/benchmarks.jar RobustnessBenchmark -f 1 -wi 2 -i 3
 * java -jar appraisal-bench/target/benchmarks.jar RobustnessBenchmark -f 1 -wi 1 -i 1 -p fastPath=false
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class RobustnessBenchmark {
  static final int SAMPLES = 10_000;

  /** Whether samples go through the fast plan (the default) or each through the whole engine. */
  @Param({"true"})
  public boolean fastPath;

  private RobustnessAnalysis analysis;

  @Setup(Level.Trial)
  public void setUp() {
    UncertaintyFile.Parsed uncertainty = UncertaintyFile.readResource(ExampleData.class.getClassLoader(),
        ExampleData.RESOURCE_FOLDER + "uncertainty.yaml");
    analysis = RobustnessAnalysis.builder(AppraisalEngine.builder().rules(BuiltInRules.registry()).build(),
            ExampleData.policy(), ExampleData.dataset(), Period.parse("2022-Q4"))
        .uncertainty(uncertainty.uncertainty())
        .seed(uncertainty.seed())
        .fastPath(fastPath)
        .build();
  }

  @Benchmark
  public UncertaintyResult tenThousandSamples() {
    return analysis.uncertainty(SAMPLES, 10);
  }
}
