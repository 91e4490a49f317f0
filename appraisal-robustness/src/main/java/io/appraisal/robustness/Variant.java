package io.appraisal.robustness;

import io.appraisal.core.Aggregation;
import io.appraisal.core.RuleSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One draw of every uncertain choice: what differs from the nominal policy and data. */
final class Variant {
  /** Per indicator, the factor its nominal weight (points under a sum) is multiplied by. */
  final Map<String, Double> weightFactors = new HashMap<>();
  final Map<String, RuleSpec> rules = new HashMap<>();
  final Map<String, Aggregation> aggregations = new HashMap<>();
  final Set<String> excluded = new HashSet<>();
  /** Per leaf, its raw values with noise. */
  final Map<String, double[]> columns = new HashMap<>();

  /** Sets the children's weight factors so that their weights become {@code drawn}, rescaled to the nominal sum. */
  void reweight(Nominal nominal, String group, double[] weights, double[] drawn) {
    double total = 0;
    double drawnTotal = 0;
    for (int c = 0; c < weights.length; c++) {
      total += weights[c];
      drawnTotal += drawn[c];
    }
    List<String> children = nominal.childIds(group);
    for (int c = 0; c < weights.length; c++) {
      if (weights[c] > 0 && drawnTotal > 0) {
        weightFactors.put(children.get(c), drawn[c] * total / drawnTotal / weights[c]);
      }
    }
  }

  boolean changesPolicy() {
    return !weightFactors.isEmpty() || !rules.isEmpty() || !aggregations.isEmpty() || !excluded.isEmpty();
  }

  boolean changesData() {
    return !columns.isEmpty() || !excluded.isEmpty();
  }

  /**
   * What decides the compiled plan when no weight was drawn (weights are continuous, so their plans are never
   * reused): equal keys give equal plans.
   */
  List<Object> planKey() {
    return List.of(new TreeMap<>(rules), new TreeMap<>(aggregations), new TreeSet<>(excluded));
  }
}
