package io.appraisal.bench;

import java.util.Arrays;

/**
 * The same recalculation written by hand over primitive arrays, with no validation, no explanation data and no
 * plug-in indirection: what the engine is measured against.
 *
 * <p>Per column: min-max normalise (reversed when lower is better), add {@code weight × fraction} to the unit's
 * accumulator. Then score rate = {@code clamp01(acc / Σweight) × 100}; published key = the rate rounded to 2
 * decimals, half up, as a long ({@code Math.round(rate × 100)}). Two ways to rank, measured side by side: {@link
 * #compute} sorts packed {@code (descending key, unit)} longs once and takes the ranks overall and per category in
 * one pass over that order; {@link #computeByCounting} needs no sort (a histogram of the bounded keys).
 *
 * <p>The floating-point operations are done in the engine's order (the min-max rule's {@code (x − min) × (1 /
 * span)}, {@code 1 − f} for lower-is-better, children added in policy order), so the rates are bit-for-bit the
 * engine's. Ranks are taken on rounded keys, as the engine ranks on published scores: {@code Math.round(x × 100)}
 * equals the engine's half-up rounding of the shortest decimal except for a rate within about 1e-9 of a half-cent
 * boundary, which the generated data does not produce (the agreement test checks it).
 */
public final class Baseline {
  /** The largest published key: a score rate of 100.00 times 10^2. */
  static final long MAX_KEY = 10_000;

  private Baseline() {}

  /** Ranks by dataset index: overall and within the unit's category (competition: ties share the best rank). */
  public static final class Ranks {
    public final long[] key;
    public final int[] overall;
    public final int[] inCategory;

    Ranks(long[] key, int[] overall, int[] inCategory) {
      this.key = key;
      this.overall = overall;
      this.inCategory = inCategory;
    }
  }

  /** The sort baseline: {@link #keys}, then one primitive sort of packed {@code (descending key, unit)} longs. */
  public static Ranks compute(double[][] columns, boolean[] lowerIsBetter, double[] weights, int[] category,
      int categories) {
    long[] key = keys(columns, lowerIsBetter, weights, category.length);
    int n = key.length;
    long[] packed = new long[n];
    for (int u = 0; u < n; u++) {
      // key is in 0..MAX_KEY: MAX_KEY - key sorts best first; the unit index in the low 32 bits.
      packed[u] = (MAX_KEY - key[u]) << 32 | u;
    }
    Arrays.sort(packed);
    int[] overall = new int[n];
    int[] inCategory = new int[n];
    int[] seen = new int[categories];
    long[] lastKey = new long[categories];
    int[] lastRank = new int[categories];
    Arrays.fill(lastKey, -1);
    long previous = -1;
    int rank = 0;
    for (int i = 0; i < n; i++) {
      int u = (int) packed[i];
      long k = packed[i] >>> 32;
      if (k != previous) {
        rank = i + 1;
        previous = k;
      }
      overall[u] = rank;
      int c = category[u];
      seen[c]++;
      if (k != lastKey[c]) {
        lastRank[c] = seen[c];
        lastKey[c] = k;
      }
      inCategory[u] = lastRank[c];
    }
    return new Ranks(key, overall, inCategory);
  }

  /**
   * The counting baseline: {@link #keys}, then no sort at all. The published keys are bounded ({@code 0..}{@value
   * #MAX_KEY}), so a histogram of keys overall and per category, summed from the top, gives for every key the
   * number of units above it: the competition rank is that count plus one. Linear in units plus keys.
   */
  public static Ranks computeByCounting(double[][] columns, boolean[] lowerIsBetter, double[] weights,
      int[] category, int categories) {
    long[] key = keys(columns, lowerIsBetter, weights, category.length);
    int n = key.length;
    int keys = (int) MAX_KEY + 1;
    // above[c][k]: units of category c (c = categories: all units) with key > k, after the prefix sums.
    int[][] above = new int[categories + 1][keys + 1];
    for (int u = 0; u < n; u++) {
      above[category[u]][(int) key[u]]++;
      above[categories][(int) key[u]]++;
    }
    for (int[] counts : above) {
      int total = 0;
      for (int k = keys - 1; k >= 0; k--) {
        int here = counts[k];
        counts[k] = total;
        total += here;
      }
    }
    int[] overall = new int[n];
    int[] inCategory = new int[n];
    for (int u = 0; u < n; u++) {
      int k = (int) key[u];
      overall[u] = above[categories][k] + 1;
      inCategory[u] = above[category[u]][k] + 1;
    }
    return new Ranks(key, overall, inCategory);
  }

  /**
   * The published keys: per column, min-max normalise (reversed when lower is better) and add {@code weight ×
   * fraction} to the unit's accumulator; then {@code Math.round(clamp01(acc / Σweight) × 100 × 100)}.
   */
  static long[] keys(double[][] columns, boolean[] lowerIsBetter, double[] weights, int n) {
    double[] acc = new double[n];
    double weightTotal = 0;
    for (int j = 0; j < columns.length; j++) {
      double[] column = columns[j];
      double w = weights[j];
      weightTotal += w;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int u = 0; u < n; u++) {
        double x = column[u];
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      double span = max - min;
      if (span > 0) {
        double scale = 1.0 / span;
        if (lowerIsBetter[j]) {
          for (int u = 0; u < n; u++) {
            acc[u] += w * (1 - (column[u] - min) * scale);
          }
        } else {
          for (int u = 0; u < n; u++) {
            acc[u] += w * ((column[u] - min) * scale);
          }
        }
      } else {
        for (int u = 0; u < n; u++) {
          acc[u] += w; // every value equal: fraction 1
        }
      }
    }
    long[] key = new long[n];
    for (int u = 0; u < n; u++) {
      double rate = Math.max(0, Math.min(1, acc[u] / weightTotal)) * 100;
      key[u] = Math.round(rate * 100);
    }
    return key;
  }
}
