package io.appraisal.testkit;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.robustness.RobustnessAnalysis;
import io.appraisal.robustness.Uncertainty;
import io.appraisal.robustness.UncertaintyResult;
import io.appraisal.robustness.UnitRobustness;
import java.util.Locale;

/**
 * Assertions on how robust a policy's ranking is, for policy authors' tests (see {@code appraisal-robustness}):
 *
 * <pre>{@code
 * Robustness.assertTopRankStable(engine, policy, data, Period.parse("2022-Q4"), 0.10, 0.95);
 * }</pre>
 */
public final class Robustness {
  /** Samples per assertion: P is estimated within about ±0.01 at 0.95. */
  static final int SAMPLES = 500;
  static final long SEED = 1;

  private Robustness() {}

  /**
   * Asserts that every unit ranked first by the policy stays first in at least {@code minProbability} of the
   * samples when every group's children's weights vary within ±{@code weightRange} (renormalised).
   *
   * @throws AssertionError naming the unit and the share of samples that kept it first
   */
  public static void assertTopRankStable(AppraisalEngine engine, Policy policy, Dataset data, Period period,
      double weightRange, double minProbability) {
    if (!(minProbability >= 0 && minProbability <= 1)) {
      throw new IllegalArgumentException("minProbability must be in [0, 1] but was: " + minProbability);
    }
    Uncertainty.Builder weights = Uncertainty.builder().factor("weights");
    policy.indicators().stream().filter(node -> node.children().size() > 1).map(Indicator::id)
        .forEach(group -> weights.weights(group, weightRange));
    UncertaintyResult result = RobustnessAnalysis.builder(engine, policy, data, period).uncertainty(weights.build())
        .seed(SEED).build().uncertainty(SAMPLES, 1);
    for (UnitRobustness unit : result.units()) {
      if (unit.nominalRank() == 1 && unit.probabilityWithinK() < minProbability) {
        throw new AssertionError(String.format(Locale.ROOT, "%s ranks first by the policy but only in %.1f %% of %d"
            + " samples with weights within ±%.0f %%, below the %.1f %% asked for (%s rank interval 5-95 %%: %s-%s)",
            unit.unit().id(), 100 * unit.probabilityWithinK(), result.samples(), 100 * weightRange,
            100 * minProbability, unit.unit().id(), unit.rank().low(), unit.rank().high()));
      }
    }
  }
}
