package io.appraisal.core;

/**
 * Counts of units per rank code, in two Fenwick trees (binary indexed trees): the units per code and the codes
 * present, so that "how many units rank above this code", "how many share it" and "how many distinct codes are
 * above it" take {@code O(log codes)}, and so does moving a unit from one code to another. {@link WhatIf} keeps one
 * over all units and one per category; a rank follows from the counts for every ranking method but
 * {@link RankingMethod#ORDINAL} (which needs the tie-break order).
 *
 * <p>Codes are {@code 0..size−1}, a higher code ranking better.
 */
final class RankIndex {
  private final int[] count;
  private final int[] units;
  private final int[] present;
  private int total;
  private int distinct;

  RankIndex(int size) {
    count = new int[size];
    units = new int[size + 1];
    present = new int[size + 1];
  }

  void add(int code) {
    if (count[code]++ == 0) {
      distinct++;
      update(present, code, 1);
    }
    total++;
    update(units, code, 1);
  }

  void remove(int code) {
    if (--count[code] == 0) {
      distinct--;
      update(present, code, -1);
    }
    total--;
    update(units, code, -1);
  }

  /** The rank of a unit at {@code code} by {@code method} (not ordinal) among the units counted. */
  double rank(int code, RankingMethod method) {
    return switch (method) {
      case COMPETITION -> total - prefix(units, code) + 1;
      case FRACTIONAL -> total - prefix(units, code) + (count[code] + 1) / 2.0;
      case DENSE -> distinct - prefix(present, code) + 1;
      default -> throw new IllegalArgumentException("method must not be ordinal but was " + method);
    };
  }

  /** Σ of {@code tree}'s entries at codes 0..code. */
  private static int prefix(int[] tree, int code) {
    int sum = 0;
    for (int i = code + 1; i > 0; i -= i & -i) {
      sum += tree[i];
    }
    return sum;
  }

  private static void update(int[] tree, int code, int delta) {
    for (int i = code + 1; i < tree.length; i += i & -i) {
      tree[i] += delta;
    }
  }
}
