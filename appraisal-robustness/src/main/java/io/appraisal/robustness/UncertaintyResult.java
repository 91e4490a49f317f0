package io.appraisal.robustness;

import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The result of an uncertainty analysis: every unit's rank distribution and grade probabilities, and per sample the
 * mean |Δrank| against the nominal ranking and the Spearman and Kendall (tau-b) correlations with it.
 */
public final class UncertaintyResult {
  private final Policy policy;
  private final Period period;
  private final int samples;
  private final int k;
  private final List<UnitRobustness> units;
  private final List<String> grades;
  private final double[] meanShift;
  private final double[] spearman;
  private final double[] kendall;

  UncertaintyResult(Nominal nominal, Nominal.Outcome[] outcomes, int k) {
    this.policy = nominal.policy;
    this.period = nominal.period;
    this.samples = outcomes.length;
    this.k = k;
    this.grades = nominal.grades;
    int n = nominal.ranks.length;
    meanShift = new double[samples];
    spearman = new double[samples];
    kendall = new double[samples];
    // Each sample's statistics depend on that sample alone: computing them in parallel changes no bit.
    IntStream.range(0, samples).parallel().forEach(s -> {
      double[] ranks = outcomes[s].ranks();
      double shift = 0;
      for (int u = 0; u < n; u++) {
        shift += Math.abs(ranks[u] - nominal.ranks[u]);
      }
      meanShift[s] = shift / n;
      spearman[s] = Stats.spearman(nominal.ranks, ranks);
      kendall[s] = Stats.kendallTauB(nominal.ranks, ranks);
    });
    List<UnitRobustness> built = new ArrayList<>(n);
    for (int u = 0; u < n; u++) {
      double[] ranks = new double[samples];
      int within = 0;
      int[] gradeCounts = new int[grades.size()];
      for (int s = 0; s < samples; s++) {
        ranks[s] = outcomes[s].ranks()[u];
        within += ranks[s] <= k ? 1 : 0;
        int grade = outcomes[s].grades()[u];
        if (grade >= 0) {
          gradeCounts[grade]++;
        }
      }
      Map<String, Double> gradeShares = new LinkedHashMap<>();
      for (int g = 0; g < gradeCounts.length; g++) {
        gradeShares.put(grades.get(g), (double) gradeCounts[g] / samples);
      }
      int nominalGrade = nominal.gradeOf[u];
      built.add(new UnitRobustness(nominal.units().get(u), nominal.ranks[u], Distribution.of(ranks),
          (double) within / samples, nominalGrade < 0 ? Optional.empty() : Optional.of(grades.get(nominalGrade)),
          gradeShares));
    }
    this.units = List.copyOf(built);
  }

  public Policy policy() {
    return policy;
  }

  public Period period() {
    return period;
  }

  public int samples() {
    return samples;
  }

  /** The rank threshold of {@link UnitRobustness#probabilityWithinK()}. */
  public int k() {
    return k;
  }

  /** The grade names of the policy, best first (empty if it does not grade). */
  public List<String> grades() {
    return grades;
  }

  /** Every unit, in dataset order. */
  public List<UnitRobustness> units() {
    return units;
  }

  /** The mean over units of |rank − nominal rank|, over the samples. */
  public Distribution meanAbsoluteShift() {
    return Distribution.of(meanShift);
  }

  /** Spearman's correlation of each sample's ranking with the nominal one, over the samples. */
  public Distribution spearman() {
    return Distribution.of(spearman);
  }

  /** Kendall's tau-b of each sample's ranking with the nominal one, over the samples. */
  public Distribution kendall() {
    return Distribution.of(kendall);
  }
}
