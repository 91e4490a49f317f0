package io.appraisal.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.Applicability;
import io.appraisal.core.Category;
import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.MissingPolicy;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Unit;
import io.appraisal.core.ValueRange;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleRegistry;
import io.appraisal.core.spi.RuleType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;

/**
 * Generates {@link Dataset}s that one policy can evaluate for one period: units {@code u1..uN} in the policy's
 * categories with any of the attributes its indicators require, a value for every leaf that applies to a unit, drawn
 * from the leaf's declared range or else its rule's input range, missing now and then where the leaf's missing-value
 * policy is not FAIL (every unit keeps at least one value), and adjustment events for the policy's items. Configure
 * with the methods below, each returning a new instance. Shrinks towards one unit with small values and no events.
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class DatasetArbitrary extends ArbitraryDecorator<Dataset> {
  /** The period of generated data unless {@link #period} says otherwise. */
  public static final Period DEFAULT_PERIOD = Period.quarter(2024, 1);

  private final Policy policy;
  private final RuleRegistry rules;
  private final int minUnits;
  private final int maxUnits;
  private final Period period;
  private final boolean adjustments;
  private final boolean missingValues;
  private final ImmutableMap<String, Arbitrary<Double>> values;

  DatasetArbitrary(Policy policy, RuleRegistry rules) {
    this(policy, rules, 1, 20, DEFAULT_PERIOD, true, true, ImmutableMap.of());
  }

  private DatasetArbitrary(Policy policy, RuleRegistry rules, int minUnits, int maxUnits, Period period,
      boolean adjustments, boolean missingValues, ImmutableMap<String, Arbitrary<Double>> values) {
    this.policy = policy;
    this.rules = rules;
    this.minUnits = minUnits;
    this.maxUnits = maxUnits;
    this.period = period;
    this.adjustments = adjustments;
    this.missingValues = missingValues;
    this.values = values;
  }

  /** At least {@code min} units (1 by default). */
  public DatasetArbitrary ofMinSize(int min) {
    checkArgument(min >= 1 && min <= maxUnits, "min units must be in 1..%s but was: %s", maxUnits, min);
    return new DatasetArbitrary(policy, rules, min, maxUnits, period, adjustments, missingValues, values);
  }

  /** At most {@code max} units (20 by default). */
  public DatasetArbitrary ofMaxSize(int max) {
    checkArgument(max >= minUnits, "max units must be at least %s but was: %s", minUnits, max);
    return new DatasetArbitrary(policy, rules, minUnits, max, period, adjustments, missingValues, values);
  }

  /** Exactly {@code size} units. */
  public DatasetArbitrary ofSize(int size) {
    checkArgument(size >= 1, "size must be positive but was: %s", size);
    return new DatasetArbitrary(policy, rules, size, size, period, adjustments, missingValues, values);
  }

  /** The period the values and events are for; {@link #DEFAULT_PERIOD} by default. */
  public DatasetArbitrary period(Period period) {
    return new DatasetArbitrary(policy, rules, minUnits, maxUnits, requireNonNull(period, "period"), adjustments,
        missingValues, values);
  }

  /** Data without adjustment events. */
  public DatasetArbitrary withoutAdjustments() {
    return new DatasetArbitrary(policy, rules, minUnits, maxUnits, period, false, missingValues, values);
  }

  /** Data with a value for every leaf that applies to a unit, whatever the missing-value policy. */
  public DatasetArbitrary withoutMissingValues() {
    return new DatasetArbitrary(policy, rules, minUnits, maxUnits, period, adjustments, false, values);
  }

  /**
   * The raw values of one leaf, for realism (whole counts, yes/no as 0 or 1); they must lie in the leaf's range.
   * Other leaves draw {@link Appraisals#rawValues} of their range.
   */
  public DatasetArbitrary values(String indicatorId, Arbitrary<Double> leafValues) {
    requireNonNull(leafValues, "leafValues");
    Indicator leaf = policy.indicator(indicatorId).orElseThrow(() -> new IllegalArgumentException(
        "policy " + policy.id() + " has no indicator '" + indicatorId + "'"));
    checkArgument(leaf.isLeaf(), "indicator %s is a group; values belong to its leaves", indicatorId);
    Map<String, Arbitrary<Double>> map = new HashMap<>(values);
    map.put(indicatorId, leafValues);
    return new DatasetArbitrary(policy, rules, minUnits, maxUnits, period, adjustments, missingValues,
        ImmutableMap.copyOf(map));
  }

  /** A leaf with what decides its values: the applicability of it and its ancestors, its missing policy, its range. */
  private record LeafInfo(Indicator indicator, List<Applicability> applicability, MissingPolicy missing,
      ValueRange range) {
    boolean appliesTo(Unit unit) {
      return applicability.stream().allMatch(a -> a.appliesTo(unit));
    }
  }

  /** One unit before it gets its id. */
  private record UnitDraft(String category, Set<String> attributes, List<Double> values, List<Boolean> missing,
      List<Tuple.Tuple2<Integer, Integer>> events) {}

  @Override
  protected Arbitrary<Dataset> arbitrary() {
    List<LeafInfo> leaves = new ArrayList<>();
    collect(policy.root(), List.of(), MissingPolicy.FAIL, leaves);
    Set<String> attributeSet = new TreeSet<>();
    policy.indicators().forEach(i -> attributeSet.addAll(i.applicability().attributes()));
    List<String> attributes = List.copyOf(attributeSet);
    List<AdjustmentItem> items = adjustments ? policy.adjustments().items() : List.of();

    List<Arbitrary<Double>> leafValues = new ArrayList<>();
    List<Arbitrary<Boolean>> leafMissing = new ArrayList<>();
    for (LeafInfo leaf : leaves) {
      leafValues.add(values.getOrDefault(leaf.indicator().id(), Appraisals.rawValues(leaf.range())));
      leafMissing.add(missingValues && leaf.missing() != MissingPolicy.FAIL
          ? Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)) : Arbitraries.just(false));
    }
    Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> events = items.isEmpty() ? Arbitraries.just(List.of())
        : Combinators.combine(Arbitraries.integers().between(0, items.size() - 1),
            Arbitraries.integers().between(1, 3)).as(Tuple::of).list().ofMaxSize(2);
    Arbitrary<UnitDraft> draft = Combinators.combine(
            Arbitraries.of(policy.categories().stream().map(Category::id).toList()),
            UnitArbitrary.subsets(attributes),
            Combinators.combine(leafValues).as(List::copyOf),
            Combinators.combine(leafMissing).as(List::copyOf),
            events)
        .as(UnitDraft::new);
    return draft.list().ofMinSize(minUnits).ofMaxSize(maxUnits)
        .map(drafts -> build(drafts, leaves, attributes, items));
  }

  private Dataset build(List<UnitDraft> drafts, List<LeafInfo> leaves, List<String> attributes,
      List<AdjustmentItem> items) {
    Dataset.Builder data = Dataset.builder().source("generated");
    for (int u = 0; u < drafts.size(); u++) {
      UnitDraft draft = drafts.get(u);
      String id = "u" + (u + 1);
      Unit drafted = new Unit(id, "unit " + (u + 1), draft.category(), draft.attributes());
      Unit unit = leaves.stream().anyMatch(leaf -> leaf.appliesTo(drafted)) ? drafted
          : new Unit(id, drafted.name(), drafted.category(), Set.copyOf(attributes));
      data.unit(unit);
      List<Integer> applicable = new ArrayList<>();
      for (int k = 0; k < leaves.size(); k++) {
        if (leaves.get(k).appliesTo(unit)) {
          applicable.add(k);
        }
      }
      boolean anyKept = applicable.stream().anyMatch(k -> !draft.missing().get(k));
      for (int k : applicable) {
        if (!draft.missing().get(k) || (!anyKept && k == applicable.get(0))) {
          data.value(id, period, leaves.get(k).indicator().id(), draft.values().get(k));
        }
      }
      for (Tuple.Tuple2<Integer, Integer> event : draft.events()) {
        data.event(new AdjustmentEvent(id, period, items.get(event.get1()).id(), event.get2(), "generated"));
      }
    }
    return data.build();
  }

  private void collect(Indicator node, List<Applicability> outer, MissingPolicy inherited, List<LeafInfo> leaves) {
    if (!node.frequency().dueIn(period)) {
      return; // not scored in this period (a yearly item in Q1): a value for it would be an error
    }
    List<Applicability> applicability = ImmutableList.<Applicability>builder().addAll(outer)
        .add(node.applicability()).build();
    MissingPolicy missing = node.missing().orElse(inherited);
    if (node.isLeaf()) {
      leaves.add(new LeafInfo(node, applicability, missing, node.range().orElseGet(() -> inputRange(node))));
    }
    for (Indicator child : node.children()) {
      collect(child, applicability, missing, leaves);
    }
  }

  private ValueRange inputRange(Indicator leaf) {
    String type = leaf.rule().orElseThrow().type();
    RuleType ruleType = rules.find(type).orElseThrow(() -> new IllegalArgumentException("leaf " + leaf.id()
        + " of policy " + policy.id() + " uses rule type '" + type + "', which the registry does not have; it has "
        + rules.types().keySet()));
    RuleParameters parameters = new RuleParameters("policy " + policy.id(), "indicators." + leaf.id() + ".rule",
        leaf.rule().orElseThrow().parameters(), leaf.points(), leaf.direction());
    var rule = ruleType.create(parameters);
    if (!parameters.problems().isEmpty()) {
      throw new InvalidInputException(parameters.problems());
    }
    return rule.inputRange();
  }
}
