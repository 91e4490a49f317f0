package io.appraisal.bench;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Dataset;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.WhatIf;
import io.appraisal.rules.BuiltInRules;
import java.util.SplittableRandom;
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
 * A what-if ({@link WhatIf}) over {@link SyntheticData}'s million units and 30 leaves, against a full recalculation in
 * the same run: leaves with fixed goalposts 0 and 100 ({@code rule=goalposts}) or min-max ({@code rule=min-max}).
 *
 * <ul>
 *   <li>{@code update}: one random unit's value on one random leaf set to a random value in 30..70 (inside every
 *       column's range, so a min-max column's minimum and maximum stay), then the unit's rank read;
 *   <li>{@code newMaximum}: a unit's value set alternately to 100, above every value of the column, and back: for
 *       min-max the column's maximum moves both times, so every unit's points move (the worst case);
 *   <li>{@code full}: {@code CompiledPolicy.evaluate}, for the ratio.
 * </ul>
 *
 * <pre>
 * java -jar appraisal-bench/target/benchmarks.jar WhatIfBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class WhatIfBenchmark {
  @Param({"1000000"})
  public int units;

  @Param({"goalposts", "min-max"})
  public String rule;

  private SyntheticData data;
  private Dataset dataset;
  private CompiledPolicy compiled;
  private WhatIf whatIf;
  private final SplittableRandom random = new SplittableRandom(RecalculationBenchmark.SEED);
  private String[] unitIds;
  private boolean atMaximum;

  @Setup(Level.Trial)
  public void setUp() {
    data = SyntheticData.generate(units, RecalculationBenchmark.SEED);
    dataset = data.dataset();
    RuleSpec spec = rule.equals("goalposts") ? RuleSpec.of("goalposts", "lower", 0, "upper", 100)
        : RuleSpec.of(rule);
    compiled = AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(data.policy(spec));
    whatIf = compiled.whatIf(dataset, SyntheticData.PERIOD);
    if (!whatIf.incremental()) {
      throw new IllegalStateException("the what-if of rule " + rule + " is not incremental");
    }
    unitIds = data.units.stream().map(unit -> unit.id()).toArray(String[]::new);
  }

  @Benchmark
  public double update() {
    String unit = unitIds[random.nextInt(unitIds.length)];
    whatIf.set(unit, data.indicatorIds[random.nextInt(SyntheticData.INDICATORS)], random.nextDouble(30, 70));
    return whatIf.rank(unit);
  }

  @Benchmark
  public double newMaximum() {
    atMaximum = !atMaximum;
    whatIf.set(unitIds[0], data.indicatorIds[0], atMaximum ? 100 : data.columns[0][0]);
    return whatIf.rank(unitIds[0]);
  }

  @Benchmark
  public void full(Blackhole blackhole) {
    blackhole.consume(compiled.evaluate(dataset, SyntheticData.PERIOD));
  }
}
