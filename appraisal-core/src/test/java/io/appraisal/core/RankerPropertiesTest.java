package io.appraisal.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Ranker} against the naive reference, on both the direct and the compression path, ranking by counting
 * (competition, dense, fractional) and by sorting (ordinal).
 */
class RankerPropertiesTest {
  record Item(int index, long key, int group) {}

  record Input(List<Item> items, int groups) {
    long[] keys() {
      return items.stream().mapToLong(Item::key).toArray();
    }

    int[] group() {
      return items.stream().mapToInt(Item::group).toArray();
    }
  }

  @Provide
  Arbitrary<Input> inputs() {
    return Arbitraries.integers().between(1, 4).flatMap(groups -> {
      Arbitrary<Long> keys = Arbitraries.oneOf(
          Arbitraries.longs().between(-5, 5),                       // many ties, direct path
          Arbitraries.longs().between(-200_000, 200_000),           // mostly wider than 4n: compression path
          Arbitraries.longs());                                     // anything, even spans that overflow
      Arbitrary<Integer> group = Arbitraries.integers().between(0, groups - 1);
      return Combinators.combine(keys, group).as((k, g) -> new long[] {k, g}).list().ofMinSize(0).ofMaxSize(60)
          .map(list -> {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
              items.add(new Item(i, list.get(i)[0], (int) list.get(i)[1]));
            }
            return new Input(items, groups);
          });
    });
  }

  /** The reference's strict order among ties: higher index first, as the tie-breaker given to the ranker. */
  private static final Comparator<Item> HIGHER_INDEX_FIRST = Comparator.comparingInt(Item::index).reversed();
  private static final Comparator<Item> HIGHER_KEY_FIRST = Comparator.comparingLong(Item::key).reversed();

  @Property
  void matchesTheNaiveReferenceOverall(@ForAll("inputs") Input input, @ForAll RankingMethod method) {
    double[] expected = NaiveRanking.rank(input.items(), HIGHER_KEY_FIRST, HIGHER_INDEX_FIRST, (a, b) -> true,
        method);
    assertArrayEquals(expected, Ranker.rank(input.keys(), null, 1, method, (a, b) -> Integer.compare(b, a)));
  }

  @Property
  void matchesTheNaiveReferenceWithinGroups(@ForAll("inputs") Input input, @ForAll RankingMethod method) {
    double[] expected = NaiveRanking.rank(input.items(), HIGHER_KEY_FIRST, HIGHER_INDEX_FIRST,
        (a, b) -> a.group() == b.group(), method);
    assertArrayEquals(expected,
        Ranker.rank(input.keys(), input.group(), input.groups(), method, (a, b) -> Integer.compare(b, a)));
  }

  @Property
  void overallAndWithinGroupsAtOnceMatchTheNaiveReference(@ForAll("inputs") Input input,
      @ForAll RankingMethod method) {
    double[][] both = Ranker.rankOverallAndWithin(input.keys(), input.group(), input.groups(), method,
        (a, b) -> Integer.compare(b, a));
    assertArrayEquals(NaiveRanking.rank(input.items(), HIGHER_KEY_FIRST, HIGHER_INDEX_FIRST, (a, b) -> true, method),
        both[0]);
    assertArrayEquals(NaiveRanking.rank(input.items(), HIGHER_KEY_FIRST, HIGHER_INDEX_FIRST,
        (a, b) -> a.group() == b.group(), method), both[1]);
  }

  @Property
  void spreadingKeysApartChangesNoRank(@ForAll("inputs") Input input, @ForAll RankingMethod method) {
    // an order-preserving map of small keys to keys 10^12 apart forces the compression path
    long[] keys = input.items().stream().mapToLong(item -> Math.floorMod(item.key(), 1000) - 500).toArray();
    long[] wide = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      wide[i] = keys[i] * 1_000_000_000_000L;
    }
    Ranker.TieBreaker tieBreaker = (a, b) -> Integer.compare(b, a);
    assertArrayEquals(Ranker.rank(keys, input.group(), input.groups(), method, tieBreaker),
        Ranker.rank(wide, input.group(), input.groups(), method, tieBreaker));
  }
}
