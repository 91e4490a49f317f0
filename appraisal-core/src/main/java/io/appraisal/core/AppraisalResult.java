package io.appraisal.core;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * The result of one period: immutable, and held in columns; a {@link UnitResult} with its explanation is built
 * when asked for, so that a run over a million units allocates no per-unit objects unless they are read.
 */
@API(status = STABLE, since = "0.1")
public final class AppraisalResult {
  private final CompiledPolicy plan;
  private final Dataset data;
  private final Period period;
  private final Stages.Outcome c;
  private volatile Provenance provenance;
  /** The published order of every unit, sorted once: a table, a CSV and a report each read the whole ranking. */
  private volatile int[] publishedOrder;

  AppraisalResult(CompiledPolicy plan, Dataset data, Period period, Stages.Outcome outcome) {
    this.plan = plan;
    this.data = data;
    this.period = period;
    this.c = outcome;
  }

  public Policy policy() {
    return plan.policy();
  }

  /** The period: a quarter, or a year for an annual result. */
  public Period period() {
    return period;
  }

  /** The number of units ranked. */
  public int size() {
    return c.rates().rate().length;
  }

  /** The result of the unit at dataset index {@code index}. */
  public UnitResult unit(int index) {
    return materialise(index);
  }

  public Optional<UnitResult> unit(String unitId) {
    int index = data.indexOf(unitId);
    return index < 0 ? Optional.empty() : Optional.of(materialise(index));
  }

  /** Every unit in published order: by rank, then by unit id. */
  public List<UnitResult> ranking() {
    int[] order = publishedOrder;
    if (order == null) {
      order = byRankThenId(IntStream.range(0, size()).toArray(), c.ranks().rank(), data.units());
      publishedOrder = order;
    }
    return results(order);
  }

  /** The units of one category in published order: by category rank, then by unit id. */
  public List<UnitResult> ranking(String categoryId) {
    int category = plan.categoryIds().indexOf(categoryId);
    if (category < 0) {
      throw new IllegalArgumentException("unknown category '" + categoryId + "'; the policy has "
          + plan.categoryIds());
    }
    return inOrder(IntStream.range(0, size()).filter(u -> c.ranks().category()[u] == category),
        c.ranks().categoryRank());
  }

  /** Values imputed, excluded or marked not applicable by the data: everything the engine did not score as given. */
  public List<Note> notes() {
    return c.rates().notes();
  }

  /** The score rate of every unit, by dataset index: a copy, for bulk consumers. */
  public double[] scoreRates() {
    return c.rates().rate().clone();
  }

  /** The overall rank of every unit, by dataset index: a copy, for bulk consumers. */
  public double[] ranks() {
    return c.ranks().rank().clone();
  }

  /**
   * The grade of every unit, by dataset index, as an index into the policy's grade bands (the band count meaning the
   * lowest grade; −1 when the policy does not grade): a copy, for bulk consumers such as a robustness analysis that
   * reads the grades of thousands of results without building every unit's explanation.
   */
  public int[] gradeIndices() {
    return c.grades().grade().clone();
  }

  /** The SHA-256 of the canonical policy and input data, and the library version: computed on first call. */
  public Provenance provenance() {
    Provenance result = provenance;
    if (result == null) {
      List<Correction> applied = c.corrections().values().stream().flatMap(List::stream).toList();
      result = new Provenance(Fingerprints.policy(policy()), Fingerprints.data(c.input(), c.inputPeriods(), applied),
          Provenance.currentLibraryVersion());
      provenance = result;
    }
    return result;
  }

  Stages.Outcome outcome() {
    return c;
  }

  private List<UnitResult> inOrder(IntStream units, double[] rank) {
    return results(byRankThenId(units.toArray(), rank, data.units()));
  }

  /** The results of the units in {@code order}. */
  private List<UnitResult> results(int[] order) {
    ImmutableList.Builder<UnitResult> results = ImmutableList.builderWithExpectedSize(order.length);
    for (int u : order) {
      results.add(materialise(u));
    }
    return results.build();
  }

  /**
   * The units ordered by rank, then by unit id. Ranks are whole or half numbers (fractional ranking), so twice the
   * rank (from 1/2 up) and the unit index make one {@code long} per unit, sorted as primitives (200,000 units: no
   * boxed index and no comparator call per comparison); units of one rank are then put in id order. Any other rank
   * falls back to sorting with a comparator.
   */
  static int[] byRankThenId(int[] units, double[] rank, List<Unit> unitList) {
    Comparator<Integer> byId = Comparator.comparing(u -> unitList.get(u).id());
    long[] keys = new long[units.length];
    for (int i = 0; i < units.length; i++) {
      double twice = 2 * rank[units[i]];
      if (!(twice >= 1 && twice <= Integer.MAX_VALUE && twice == Math.rint(twice))) {
        return Arrays.stream(units).boxed()
            .sorted(Comparator.<Integer>comparingDouble(u -> rank[u]).thenComparing(byId))
            .mapToInt(Integer::intValue).toArray();
      }
      keys[i] = (long) twice << 32 | units[i];
    }
    Arrays.sort(keys);
    int[] order = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      order[i] = (int) keys[i];
    }
    for (int start = 0, end; start < keys.length; start = end) {
      end = start + 1;
      while (end < keys.length && keys[end] >>> 32 == keys[start] >>> 32) {
        end++;
      }
      if (end - start > 1) {
        Integer[] tied = new Integer[end - start];
        for (int i = start; i < end; i++) {
          tied[i - start] = order[i];
        }
        Arrays.sort(tied, byId);
        for (int i = start; i < end; i++) {
          order[i] = tied[i - start];
        }
      }
    }
    return order;
  }

  private UnitResult materialise(int u) {
    Stages.Rates rates = c.rates();
    Stages.Adjustments adjustments = c.adjustments();
    int grade = c.grades().grade()[u];
    Optional<String> gradeName = policy().grades().map(scheme ->
        grade < scheme.bands().size() ? scheme.bands().get(grade).name() : scheme.lowest());
    double selfRate = rates.selfRate() == null ? Double.NaN : rates.selfRate()[u];
    boolean flagged = selfRate - rates.rate()[u] > policy().selfAssessmentTolerance();
    return new UnitResult(data.units().get(u), rates.score()[0][u], rates.max()[0][u], rates.rate()[u],
        adjustments.bonus()[u], adjustments.deduction()[u], adjustments.composite()[u],
        plan.rounder().published(c.published().key()[u]), adjustments.vetoed()[u], adjustments.rankedLast()[u],
        c.ranks().rank()[u], c.ranks().categoryRank()[u], gradeName, new LazyList<>(() -> indicators(u)),
        of(adjustments.applied(), u), of(c.corrections(), u), selfRate, flagged);
  }

  /** Unit {@code u}'s entries: most units have none, and then no boxed lookup is made. */
  private static <T> List<T> of(Map<Integer, List<T>> byUnit, int u) {
    return byUnit.isEmpty() ? List.of() : byUnit.getOrDefault(u, List.of());
  }

  /** The breakdown of unit {@code u}: every node of the tree with its contribution, then year-end components. */
  private List<IndicatorScore> indicators(int u) {
    List<PlanNode> nodes = plan.nodes();
    Stages.Rates rates = c.rates();
    List<AnnualRollup.YearEndComponent> components = rates.components();
    double[] contribution = new double[nodes.size()];
    double componentsTotal = 0;
    for (int k = 0; k < components.size(); k++) {
      componentsTotal += components.get(k).weight() * rates.componentValues()[k][u];
    }
    contribution[0] = rates.rate()[u] - componentsTotal;
    List<IndicatorScore> indicators = new ArrayList<>(nodes.size() + components.size());
    for (PlanNode node : nodes) {
      // A derived node's expression is not a weighted sum: its contribution is not shared among its children.
      if (!node.isLeaf() && !node.isDerived()) {
        attribute(node, u, contribution);
      }
    }
    for (PlanNode node : nodes) {
      indicators.add(new IndicatorScore(node.id(), node.isLeaf(), status(node, u),
          node.isLeaf() ? raw(node, u) : Double.NaN, rates.score()[node.index][u], rates.max()[node.index][u],
          contribution[node.index]));
    }
    for (int k = 0; k < components.size(); k++) {
      AnnualRollup.YearEndComponent component = components.get(k);
      double value = rates.componentValues()[k][u];
      indicators.add(new IndicatorScore(component.id(), true, IndicatorScore.Status.SCORED, value, value,
          component.range().max(), component.weight() * value));
    }
    return indicators;
  }

  /**
   * Shares a group's contribution among its children in proportion to their weighted score fractions (for a sum,
   * their points), so that the leaves' contributions add up to the score rate whatever the aggregation.
   */
  private void attribute(PlanNode node, int u, double[] contribution) {
    double[][] score = c.rates().score();
    double[][] max = c.rates().max();
    boolean sum = node.indicator.aggregation() == Aggregation.SUM;
    double total = 0;
    double[] share = new double[node.children.length];
    for (int k = 0; k < node.children.length; k++) {
      int child = node.children[k];
      double childMax = max[child][u];
      if (childMax > 0) {
        share[k] = sum ? score[child][u]
            : plan.nodes().get(child).indicator.weight() * score[child][u] / childMax;
        total += share[k];
      }
    }
    for (int k = 0; k < node.children.length; k++) {
      contribution[node.children[k]] = total > 0 ? contribution[node.index] * share[k] / total : 0;
    }
  }

  /** The value the leaf scored: the data's, divided by its denominator when it has one. */
  private double raw(PlanNode node, int u) {
    return Evaluator.valueIn(data, period, node, u);
  }

  private IndicatorScore.Status status(PlanNode node, int u) {
    if (c.rates().max()[node.index][u] > 0) {
      if (node.isLeaf() && period.isQuarter() && Double.isNaN(raw(node, u))) {
        return node.missing == MissingPolicy.ZERO ? IndicatorScore.Status.IMPUTED_ZERO
            : IndicatorScore.Status.IMPUTED;
      }
      return IndicatorScore.Status.SCORED;
    }
    Dataset.Column column = data.column(period, node.id());
    boolean applies = node.dueIn(period) && node.appliesTo(data.units().get(u))
        && (column == null || !column.notApplicable.get(u));
    return node.isLeaf() && applies ? IndicatorScore.Status.EXCLUDED : IndicatorScore.Status.NOT_APPLICABLE;
  }
}
