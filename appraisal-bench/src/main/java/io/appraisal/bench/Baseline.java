package io.appraisal.bench;

import java.util.Arrays;

/**
 * The same recalculation written by hand over primitive arrays, with no validation, no explanation data and no
 * plug-in indirection: what the engine is measured against.
 *
 * <p>Per column: min-max normalise (reversed when lower is better), add {@code weight × fraction} to the unit's
 * accumulator. Then score rate = {@code clamp01(acc / Σweight) × 100}; published key = the rate rounded to 2
 * decimals, half up, as a long ({@code Math.round(rate × 100)}); one primitive sort of packed
 * {@code (descending key, unit)} longs gives the overall competition rank, and a single pass over that order with
 * a counter per category gives the rank within each category.
 *
 * <p>The floating-point operations are done in the engine's order (the min-max rule's {@code (x − min) × (1 /
 * span)}, {@code 1 − f} for lower-is-better, children added in policy order), so the rates are bit-for-bit the
 * engine's. Ranks are taken on rounded keys, as the engine ranks on published scores: {@code Math.round(x × 100)}
 * equals the engine's half-up rounding of the shortest decimal except for a rate within about 1e-9 of a half-cent
 * boundary, which the generated data does not produce (the agreement test checks it).
 */
public final class Baseline {
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

  public static Ranks compute(double[][] columns, boolean[] lowerIsBetter, double[] weights, int[] category,
      int categories) {
    int n = category.length;
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
    long[] packed = new long[n];
    for (int u = 0; u < n; u++) {
      double rate = Math.max(0, Math.min(1, acc[u] / weightTotal)) * 100;
      key[u] = Math.round(rate * 100);
      // key is in 0..10000: 10000 - key sorts best first; the unit index in the low 32 bits.
      packed[u] = (10_000L - key[u]) << 32 | u;
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
}
