package io.appraisal.core;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Ranks overall and per category, and grades, all judged on published (rounded) scores. */
final class Standing {
  final double[] rank;
  final double[] categoryRank;
  /** Index into the grade bands; the band count means the lowest grade; -1 when the policy has no grades. */
  final int[] grade;

  Standing(CompiledPolicy plan, Dataset data, double[][] score, long[] key, Adjuster adjuster, int[] category) {
    Policy policy = plan.policy();
    int n = key.length;
    int categories = policy.categories().size();
    Ranker.TieBreaker tieBreaker = tieBreaker(plan, data, score, adjuster);
    long[] vetoedLast = vetoedLast(key, adjuster.vetoed);
    long[] rankKey = policy.adjustments().vetoRanksLast() ? vetoedLast : key;
    RankingMethod method = policy.ranking().method();
    double[][] ranks = Ranker.rankOverallAndWithin(rankKey, category, categories, method, tieBreaker);
    rank = ranks[0];
    categoryRank = ranks[1];
    grade = new int[n];
    GradeScheme scheme = policy.grades().orElse(null);
    if (scheme == null) {
      Arrays.fill(grade, -1);
      return;
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
        quotaRank = Ranker.rank(vetoedLast, category, categories, quotaMethod, tieBreaker);
      }
    }
    for (int u = 0; u < n; u++) {
      grade[u] = bands.size();
      if (adjuster.vetoed[u]) {
        continue;
      }
      for (int b = 0; b < bands.size(); b++) {
        Grade band = bands.get(b);
        if (key[u] >= threshold[b] && (!band.hasQuota()
            || quotaRank[u] <= quotaCount(band.quota(), categorySize[category[u]], scheme))) {
          grade[u] = b;
          break;
        }
      }
    }
  }

  static long quotaCount(double quota, int size, GradeScheme scheme) {
    return BigDecimal.valueOf(quota).multiply(BigDecimal.valueOf(size))
        .setScale(0, scheme.quotaRounding()).longValueExact();
  }

  /** Keys with every vetoed unit below every other unit, so vetoed units never take a place in a quota. */
  private static long[] vetoedLast(long[] key, boolean[] vetoed) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    boolean any = false;
    for (int u = 0; u < key.length; u++) {
      min = Math.min(min, key[u]);
      max = Math.max(max, key[u]);
      any |= vetoed[u];
    }
    if (!any) {
      return key;
    }
    long shift = max - min + 1;
    long[] shifted = key.clone();
    for (int u = 0; u < key.length; u++) {
      if (vetoed[u]) {
        shifted[u] -= shift;
      }
    }
    return shifted;
  }

  private static Ranker.TieBreaker tieBreaker(CompiledPolicy plan, Dataset data, double[][] score,
      Adjuster adjuster) {
    Rounder rounder = plan.rounder();
    List<TieBreak> chain = plan.policy().ranking().tieBreaks();
    return (a, b) -> {
      for (TieBreak tieBreak : chain) {
        int result = switch (tieBreak.key()) {
          case INDICATOR_SCORE -> {
            double[] column = score[plan.node(tieBreak.indicator()).index];
            yield Long.compare(rounder.key(column[b]), rounder.key(column[a]));
          }
          case FEWER_DEDUCTIONS -> Long.compare(rounder.key(adjuster.deduction[a]),
              rounder.key(adjuster.deduction[b]));
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
