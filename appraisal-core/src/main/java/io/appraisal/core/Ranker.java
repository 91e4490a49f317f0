package io.appraisal.core;

import java.util.Arrays;

/**
 * Ranks units by long keys (published scores times 10^scale, higher first) within groups, in linear time: the keys
 * of published scores are bounded integers, so counting the units of each key and group ranks them without any sort
 * (competition, dense, fractional); ordinal ranks, which order equal keys, take two stable counting sorts (by key,
 * then by group). Only when keys spread wider than the number of units are they first compressed by
 * sorting the distinct values.
 */
final class Ranker {
  /** Orders units whose keys are equal; must be a strict total order (the unit id decides last). */
  interface TieBreaker {
    int compare(int a, int b);
  }

  private Ranker() {}

  /**
   * @param keys the key of each unit (higher is better)
   * @param group the group of each unit, in {@code [0, groups)}, or null for a single group
   * @param groups the number of groups
   * @param method how ties are ranked
   * @param tieBreaker the strict order used by {@link RankingMethod#ORDINAL}
   * @return the rank of each unit within its group
   */
  static double[] rank(long[] keys, int[] group, int groups, RankingMethod method, TieBreaker tieBreaker) {
    int[] code = new int[keys.length];
    int codes = descendingCodes(keys, code);
    if (countable(keys.length, codes, groups, method)) {
      return byCounting(code, codes, group, groups, method);
    }
    int[] order = countingSort(identity(keys.length), code, codes);
    return rankWithin(order, code, group, groups, method, tieBreaker);
  }

  /**
   * The ranks overall ({@code [0]}) and within groups ({@code [1]}), sharing the sort by key: the order by key is
   * sorted stably by group to rank within groups.
   */
  static double[][] rankOverallAndWithin(long[] keys, int[] group, int groups, RankingMethod method,
      TieBreaker tieBreaker) {
    int[] code = new int[keys.length];
    int codes = descendingCodes(keys, code);
    if (countable(keys.length, codes, groups, method)) {
      return new double[][] {byCounting(code, codes, null, 1, method), byCounting(code, codes, group, groups, method)};
    }
    int[] order = countingSort(identity(keys.length), code, codes);
    double[] overall = rankWithin(order, code, null, 1, method, tieBreaker);
    return new double[][] {overall, rankWithin(order, code, group, groups, method, tieBreaker)};
  }

  /**
   * Whether {@link #byCounting} ranks: the method needs no order among equal keys (all but ordinal), and a table of
   * every group's codes is small against the units.
   */
  private static boolean countable(int n, int codes, int groups, RankingMethod method) {
    return method != RankingMethod.ORDINAL && (long) codes * Math.max(1, groups) <= 4L * n + 1024;
  }

  /**
   * Ranks without ordering the units: per group, how many units have each code; summed from the best code, the
   * units above each code give its rank, read back unit by unit. The same values as {@link #rankSegment}.
   */
  private static double[] byCounting(int[] code, int codes, int[] group, int groups, RankingMethod method) {
    int n = code.length;
    int[] count = new int[codes * Math.max(1, groups)];
    for (int u = 0; u < n; u++) {
      count[(group == null ? 0 : group[u]) * codes + code[u]]++;
    }
    double[] rankOfCode = new double[count.length];
    for (int start = 0; start < count.length; start += codes) {
      int above = 0;
      int distinctAbove = 0;
      for (int c = start; c < start + codes; c++) {
        int equal = count[c];
        if (equal == 0) {
          continue;
        }
        int position = above + 1;
        int lastPosition = above + equal;
        rankOfCode[c] = switch (method) {
          case COMPETITION -> position;
          case DENSE -> distinctAbove + 1;
          case FRACTIONAL -> (position + lastPosition) / 2.0;
          default -> throw new AssertionError(method);
        };
        above += equal;
        distinctAbove++;
      }
    }
    double[] rank = new double[n];
    for (int u = 0; u < n; u++) {
      rank[u] = rankOfCode[(group == null ? 0 : group[u]) * codes + code[u]];
    }
    return rank;
  }

  /** Ranks the units that {@code order} lists best first (ties in unit order) within their groups. */
  private static double[] rankWithin(int[] order, int[] code, int[] group, int groups, RankingMethod method,
      TieBreaker tieBreaker) {
    int n = order.length;
    if (group != null && groups > 1) {
      order = countingSort(order, group, groups);
    } else {
      order = order.clone();
    }
    double[] rank = new double[n];
    int start = 0;
    while (start < n) {
      int currentGroup = group == null ? 0 : group[order[start]];
      int end = start;
      while (end < n && (group == null ? 0 : group[order[end]]) == currentGroup) {
        end++;
      }
      rankSegment(order, start, end, code, method, tieBreaker, rank);
      start = end;
    }
    return rank;
  }

  /** Ranks one group's units, which {@code order[start, end)} lists best first. */
  private static void rankSegment(int[] order, int start, int end, int[] code, RankingMethod method,
      TieBreaker tieBreaker, double[] rank) {
    int distinctAbove = 0;
    int i = start;
    while (i < end) {
      int j = i + 1;
      while (j < end && code[order[j]] == code[order[i]]) {
        j++;
      }
      int position = i - start + 1;
      int lastPosition = j - start;
      switch (method) {
        case COMPETITION -> fill(order, i, j, rank, position);
        case DENSE -> fill(order, i, j, rank, distinctAbove + 1);
        case FRACTIONAL -> fill(order, i, j, rank, (position + lastPosition) / 2.0);
        case ORDINAL -> {
          if (j - i > 1) {
            sortRun(order, i, j, tieBreaker);
          }
          for (int k = i; k < j; k++) {
            rank[order[k]] = k - start + 1;
          }
        }
        default -> throw new AssertionError(method);
      }
      distinctAbove++;
      i = j;
    }
  }

  private static void fill(int[] order, int from, int to, double[] rank, double value) {
    for (int k = from; k < to; k++) {
      rank[order[k]] = value;
    }
  }

  private static void sortRun(int[] order, int from, int to, TieBreaker tieBreaker) {
    Integer[] run = new Integer[to - from];
    for (int k = from; k < to; k++) {
      run[k - from] = order[k];
    }
    Arrays.sort(run, tieBreaker::compare);
    for (int k = from; k < to; k++) {
      order[k] = run[k - from];
    }
  }

  /** Maps keys to codes 0..codes-1 with 0 for the highest key; returns the number of codes. */
  private static int descendingCodes(long[] keys, int[] code) {
    int n = keys.length;
    if (n == 0) {
      return 0;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long key : keys) {
      min = Math.min(min, key);
      max = Math.max(max, key);
    }
    long span = max - min;
    // Counting costs a bucket per possible key: direct while the buckets are few against the units (a million units
    // with keys 0..10000), else sorting the distinct keys is cheaper (67 units: 67 keys, not 10,001 buckets).
    if (span >= 0 && span <= 4L * n) {
      for (int i = 0; i < n; i++) {
        code[i] = (int) (max - keys[i]);
      }
      return (int) span + 1;
    }
    long[] distinct = keys.clone();
    Arrays.sort(distinct);
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || distinct[i] != distinct[i - 1]) {
        distinct[count++] = distinct[i];
      }
    }
    for (int i = 0; i < n; i++) {
      code[i] = count - 1 - Arrays.binarySearch(distinct, 0, count, keys[i]);
    }
    return count;
  }

  /** A stable counting sort of {@code items} by {@code bucket[item]} in {@code [0, buckets)}. */
  private static int[] countingSort(int[] items, int[] bucket, int buckets) {
    int[] start = new int[buckets + 1];
    for (int item : items) {
      start[bucket[item] + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    int[] sorted = new int[items.length];
    for (int item : items) {
      sorted[start[bucket[item]]++] = item;
    }
    return sorted;
  }

  private static int[] identity(int n) {
    int[] items = new int[n];
    for (int i = 0; i < n; i++) {
      items[i] = i;
    }
    return items;
  }
}
