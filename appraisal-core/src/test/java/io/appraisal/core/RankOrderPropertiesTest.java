package io.appraisal.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Published order (by rank, then unit id) by the primitive sort equals the comparator's, ties and fallbacks too. */
class RankOrderPropertiesTest {
  private static int[] byComparator(double[] rank, List<Unit> units) {
    return IntStream.range(0, rank.length).boxed()
        .sorted(Comparator.<Integer>comparingDouble(u -> rank[u]).thenComparing(u -> units.get(u).id()))
        .mapToInt(Integer::intValue).toArray();
  }

  private static List<Unit> units(List<Integer> ids) {
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      units.add(Unit.of("U" + ids.get(i) + "-" + i, "u", "c")); // ids unique, not in index order
    }
    return units;
  }

  @Property
  void wholeAndHalfRanksWithTies(@ForAll @Size(max = 60) List<@IntRange(min = 2, max = 40) Integer> twiceRanks,
      @ForAll @Size(max = 60) List<@IntRange(max = 99) Integer> ids) {
    int n = Math.min(twiceRanks.size(), ids.size());
    double[] rank = new double[n];
    for (int u = 0; u < n; u++) {
      rank[u] = twiceRanks.get(u) / 2.0;
    }
    List<Unit> units = units(ids.subList(0, n));
    assertArrayEquals(byComparator(rank, units),
        AppraisalResult.byRankThenId(IntStream.range(0, n).toArray(), rank, units));
  }

  @Property
  void anyOtherRankFallsBackToTheComparator(@ForAll @Size(max = 30) List<Double> ranks) {
    double[] rank = ranks.stream().mapToDouble(Double::doubleValue).toArray();
    List<Unit> units = units(ranks.stream().map(r -> 7).toList());
    assertArrayEquals(byComparator(rank, units),
        AppraisalResult.byRankThenId(IntStream.range(0, rank.length).toArray(), rank, units));
  }

  @Test
  void tiesAreInIdOrderNotIndexOrder() {
    // Units 0..3 with ids B, A, D, C; ranks 1, 1, 3, 3 (competition ranking of two pairs): A, B, C, D.
    List<Unit> units = List.of(Unit.of("B", "b", "c"), Unit.of("A", "a", "c"), Unit.of("D", "d", "c"),
        Unit.of("C", "c", "c"));
    assertArrayEquals(new int[] {1, 0, 3, 2},
        AppraisalResult.byRankThenId(new int[] {0, 1, 2, 3}, new double[] {1, 1, 3, 3}, units));
  }
}
