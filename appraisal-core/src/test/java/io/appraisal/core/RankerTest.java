package io.appraisal.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hand-computed rankings for every {@link RankingMethod}, overall and within groups. */
class RankerTest {
  /** Never used by the tie-sharing methods; fails loudly if it is. */
  private static final Ranker.TieBreaker UNUSED = (a, b) -> {
    throw new AssertionError("tie-breaker called for a method that shares ranks");
  };

  /** Higher unit index first: a strict order different from the natural index order. */
  private static final Ranker.TieBreaker HIGHER_INDEX_FIRST = (a, b) -> Integer.compare(b, a);

  // Scores 90, 95, 85, 90 at two decimals: keys 9000, 9500, 8500, 9000 (unit order deliberately not sorted).
  // Sorted best first: u1 (95), u0 = u3 (90), u2 (85).
  private static final long[] FOUR = {9000, 9500, 8500, 9000};

  @Test
  void competitionSharesTheBestRankAndSkips() {
    // 95 -> 1; 90, 90 -> 2, 2; 85 -> 4 (three units above it)
    assertArrayEquals(new double[] {2, 1, 4, 2}, Ranker.rank(FOUR, null, 1, RankingMethod.COMPETITION, UNUSED));
  }

  @Test
  void denseSharesARankWithoutSkipping() {
    // 95 -> 1; 90, 90 -> 2, 2; 85 -> 3 (two distinct values above it)
    assertArrayEquals(new double[] {2, 1, 3, 2}, Ranker.rank(FOUR, null, 1, RankingMethod.DENSE, UNUSED));
  }

  @Test
  void fractionalGivesTheMeanOfThePositionsOccupied() {
    // 95 -> 1; 90, 90 occupy positions 2 and 3 -> (2 + 3) / 2 = 2.5; 85 -> 4
    assertArrayEquals(new double[] {2.5, 1, 4, 2.5},
        Ranker.rank(FOUR, null, 1, RankingMethod.FRACTIONAL, UNUSED));
  }

  @Test
  void ordinalBreaksTiesWithTheTieBreaker() {
    // 95 -> 1; the tie u0/u3 is decided by the tie-breaker: u3 (higher index) first -> u3 = 2, u0 = 3; 85 -> 4
    assertArrayEquals(new double[] {3, 1, 4, 2},
        Ranker.rank(FOUR, null, 1, RankingMethod.ORDINAL, HIGHER_INDEX_FIRST));
    // the opposite tie-breaker swaps exactly the tied pair
    assertArrayEquals(new double[] {2, 1, 4, 3},
        Ranker.rank(FOUR, null, 1, RankingMethod.ORDINAL, (a, b) -> Integer.compare(a, b)));
  }

  // Seven units in two interleaved groups.
  //   index: 0    1    2     3    4    5    6
  //   group: 0    1    0     1    0    0    1
  //   key:   80   70   100   70   60   80   70
  // group 0 best first: u2 (100), u0 = u5 (80), u4 (60); group 1: u1 = u3 = u6 (70)
  private static final long[] SEVEN = {80, 70, 100, 70, 60, 80, 70};
  private static final int[] GROUP = {0, 1, 0, 1, 0, 0, 1};

  @Test
  void competitionWithinGroups() {
    // group 0: 100 -> 1, 80/80 -> 2/2, 60 -> 4; group 1: all three tied -> 1
    assertArrayEquals(new double[] {2, 1, 1, 1, 4, 2, 1},
        Ranker.rank(SEVEN, GROUP, 2, RankingMethod.COMPETITION, UNUSED));
  }

  @Test
  void denseWithinGroups() {
    // group 0: 100 -> 1, 80/80 -> 2/2, 60 -> 3; group 1: 1 (the dense counter restarts in each group)
    assertArrayEquals(new double[] {2, 1, 1, 1, 3, 2, 1},
        Ranker.rank(SEVEN, GROUP, 2, RankingMethod.DENSE, UNUSED));
  }

  @Test
  void fractionalWithinGroups() {
    // group 0: 1, (2 + 3) / 2 = 2.5 twice, 4; group 1: three tied on positions 1..3 -> (1 + 3) / 2 = 2
    assertArrayEquals(new double[] {2.5, 2, 1, 2, 4, 2.5, 2},
        Ranker.rank(SEVEN, GROUP, 2, RankingMethod.FRACTIONAL, UNUSED));
  }

  @Test
  void ordinalWithinGroups() {
    // higher index first among ties: group 0: u2 = 1, u5 = 2, u0 = 3, u4 = 4; group 1: u6 = 1, u3 = 2, u1 = 3
    assertArrayEquals(new double[] {3, 3, 1, 2, 4, 2, 1},
        Ranker.rank(SEVEN, GROUP, 2, RankingMethod.ORDINAL, HIGHER_INDEX_FIRST));
  }

  @Test
  void overallIgnoresGroups() {
    // overall: 100 -> 1; 80, 80 -> 2; 70 x3 -> 4; 60 -> 7
    assertArrayEquals(new double[] {2, 4, 1, 4, 7, 2, 4},
        Ranker.rank(SEVEN, null, 1, RankingMethod.COMPETITION, UNUSED));
    // a group array with a single group is the same as none
    assertArrayEquals(new double[] {2, 4, 1, 4, 7, 2, 4},
        Ranker.rank(SEVEN, new int[7], 1, RankingMethod.COMPETITION, UNUSED));
    // DENSE overall: 100 -> 1, 80 -> 2, 70 -> 3, 60 -> 4
    assertArrayEquals(new double[] {2, 3, 1, 3, 4, 2, 3},
        Ranker.rank(SEVEN, null, 1, RankingMethod.DENSE, UNUSED));
    // FRACTIONAL overall: 80s on positions 2, 3 -> 2.5; 70s on 4..6 -> 5; 60 -> 7
    assertArrayEquals(new double[] {2.5, 5, 1, 5, 7, 2.5, 5},
        Ranker.rank(SEVEN, null, 1, RankingMethod.FRACTIONAL, UNUSED));
  }

  @Test
  void aGroupWithoutUnitsIsHarmless() {
    // groups 0 and 2 used, group 1 empty
    long[] keys = {5, 7, 5};
    int[] group = {2, 0, 2};
    assertArrayEquals(new double[] {1, 1, 1}, Ranker.rank(keys, group, 3, RankingMethod.COMPETITION, UNUSED));
    assertArrayEquals(new double[] {2, 1, 1},
        Ranker.rank(keys, group, 3, RankingMethod.ORDINAL, HIGHER_INDEX_FIRST));
  }

  @Test
  void emptyAndSingleInputs() {
    assertEquals(0, Ranker.rank(new long[0], null, 1, RankingMethod.COMPETITION, UNUSED).length);
    assertEquals(0, Ranker.rank(new long[0], new int[0], 3, RankingMethod.ORDINAL, UNUSED).length);
    assertArrayEquals(new double[] {1}, Ranker.rank(new long[] {-42}, null, 1, RankingMethod.FRACTIONAL, UNUSED));
  }

  @Test
  void negativeKeysRankCorrectly() {
    // -100 is above -250; the two -250 share rank 2 (competition)
    assertArrayEquals(new double[] {2, 1, 2},
        Ranker.rank(new long[] {-250, -100, -250}, null, 1, RankingMethod.COMPETITION, UNUSED));
  }

  // Wide keys: the direct path needs max - min <= 4n; these spread far wider and are compressed by sorting
  // the distinct values. Same order as FOUR, so the same ranks are expected.
  @Test
  void wideKeysTakeTheCompressionPathWithTheSameRanks() {
    long[] wide = {1_000_000_000L, 9_000_000_000L, -3_000_000_000L, 1_000_000_000L};
    // span = 12e9 > 4 * 4
    assertArrayEquals(new double[] {2, 1, 4, 2}, Ranker.rank(wide, null, 1, RankingMethod.COMPETITION, UNUSED));
    assertArrayEquals(new double[] {2, 1, 3, 2}, Ranker.rank(wide, null, 1, RankingMethod.DENSE, UNUSED));
    assertArrayEquals(new double[] {2.5, 1, 4, 2.5}, Ranker.rank(wide, null, 1, RankingMethod.FRACTIONAL, UNUSED));
    assertArrayEquals(new double[] {3, 1, 4, 2},
        Ranker.rank(wide, null, 1, RankingMethod.ORDINAL, HIGHER_INDEX_FIRST));
  }

  @Test
  void wideKeysWithinGroups() {
    // SEVEN multiplied by 10^9: same order, span 4e10
    long[] wide = new long[SEVEN.length];
    for (int i = 0; i < wide.length; i++) {
      wide[i] = SEVEN[i] * 1_000_000_000L;
    }
    assertArrayEquals(new double[] {2, 1, 1, 1, 4, 2, 1},
        Ranker.rank(wide, GROUP, 2, RankingMethod.COMPETITION, UNUSED));
    assertArrayEquals(new double[] {2, 1, 1, 1, 3, 2, 1}, Ranker.rank(wide, GROUP, 2, RankingMethod.DENSE, UNUSED));
    assertArrayEquals(new double[] {2.5, 2, 1, 2, 4, 2.5, 2},
        Ranker.rank(wide, GROUP, 2, RankingMethod.FRACTIONAL, UNUSED));
    assertArrayEquals(new double[] {3, 3, 1, 2, 4, 2, 1},
        Ranker.rank(wide, GROUP, 2, RankingMethod.ORDINAL, HIGHER_INDEX_FIRST));
  }

  @Test
  void keysWhoseSpanOverflowsALong() {
    // Long.MAX_VALUE - Long.MIN_VALUE overflows to -1: must still be compressed, not mis-coded
    long[] extreme = {0, Long.MAX_VALUE, Long.MIN_VALUE, 0};
    assertArrayEquals(new double[] {2, 1, 4, 2}, Ranker.rank(extreme, null, 1, RankingMethod.COMPETITION, UNUSED));
    assertArrayEquals(new double[] {2, 1, 3, 2}, Ranker.rank(extreme, null, 1, RankingMethod.DENSE, UNUSED));
  }

  @Test
  void spanExactlyAtTheLimitAndJustAbove() {
    // n = 3: the limit is 4 * 3 = 12. Span 12 takes the direct path, 13 the compression path.
    long limit = 4L * 3;
    for (long span : new long[] {limit, limit + 1}) {
      long[] keys = {span, 0, span};
      // span, span -> 1, 1; 0 -> 3
      assertArrayEquals(new double[] {1, 3, 1}, Ranker.rank(keys, null, 1, RankingMethod.COMPETITION, UNUSED),
          "span " + span);
      assertArrayEquals(new double[] {1, 2, 1}, Ranker.rank(keys, null, 1, RankingMethod.DENSE, UNUSED),
          "span " + span);
      assertArrayEquals(new double[] {1.5, 3, 1.5}, Ranker.rank(keys, null, 1, RankingMethod.FRACTIONAL, UNUSED),
          "span " + span);
    }
  }
}
