package io.appraisal.io.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AdjustmentRules;
import io.appraisal.core.Aggregation;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.Dataset;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import io.appraisal.rules.BuiltInRules;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * An evaluation split over threads (populations from 16,384 units: leaves scored in parallel, groups over ranges of
 * units) writes the same JSON bytes as one on a single thread: fixed-bound, min-max, z-score and percentile-rank
 * leaves under a sum and two weighted means, a bonus, grades with a quota, in three categories.
 */
class ParallelEvaluationPropertiesTest {
  private static final Period Q = Period.quarter(2024, 4);
  private static final Policy POLICY = Policy.builder("parallel")
      .category("A", "A").category("B", "B").category("C", "C")
      .indicators(Indicator.group("root", "Total")
          .child(Indicator.group("own", "Own").aggregation(Aggregation.ARITHMETIC_MEAN).weight(2)
              .child(Indicator.leaf("g1", "Goalposts", RuleSpec.of("goalposts", "lower", 0, "upper", 100))
                  .points(10).range(ValueRange.PERCENT).weight(3))
              .child(Indicator.leaf("m1", "Min-max", RuleSpec.of("min-max")).points(10).range(ValueRange.PERCENT)))
          .child(Indicator.group("relative", "Relative").aggregation(Aggregation.ARITHMETIC_MEAN)
              .child(Indicator.leaf("z1", "Z-score", RuleSpec.of("z-score")).points(8).range(ValueRange.PERCENT))
              .child(Indicator.leaf("p1", "Percentile", RuleSpec.of("percentile-rank")).points(8)
                  .range(ValueRange.PERCENT).lowerIsBetter()))
          .build())
      .adjustments(new AdjustmentRules(List.of(AdjustmentItem.bonus("b", "Bonus", 1, 2)), 2, 0))
      .grades(GradeScheme.builder().band("excellent", 80, 0.2).band("good", 60).otherwise("fair"))
      .build();
  private static final String[] LEAVES = {"g1", "m1", "z1", "p1"};

  @Property(tries = 3) // each try writes the JSON of 16,384+ units twice: seconds on a loaded machine
  void twoThreadsWriteTheBytesOfOne(@ForAll @IntRange(min = 16_384, max = 20_000) int units, @ForAll long seed) {
    Dataset data = dataset(units, seed);
    byte[] one = json(AppraisalEngine.builder().rules(BuiltInRules.registry()).parallelism(1).build(), data);
    byte[] two = json(AppraisalEngine.builder().rules(BuiltInRules.registry()).parallelism(2).build(), data);
    assertArrayEquals(one, two);
  }

  private static byte[] json(AppraisalEngine engine, Dataset data) {
    return RankingJson.bytes(RankingReport.of(engine.evaluate(POLICY, data, Q)));
  }

  /** Values on a coarse grid (ties) and anywhere, a bonus for one unit in 50. */
  private static Dataset dataset(int units, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Dataset.Builder data = Dataset.builder().source("generated");
    for (int u = 0; u < units; u++) {
      data.unit(Unit.of(String.format(Locale.ROOT, "u%05d", u), "Unit " + u, List.of("A", "B", "C").get(u % 3)));
    }
    for (int u = 0; u < units; u++) {
      String id = String.format(Locale.ROOT, "u%05d", u);
      for (String leaf : LEAVES) {
        data.value(id, Q, leaf, random.nextBoolean() ? random.nextInt(21) * 5.0 : random.nextDouble(0, 100));
      }
      if (random.nextInt(50) == 0) {
        data.event(new AdjustmentEvent(id, Q, "b", 1 + random.nextInt(3), ""));
      }
    }
    return data.build();
  }
}
