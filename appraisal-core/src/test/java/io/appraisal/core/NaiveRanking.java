package io.appraisal.core;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * An independent O(n²) reference ranking, written straight from the definitions of {@link RankingMethod}: for each
 * item count who is strictly better, who ties, and (ORDINAL) who wins a tie.
 */
final class NaiveRanking {
  private NaiveRanking() {}

  /**
   * @param items the items
   * @param better a comparator where a negative result means the first item is strictly better (ties are 0)
   * @param tieOrder a strict order among tied items, negative when the first item comes first
   * @param sameGroup which items compete with each other
   */
  static <T> double[] rank(List<T> items, Comparator<T> better, Comparator<T> tieOrder, BiPredicate<T, T> sameGroup,
      RankingMethod method) {
    double[] rank = new double[items.size()];
    for (int i = 0; i < items.size(); i++) {
      T u = items.get(i);
      int greater = 0;
      int equal = 0;
      int winningTies = 0;
      List<T> distinctAbove = new ArrayList<>();
      for (int j = 0; j < items.size(); j++) {
        T v = items.get(j);
        if (j == i || !sameGroup.test(u, v)) {
          continue;
        }
        int c = better.compare(v, u);
        if (c < 0) {
          greater++;
          // one representative per distinct better value
          if (distinctAbove.stream().noneMatch(r -> better.compare(r, v) == 0)) {
            distinctAbove.add(v);
          }
        } else if (c == 0) {
          equal++;
          if (tieOrder.compare(v, u) < 0) {
            winningTies++;
          }
        }
      }
      rank[i] = switch (method) {
        case COMPETITION -> 1 + greater;
        case DENSE -> 1 + distinctAbove.size();
        // positions greater + 1 .. greater + 1 + equal: their mean
        case FRACTIONAL -> greater + 1 + equal / 2.0;
        case ORDINAL -> 1 + greater + winningTies;
      };
    }
    return rank;
  }
}
