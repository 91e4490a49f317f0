package io.appraisal.testkit.internal;

import io.appraisal.core.Category;
import io.appraisal.core.Indicator;
import io.appraisal.core.Policy;
import java.util.stream.Collectors;
import net.jqwik.api.SampleReportingFormat;
import org.apiguardian.api.API;

/**
 * Prints a {@link Policy} or an {@link Indicator} tree in a jqwik report: one line per indicator, indented by level,
 * with its rule, points, weight, direction and applicability. Registered with jqwik through {@code
 * META-INF/services}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PolicyFormat implements SampleReportingFormat {
  @Override
  public boolean appliesTo(Object value) {
    return value instanceof Policy || value instanceof Indicator;
  }

  @Override
  public Object report(Object value) {
    return SampleReportingFormat.plainLabel(value instanceof Policy policy ? describe(policy)
        : tree((Indicator) value, new StringBuilder(), "").toString());
  }

  /** The policy as text: its settings, then its indicator tree. */
  public static String describe(Policy policy) {
    StringBuilder out = new StringBuilder();
    out.append("Policy ").append(policy.id()).append(" (scale ").append(DatasetFormat.number(policy.scale()))
        .append(", categories ")
        .append(policy.categories().stream().map(Category::id).collect(Collectors.joining(", ")))
        .append(", ranking ").append(policy.ranking().method()).append(' ').append(policy.ranking().tieBreaks())
        .append(", rounding ").append(policy.rounding().scale()).append(' ').append(policy.rounding().mode());
    if (!policy.adjustments().items().isEmpty()) {
      out.append(", adjustments ").append(policy.adjustments());
    }
    policy.grades().ifPresent(grades -> out.append(", grades ").append(grades.bands()).append(" else ")
        .append(grades.lowest()));
    out.append(')');
    return tree(policy.root(), out, "  ").toString();
  }

  private static StringBuilder tree(Indicator node, StringBuilder out, String indent) {
    if (out.length() > 0) {
      out.append(System.lineSeparator());
    }
    out.append(indent).append(node.id()).append(": ");
    if (node.isLeaf()) {
      var rule = node.rule().orElseThrow();
      out.append(rule.type()).append(rule.parameters());
    } else {
      out.append(node.aggregation());
    }
    out.append(", ").append(DatasetFormat.number(node.points())).append(" points");
    if (node.weight() != 1) {
      out.append(", weight ").append(DatasetFormat.number(node.weight()));
    }
    if (node.isLeaf()) {
      out.append(", ").append(node.direction());
    }
    if (!node.applicability().isAll()) {
      out.append(", applies to ").append(node.applicability());
    }
    node.missing().ifPresent(missing -> out.append(", missing ").append(missing));
    node.range().ifPresent(range -> out.append(", range ").append(range));
    for (Indicator child : node.children()) {
      tree(child, out, indent + "  ");
    }
    return out;
  }
}
