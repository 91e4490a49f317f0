package io.appraisal.robustness;

/**
 * Seeds that depend on the run's seed and a sample's index only, never on the order samples are computed in: the
 * same seed gives the same bytes whether samples run in parallel or not.
 */
final class Seeds {
  private Seeds() {}

  /** One seed per factor for sample {@code index}. */
  static long[] factorSeeds(long seed, long index, int factors) {
    long[] seeds = new long[factors];
    long state = mix(seed ^ mix(index + 0x9E3779B97F4A7C15L));
    for (int f = 0; f < factors; f++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[f] = mix(state);
    }
    return seeds;
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser (as in SplittableRandom). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
