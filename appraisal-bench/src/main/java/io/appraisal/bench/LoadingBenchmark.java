package io.appraisal.bench;

import io.appraisal.io.DatasetFiles;
import io.appraisal.io.LoadedDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

/**
 * Loading a generated data directory ({@link BigData}: {@code units} units × 30 indicators, one quarter) the way
 * every reader of the library does ({@code DatasetFiles.read}: decoding checks, located problems, one {@code double[]}
 * per indicator), against {@link Tokenise}'s floor over the same {@code values.csv} (line by line, split, parse,
 * nothing kept), in the same run. Single shots: one load is seconds long.
 *
 * <pre>
 * java -jar appraisal-bench/target/benchmarks.jar LoadingBenchmark -f 1 -wi 2 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class LoadingBenchmark {
  @Param({"200000", "1000000"})
  public int units;

  private Path dir;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("appraisal-loading");
    BigData.write(dir, units);
    LoadedDataset check = DatasetFiles.read(dir);
    if (!check.parseProblems().isEmpty() || check.dataset().size() != units) {
      throw new IllegalStateException("the generated data does not load cleanly: " + check.parseProblems());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> {
        try {
          Files.delete(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** The library's load of the directory (units, values, adjustments). */
  @Benchmark
  public LoadedDataset load() {
    return DatasetFiles.read(dir);
  }

  /** The floor: {@code values.csv} read line by line, split and parsed. */
  @Benchmark
  public double[] tokenise() throws IOException {
    return Tokenise.sumAndCount(dir.resolve(DatasetFiles.VALUES));
  }
}
