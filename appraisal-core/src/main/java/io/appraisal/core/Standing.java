package io.appraisal.core;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The rank and grade stages: ranks overall and per category, and grades, all judged on published keys. */
final class Standing {
  private Standing() {}

  /** Ranks overall and within categories; units with a ranked-last veto after the others. */
  static Stages.Ranks rank(CompiledPolicy plan, Dataset data, double[][] score, Stages.Published published,
      Stages.Adjustments adjustments) {
    Policy policy = plan.policy();
    long[] key = published.key();
    int[] category = Evaluator.categories(plan, data);
    Ranker.TieBreaker tieBreaker = tieBreaker(plan, data, score, adjustments.deduction());
    long[] vetoedLast = vetoedLast(key, adjustments.vetoed());
    double[][] ranks = Ranker.rankOverallAndWithin(vetoedLast(key, adjustments.rankedLast()), category,
        policy.categories().size(), policy.ranking().method(), tieBreaker);
    return new Stages.Ranks(category, ranks[0], ranks[1], vetoedLast, tieBreaker);
  }

  /** Grades by bands and per-category quotas; a vetoed unit gets the lowest grade. */
  static Stages.Grades grade(CompiledPolicy plan, Stages.Published published, Stages.Adjustments adjustments,
      Stages.Ranks ranks) {
    Policy policy = plan.policy();
    long[] key = published.key();
    boolean[] vetoed = adjustments.vetoed();
    int[] category = ranks.category();
    int n = key.length;
    int categories = policy.categories().size();
    int[] grade = new int[n];
    GradeScheme scheme = policy.grades().orElse(null);
    if (scheme == null) {
      Arrays.fill(grade, -1);
      return new Stages.Grades(grade);
    }
    double[] quotaRank = null;
    int[] categorySize = new int[categories];
    for (int c : category) {
      categorySize[c]++;
    }
    List<Grade> bands = scheme.bands();
    long[] threshold = new long[bands.size()];
    for (int b = 0; b < bands.size(); b++) {
      threshold[b] = plan.rounder().thresholdKey(bands.get(b).minScore());
      if (bands.get(b).hasQuota() && quotaRank == null) {
        RankingMethod quotaMethod = scheme.quotaTies() == GradeScheme.QuotaTies.ALL_QUALIFY
            ? RankingMethod.COMPETITION : RankingMethod.ORDINAL;
        quotaRank = Ranker.rank(ranks.vetoedLast(), category, categories, quotaMethod, ranks.tieBreaker());
      }
    }
    for (int u = 0; u < n; u++) {
      grade[u] = bands.size();
      if (vetoed[u]) {
        continue;
      }
      for (int b = 0; b < bands.size(); b++) {
        Grade band = bands.get(b);
        boolean meets = scheme.twoSided()
            ? scheme.graded(plan.rounder().published(key[u])).compareTo(BigDecimal.valueOf(band.minScore())) >= 0
            : key[u] >= threshold[b];
        if (meets && (!band.hasQuota()
            || quotaRank[u] <= quotaCount(band.quota(), categorySize[category[u]], scheme))) {
          grade[u] = b;
          break;
        }
      }
    }
    return new Stages.Grades(grade);
  }

  static long quotaCount(double quota, int size, GradeScheme scheme) {
    return BigDecimal.valueOf(quota).multiply(BigDecimal.valueOf(size))
        .setScale(0, scheme.quotaRounding()).longValueExact();
  }

  /**
   * Keys with every marked unit below every other unit, in the same order among themselves: vetoed units never take
   * a place in a quota, and units with a ranked-last veto are ranked after the others.
   */
  private static long[] vetoedLast(long[] key, boolean[] marked) {
    boolean any = false;
    for (boolean m : marked) {
      any |= m;
    }
    if (!any) {
      return key;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long k : key) {
      min = Math.min(min, k);
      max = Math.max(max, k);
    }
    long shift = max - min + 1;
    long[] shifted = key.clone();
    for (int u = 0; u < key.length; u++) {
      if (marked[u]) {
        shifted[u] -= shift;
      }
    }
    return shifted;
  }

  private static Ranker.TieBreaker tieBreaker(CompiledPolicy plan, Dataset data, double[][] score,
      double[] deduction) {
    Rounder rounder = plan.rounder();
    List<TieBreak> chain = plan.policy().ranking().tieBreaks();
    return (a, b) -> {
      for (TieBreak tieBreak : chain) {
        int result = switch (tieBreak.key()) {
          case INDICATOR_SCORE -> {
            double[] column = score[plan.node(tieBreak.indicator()).index];
            yield Long.compare(rounder.key(column[b]), rounder.key(column[a]));
          }
          case FEWER_DEDUCTIONS -> Long.compare(rounder.key(deduction[a]),
              rounder.key(deduction[b]));
          case UNIT_ID -> data.units().get(a).id().compareTo(data.units().get(b).id());
        };
        if (result != 0) {
          return result;
        }
      }
      return data.units().get(a).id().compareTo(data.units().get(b).id());
    };
  }
}
