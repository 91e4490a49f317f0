package io.appraisal.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent pieces of an evaluation on several cores: the leaves' columns (each scored on its own) and ranges
 * of units (a group's points are computed unit by unit). Every piece writes only its own array elements, with the
 * same floating-point operations in the same order as a sequential run, so the result is bit for bit the same
 * whatever the number of threads. A parallelism above 1 runs in a fork-join pool of that many threads, shared by
 * every plan with that parallelism (its threads are daemons).
 */
final class Parallel {
  /** Below this many units an evaluation runs on the calling thread: splitting costs more than it saves. */
  static final int MIN_UNITS = 1 << 14;
  /**
   * Units per range, at most when there are more: a range is a few sequential passes over contiguous memory, and a
   * column's range (64 KiB of doubles) stays in the core's cache from one pass to the next.
   */
  private static final int RANGE = 1 << 13;
  private static final Map<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

  private final int parallelism;

  /** @param parallelism the threads to use; 1 for the calling thread alone */
  Parallel(int parallelism) {
    this.parallelism = parallelism;
  }

  /** Whether an evaluation of {@code units} units is split. */
  boolean splits(int units) {
    return parallelism > 1 && units >= MIN_UNITS;
  }

  /** Runs {@code task} for {@code 0..count−1}, on several threads when {@link #splits} says so for {@code units}. */
  void forEach(int units, int count, IntConsumer task) {
    if (!splits(units) || count < 2) {
      for (int i = 0; i < count; i++) {
        task.accept(i);
      }
      return;
    }
    ForkJoinPool pool = POOLS.computeIfAbsent(parallelism, ForkJoinPool::new);
    pool.submit(() -> IntStream.range(0, count).parallel().forEach(task)).join();
  }

  /** A task over the units {@code from..to−1}. */
  interface RangeTask {
    void run(int from, int to);
  }

  /**
   * Runs {@code task} over {@code 0..units−1} in contiguous ranges, in order on the calling thread, or on several
   * threads when {@link #splits} says so.
   */
  void forRanges(int units, RangeTask task) {
    int ranges = Math.max(splits(units) ? parallelism * 4 : 1, units / RANGE);
    forEach(units, ranges, r -> task.run((int) ((long) units * r / ranges), (int) ((long) units * (r + 1) / ranges)));
  }
}
