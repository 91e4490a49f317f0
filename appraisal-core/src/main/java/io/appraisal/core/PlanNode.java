package io.appraisal.core;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.expression.Expression;
import io.appraisal.core.spi.Rule;

/** One indicator of a compiled policy, with everything resolved that evaluation needs. */
final class PlanNode {
  final int index;
  final int parent;
  final Indicator indicator;
  final int[] children;
  final Rule rule;
  /** A derived node's compiled expression, else null; set once the whole tree is known. */
  Expression expression;
  /** The plan indices of the nodes the expression refers to, in the order of {@link Expression#references()}. */
  int[] references = new int[0];
  final ValueRange inputRange;
  final MissingPolicy missing;
  /** The node's own applicability and its ancestors': a unit is scored on the node only if all apply. */
  final ImmutableList<Applicability> applicability;
  /** The least frequent of the node's own frequency and its ancestors': the node is due when all are. */
  final Frequency frequency;

  PlanNode(int index, int parent, Indicator indicator, int[] children, Rule rule, ValueRange inputRange,
      MissingPolicy missing, ImmutableList<Applicability> applicability, Frequency frequency) {
    this.index = index;
    this.parent = parent;
    this.indicator = indicator;
    this.children = children;
    this.rule = rule;
    this.inputRange = inputRange;
    this.missing = missing;
    this.applicability = applicability;
    this.frequency = frequency;
  }

  boolean appliesTo(Unit unit) {
    for (Applicability a : applicability) {
      if (!a.appliesTo(unit)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the node is scored in {@code period}: applicability by unit aside, it falls due then. */
  boolean dueIn(Period period) {
    return frequency.dueIn(period);
  }

  boolean isLeaf() {
    return rule != null;
  }

  boolean isDerived() {
    return indicator.expression().isPresent();
  }

  String id() {
    return indicator.id();
  }
}
