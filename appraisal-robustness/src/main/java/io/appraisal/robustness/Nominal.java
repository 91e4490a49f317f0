package io.appraisal.robustness;

import io.appraisal.core.Aggregation;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Dataset;
import io.appraisal.core.Grade;
import io.appraisal.core.Indicator;
import io.appraisal.core.Origin;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The nominal policy, data and period, read once: the raw columns of the period, the children's weights, and the
 * evaluation of a {@link Variant}. Thread-safe.
 */
final class Nominal {
  final AppraisalEngine engine;
  final Policy policy;
  final Dataset data;
  final Period period;
  final CompiledPolicy compiled;
  final List<String> grades;
  final double[] ranks;
  final int[] gradeOf;
  /** Per unit (by dataset index), a key that depends on its id alone: the noise a unit draws follows its id. */
  final long[] unitKeys;
  /** The engine's result of the nominal policy and data. */
  final AppraisalResult result;
  private final Map<String, Indicator> byId = new HashMap<>();
  private final Map<String, Indicator> parents = new HashMap<>();
  private final Map<String, double[]> columns = new LinkedHashMap<>();
  private final Map<String, List<String>> notApplicable = new HashMap<>();
  private final Map<List<Object>, CompiledPolicy> plans = new ConcurrentHashMap<>();

  Nominal(AppraisalEngine engine, Policy policy, Dataset data, Period period) {
    this.engine = engine;
    this.policy = policy;
    this.data = data;
    this.period = period;
    this.compiled = engine.compile(policy);
    policy.root().preOrder().forEach(node -> {
      byId.put(node.id(), node);
      node.children().forEach(child -> parents.put(child.id(), node));
    });
    List<String> names = new ArrayList<>();
    policy.grades().ifPresent(scheme -> {
      scheme.bands().stream().map(Grade::name).forEach(names::add);
      names.add(scheme.lowest());
    });
    this.grades = List.copyOf(names);
    for (String leaf : data.indicators(period)) {
      double[] values = new double[data.size()];
      List<String> marked = new ArrayList<>();
      for (int u = 0; u < values.length; u++) {
        String unit = data.units().get(u).id();
        values[u] = data.value(unit, period, leaf).orElse(Double.NaN);
        if (data.isNotApplicable(unit, period, leaf)) {
          marked.add(unit);
        }
      }
      columns.put(leaf, values);
      notApplicable.put(leaf, marked);
    }
    this.unitKeys = data.units().stream()
        .mapToLong(unit -> Seeds.mix(unit.id().hashCode() * 0x9E3779B97F4A7C15L)).toArray();
    this.result = compiled.evaluate(data, period);
    Outcome outcome = outcome(result);
    this.ranks = outcome.ranks();
    this.gradeOf = outcome.grades();
  }

  /** One evaluation: each unit's overall rank and grade (an index into {@link #grades}, −1 without grades). */
  record Outcome(double[] ranks, int[] grades) {}

  /** The engine's ranks and grades of the variant. */
  Outcome evaluate(Variant variant) {
    return outcome(result(variant));
  }

  /** The engine's result of the variant: the policy rebuilt and compiled, the data rebuilt. */
  AppraisalResult result(Variant variant) {
    CompiledPolicy plan = compiled;
    if (variant.changesPolicy()) {
      plan = variant.weightFactors.isEmpty()
          ? plans.computeIfAbsent(variant.planKey(), key -> engine.compile(PolicyVariants.rebuild(policy, variant)))
          : engine.compile(PolicyVariants.rebuild(policy, variant));
    }
    Dataset sampled = variant.changesData() ? dataset(variant) : data;
    return plan.evaluate(sampled, period);
  }

  private static Outcome outcome(AppraisalResult result) {
    return new Outcome(result.ranks(), result.gradeIndices());
  }

  /** The period's data with the variant's noisy columns, and without the columns of excluded indicators. */
  private Dataset dataset(Variant variant) {
    Dataset.Builder builder = Dataset.builder().source(data.source()).units(data.units());
    columns.forEach((leaf, values) -> {
      if (!excludedWithAncestor(leaf, variant)) {
        builder.column(period, leaf, variant.columns.getOrDefault(leaf, values));
        for (String unit : notApplicable.get(leaf)) {
          builder.notApplicable(unit, period, leaf, Origin.CODE);
        }
      }
    });
    return builder.events(data.events()).build();
  }

  private boolean excludedWithAncestor(String leaf, Variant variant) {
    if (variant.excluded.isEmpty()) {
      return false;
    }
    for (Indicator node = byId.get(leaf); node != null; node = parent(node.id())) {
      if (variant.excluded.contains(node.id())) {
        return true;
      }
    }
    return false;
  }

  Indicator node(String id) {
    return byId.get(id);
  }

  /** The parent of an indicator, or null for the root. */
  Indicator parent(String id) {
    return parents.get(id);
  }

  List<String> childIds(String group) {
    return byId.get(group).children().stream().map(Indicator::id).toList();
  }

  /** The children's nominal weights as their parent uses them: points under a sum, weights under a mean. */
  double[] childWeights(String group) {
    Indicator node = byId.get(group);
    boolean sum = node.aggregation() == Aggregation.SUM;
    return node.children().stream().mapToDouble(c -> sum ? c.points() : c.weight()).toArray();
  }

  /** The units the data marks not applicable for the leaf in the period. */
  List<String> notApplicable(String leaf) {
    return notApplicable.getOrDefault(leaf, List.of());
  }

  /** The leaf's raw values in the period (NaN where missing or not applicable), by dataset index. */
  double[] column(String leaf) {
    double[] values = columns.get(leaf);
    if (values == null) {
      values = new double[data.size()];
      Arrays.fill(values, Double.NaN);
    }
    return values;
  }

  List<Unit> units() {
    return data.units();
  }
}
