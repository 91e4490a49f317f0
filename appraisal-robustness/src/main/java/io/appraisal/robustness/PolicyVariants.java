package io.appraisal.robustness;

import io.appraisal.core.Aggregation;
import io.appraisal.core.Indicator;
import io.appraisal.core.Policy;

/**
 * Rebuilds a policy with a {@link Variant}'s weights, rules, aggregations and exclusions through the public
 * builders.
 *
 * <p>Weights: under a {@link Aggregation#SUM} parent a child's weight is its points. Rules state their parameters in
 * points (bands, deductions per incident), so points are never rescaled; instead a sum group whose children's
 * weights are drawn becomes the {@link Aggregation#ARITHMETIC_MEAN} of their score fractions weighted by points ×
 * factor, which is the sum's own score rate when every factor is 1 (Σ score / Σ max = Σ max·fraction / Σ max, over
 * the children that apply either way). A sum group switched to another aggregation weights its children by their
 * points the same way. Groups keep their points in their parent.
 */
final class PolicyVariants {
  private PolicyVariants() {}

  static Policy rebuild(Policy policy, Variant variant) {
    Policy.Builder builder = Policy.builder(policy.id())
        .name(policy.name())
        .version(policy.version())
        .description(policy.description())
        .categories(policy.categories())
        .indicators(copy(policy.root(), variant, policy.root().weight()))
        .scale(policy.scale())
        .adjustments(policy.adjustments())
        .ranking(policy.ranking())
        .rounding(policy.rounding())
        .selfAssessmentTolerance(policy.selfAssessmentTolerance())
        .signed(policy.signed())
        .minCoverage(policy.minCoverage());
    policy.grades().ifPresent(builder::grades);
    policy.annual().ifPresent(builder::annual);
    return builder.build();
  }

  /** Copies {@code node} with the variant's choices and the given weight in its parent. */
  private static Indicator copy(Indicator node, Variant variant, double weight) {
    Indicator.Builder builder;
    if (node.isLeaf()) {
      builder = Indicator.leaf(node.id(), node.name(), variant.rules.getOrDefault(node.id(), node.rule().get()))
          .points(node.points());
      node.range().ifPresent(builder::range);
      node.denominator().ifPresent(builder::denominator);
    } else if (node.expression().isPresent()) {
      // A derived node keeps its expression: no aggregation or weights of its children to vary.
      builder = Indicator.derived(node.id(), node.name(), node.expression().get()).points(node.points());
      for (Indicator child : node.children()) {
        builder.child(copy(child, variant, child.weight()));
      }
    } else {
      Aggregation nominal = node.aggregation();
      boolean reweighted = node.children().stream().anyMatch(c -> variant.weightFactors.containsKey(c.id()));
      Aggregation aggregation = variant.aggregations.getOrDefault(node.id(),
          nominal == Aggregation.SUM && reweighted ? Aggregation.ARITHMETIC_MEAN : nominal);
      builder = Indicator.group(node.id(), node.name()).aggregation(aggregation);
      for (Indicator child : node.children()) {
        if (!variant.excluded.contains(child.id())) {
          double factor = variant.weightFactors.getOrDefault(child.id(), 1.0);
          builder.child(copy(child, variant, (nominal == Aggregation.SUM ? child.points() : child.weight()) * factor));
        }
      }
      if (!(aggregation == Aggregation.SUM && hasDefaultPoints(node))) {
        builder.points(node.points());
      }
    }
    builder.weight(weight).direction(node.direction()).appliesTo(node.applicability()).frequency(node.frequency());
    node.missing().ifPresent(builder::missing);
    return builder.build();
  }

  /** Whether a sum group's points are its children's total (then they follow the children). */
  private static boolean hasDefaultPoints(Indicator group) {
    double total = group.children().stream().mapToDouble(Indicator::points).sum();
    return Math.abs(group.points() - total) <= 1e-9 * Math.max(1, total);
  }
}
