package io.appraisal.bench;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Period;
import io.appraisal.example.ExampleData;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.results.RankingReport;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.xlsx.XlsxWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the result workbook ({@link XlsxWriter#bytes}): the bundled example's 2022-Q4 (67 units, 24 indicators,
 * with the previous quarter's movement) and the generated workload of {@link SyntheticData} (30 indicators) for
 * 10,000 units, whose breakdown sheet has 310,000 rows.
 *
 * <pre>
 * java -jar appraisal-bench/target/benchmarks.jar XlsxWriteBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g",
    "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
public class XlsxWriteBenchmark {
  /** {@code 67}: the bundled example; any other number: that many generated units. */
  @Param({"67", "10000"})
  public int units;

  private RankingReport report;

  @Setup
  public void setUp() {
    report = report(units);
  }

  /** The report written: the example's 2022-Q4 for 67, else {@link SyntheticData} of that size. */
  static RankingReport report(int units) {
    AppraisalEngine engine = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();
    if (units == 67) {
      LoadedDataset data = ExampleData.load();
      CompiledPolicy policy = engine.compile(ExampleData.policy());
      return RankingReport.withPrevious(policy, data.dataset(),
          data.evaluate(policy, Period.parse("2022-Q4")));
    }
    SyntheticData data = SyntheticData.generate(units, RecalculationBenchmark.SEED);
    return RankingReport.of(engine.compile(data.policy()).evaluate(data.dataset(), SyntheticData.PERIOD));
  }

  @Benchmark
  public byte[] write() {
    return XlsxWriter.bytes(report);
  }
}
