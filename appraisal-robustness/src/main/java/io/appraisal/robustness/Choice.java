package io.appraisal.robustness;

import io.appraisal.core.Aggregation;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.ValueRange;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One uncertain choice of a policy or its data. A choice draws its value from the random numbers of its factor in
 * a fixed order, so that a factor's draw is a function of the factor's seed alone (what Saltelli sampling swaps).
 */
sealed interface Choice {
  /** The indicator the choice is about. */
  String node();

  /** Draws this choice into {@code variant}. */
  void draw(SplittableRandom random, Variant variant, Nominal nominal);

  /** Picks the nominal option (nothing put) or one of the alternatives, each equally likely. */
  static <T> void pick(SplittableRandom random, String node, List<T> alternatives, Map<String, T> picked) {
    int pick = random.nextInt(alternatives.size() + 1);
    if (pick > 0) {
      picked.put(node, alternatives.get(pick - 1));
    }
  }

  /** Each child's weight within ±{@code range} (a fraction), then renormalised to the siblings' nominal total. */
  record WeightRange(String node, double range) implements Choice {
    @Override
    public void draw(SplittableRandom random, Variant variant, Nominal nominal) {
      double[] weights = nominal.childWeights(node);
      double[] drawn = new double[weights.length];
      for (int c = 0; c < weights.length; c++) {
        drawn[c] = weights[c] * (1 + range * (2 * random.nextDouble() - 1));
      }
      variant.reweight(nominal, node, weights, drawn);
    }
  }

  /**
   * The children's weight shares drawn from a Dirichlet distribution centred on the nominal shares: parameters
   * {@code concentration × share}, so the larger the concentration the closer the draws stay to the nominal.
   */
  record Dirichlet(String node, double concentration) implements Choice {
    @Override
    public void draw(SplittableRandom random, Variant variant, Nominal nominal) {
      double[] weights = nominal.childWeights(node);
      double total = 0;
      for (double w : weights) {
        total += w;
      }
      double[] drawn = new double[weights.length];
      for (int c = 0; c < weights.length; c++) {
        drawn[c] = weights[c] == 0 ? 0 : Gamma.draw(random, concentration * weights[c] / total);
      }
      variant.reweight(nominal, node, weights, drawn);
    }
  }

  /** The leaf's rule: the nominal one or one of the alternatives, each equally likely. */
  record Rules(String node, List<RuleSpec> alternatives) implements Choice {
    public Rules {
      alternatives = List.copyOf(alternatives);
    }

    @Override
    public void draw(SplittableRandom random, Variant variant, Nominal nominal) {
      pick(random, node, alternatives, variant.rules);
    }
  }

  /** The group's aggregation: the nominal one or one of the alternatives, each equally likely. */
  record Aggregations(String node, List<Aggregation> alternatives) implements Choice {
    public Aggregations {
      alternatives = List.copyOf(alternatives);
    }

    @Override
    public void draw(SplittableRandom random, Variant variant, Nominal nominal) {
      pick(random, node, alternatives, variant.aggregations);
    }
  }

  /**
   * Uniform noise on every unit's raw value of a leaf: {@code v × (1 + a·U)} when relative, {@code v + a·U} when
   * absolute, with U uniform on [−1, 1] drawn from the factor's seed and the unit's id (so the order of the units
   * does not matter); clamped to the leaf's declared range.
   */
  record Noise(String node, double amount, boolean relative) implements Choice {
    @Override
    public void draw(SplittableRandom random, Variant variant, Nominal nominal) {
      long base = random.nextLong();
      double[] values = nominal.column(node).clone();
      ValueRange range = nominal.node(node).range().orElse(ValueRange.ANY);
      for (int u = 0; u < values.length; u++) {
        if (!Double.isNaN(values[u])) {
          double uniform = (Seeds.mix(base + nominal.unitKeys[u]) >>> 11) * 0x1.0p-53;
          double shock = amount * (2 * uniform - 1);
          double noisy = relative ? values[u] * (1 + shock) : values[u] + shock;
          values[u] = Math.min(range.max(), Math.max(range.min(), noisy));
        }
      }
      variant.columns.put(node, values);
    }
  }

  /** The indicator is left out of the policy with this probability (its siblings share its weight). */
  record Exclusion(String node, double probability) implements Choice {
    @Override
    public void draw(SplittableRandom random, Variant variant, Nominal nominal) {
      if (random.nextDouble() < probability) {
        variant.excluded.add(node);
      }
    }
  }
}
