package io.appraisal.bench;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Dataset;
import io.appraisal.rules.BuiltInRules;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One point of docs/SCALE.md's curve: generates {@link SyntheticData} of {@code n} units, builds the dataset,
 * evaluates it {@code runs} times and prints one Markdown table row: units, the median and fastest evaluation time,
 * the heap the dataset holds, the heap's peak during the evaluations (the sum of the pools' peaks, an upper bound)
 * and the process's peak resident memory ({@code VmHWM}, generation included). Run each size in a fresh
 * JVM so that the peaks are its own:
 *
 * <pre>
 * java -Xmx16g -cp appraisal-bench/target/benchmarks.jar io.appraisal.bench.ScaleCurve 1000000 5
 * java -Xmx16g -cp appraisal-bench/target/benchmarks.jar io.appraisal.bench.ScaleCurve 10000000 1 1
 * </pre>
 *
 * <p>Arguments: units; timed evaluations (default 5); the most warm-up evaluations (default 2,000, stopping after
 * 20 seconds; at least one); the way, {@code engine} (default), {@code baseline} or {@code counting}: the peak
 * memory of each way in a JVM of its own.
 */
public final class ScaleCurve {
  private ScaleCurve() {}

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    String way = args.length > 3 ? args[3] : "engine";
    Supplier<Object> evaluation = evaluation(way, n);
    // Warm-up (the JIT compiles the evaluation): at least one, up to warmUps within 20 seconds.
    long warmUntil = System.nanoTime() + 20_000_000_000L;
    for (int w = 0; w < warmUps && (w == 0 || System.nanoTime() < warmUntil); w++) {
      evaluation.get();
    }
    long held = usedAfterGc(); // the dataset alone: the generated arrays are garbage by now
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    double[] millis = new double[runs];
    Object result = null;
    for (int r = 0; r < runs; r++) {
      result = null; // the previous result is garbage while the next one is computed, as in a server
      long start = System.nanoTime();
      result = evaluation.get();
      millis[r] = (System.nanoTime() - start) / 1e6;
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    Arrays.sort(millis);
    System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %,d | %,d | %,d |%n", n, millis[runs / 2], millis[0],
        held >> 20, peak >> 20, residentPeak() >> 20);
    int evaluated = result instanceof AppraisalResult r ? r.size() : ((Baseline.Ranks) result).key.length;
    if (evaluated != n) {
      throw new IllegalStateException("evaluated " + evaluated + " of " + n + " units");
    }
  }

  /**
   * One evaluation of the way named: {@code engine} (the dataset built, the policy compiled), or the hand-written
   * {@code baseline} (ranking by a sort) or {@code counting} over the generated columns, which they hold instead.
   */
  private static Supplier<Object> evaluation(String way, int n) {
    SyntheticData data = SyntheticData.generate(n, RecalculationBenchmark.SEED);
    switch (way) {
      case "engine" -> {
        Dataset dataset = data.dataset();
        CompiledPolicy compiled = AppraisalEngine.builder().rules(BuiltInRules.registry()).build()
            .compile(data.policy());
        return () -> compiled.evaluate(dataset, SyntheticData.PERIOD);
      }
      case "baseline" -> {
        return () -> Baseline.compute(data.columns, data.lowerIsBetter, data.weights, data.category,
            SyntheticData.CATEGORIES);
      }
      case "counting" -> {
        return () -> Baseline.computeByCounting(data.columns, data.lowerIsBetter, data.weights, data.category,
            SyntheticData.CATEGORIES);
      }
      default -> throw new IllegalArgumentException("way must be engine, baseline or counting but was: " + way);
    }
  }

  private static long usedAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The process's peak resident set in bytes (Linux {@code VmHWM}), or -1 elsewhere. */
  private static long residentPeak() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) << 10;
      }
    }
    return -1;
  }
}
