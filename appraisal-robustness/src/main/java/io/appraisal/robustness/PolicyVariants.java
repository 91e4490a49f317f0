package io.appraisal.robustness;

import io.appraisal.core.Aggregation;
import io.appraisal.core.Indicator;
import io.appraisal.core.Policy;

/**
 * Rebuilds a policy with a {@link Variant}'s weights, rules, aggregations and exclusions through the public
 * builders.
 *
 * <p>Weights: under a {@link Aggregation#SUM} parent a child's weight is its points, so a factor {@code f} scales
 * the points of every leaf below the child (a points scheme keeps its shape); under a mean-type parent it scales
 * the child's weight. A sum group switched to a mean-type aggregation weights its children by their points, so that
 * the arithmetic mean reproduces the sum's proportions and the alternatives differ only in how they compensate; it
 * keeps its points in its parent.
 */
final class PolicyVariants {
  private PolicyVariants() {}

  static Policy rebuild(Policy policy, Variant variant) {
    Policy.Builder builder = Policy.builder(policy.id())
        .name(policy.name())
        .version(policy.version())
        .description(policy.description())
        .categories(policy.categories())
        .indicators(copy(policy.root(), variant, 1, policy.root().weight()))
        .scale(policy.scale())
        .adjustments(policy.adjustments())
        .ranking(policy.ranking())
        .rounding(policy.rounding())
        .selfAssessmentTolerance(policy.selfAssessmentTolerance());
    policy.grades().ifPresent(builder::grades);
    policy.annual().ifPresent(builder::annual);
    return builder.build();
  }

  /** Copies {@code node} with its leaves' points multiplied by {@code scale} and the given weight. */
  private static Indicator copy(Indicator node, Variant variant, double scale, double weight) {
    Indicator.Builder builder;
    if (node.isLeaf()) {
      builder = Indicator.leaf(node.id(), node.name(), variant.rules.getOrDefault(node.id(), node.rule().get()))
          .points(node.points() * scale);
      node.range().ifPresent(builder::range);
    } else {
      Aggregation nominal = node.aggregation();
      Aggregation aggregation = variant.aggregations.getOrDefault(node.id(), nominal);
      builder = Indicator.group(node.id(), node.name()).aggregation(aggregation);
      for (Indicator child : node.children()) {
        if (variant.excluded.contains(child.id())) {
          continue;
        }
        double factor = variant.weightFactors.getOrDefault(child.id(), 1.0);
        if (nominal == Aggregation.SUM) {
          double childWeight = aggregation == Aggregation.SUM ? child.weight() : child.points() * factor;
          builder.child(copy(child, variant, scale * factor, childWeight));
        } else {
          builder.child(copy(child, variant, scale, child.weight() * factor));
        }
      }
      if (!(aggregation == Aggregation.SUM && nominal == Aggregation.SUM && hasDefaultPoints(node))) {
        builder.points(node.points() * scale);
      }
    }
    builder.weight(weight).direction(node.direction()).appliesTo(node.applicability());
    node.missing().ifPresent(builder::missing);
    return builder.build();
  }

  /** Whether a sum group's points are its children's total (then they follow the children). */
  private static boolean hasDefaultPoints(Indicator group) {
    double total = group.children().stream().mapToDouble(Indicator::points).sum();
    return Math.abs(group.points() - total) <= 1e-9 * Math.max(1, total);
  }
}
