package io.appraisal.core;

import io.appraisal.core.spi.Rule;

/** One indicator of a compiled policy, with everything resolved that evaluation needs. */
final class PlanNode {
  final int index;
  final int parent;
  final Indicator indicator;
  final int[] children;
  final Rule rule;
  final ValueRange inputRange;
  final MissingPolicy missing;

  PlanNode(int index, int parent, Indicator indicator, int[] children, Rule rule, ValueRange inputRange,
      MissingPolicy missing) {
    this.index = index;
    this.parent = parent;
    this.indicator = indicator;
    this.children = children;
    this.rule = rule;
    this.inputRange = inputRange;
    this.missing = missing;
  }

  boolean isLeaf() {
    return rule != null;
  }

  String id() {
    return indicator.id();
  }
}
