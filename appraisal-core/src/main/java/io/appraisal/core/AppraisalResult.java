package io.appraisal.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The result of one period: immutable, and held in columns; a {@link UnitResult} with its explanation is built
 * when asked for, so that a run over a million units allocates no per-unit objects unless they are read.
 */
public final class AppraisalResult {
  private final CompiledPolicy plan;
  private final Dataset data;
  private final Period period;
  private final double[][] score;
  private final double[][] max;
  private final double[] rate;
  private final double[] composite;
  private final long[] key;
  private final Adjuster adjuster;
  private final int[] category;
  private final Standing standing;
  private final ImmutableList<Note> notes;

  AppraisalResult(CompiledPolicy plan, Dataset data, Period period, double[][] score, double[][] max,
      double[] rate, double[] composite, long[] key, Adjuster adjuster, int[] category, Standing standing,
      ImmutableList<Note> notes) {
    this.plan = plan;
    this.data = data;
    this.period = period;
    this.score = score;
    this.max = max;
    this.rate = rate;
    this.composite = composite;
    this.key = key;
    this.adjuster = adjuster;
    this.category = category;
    this.standing = standing;
    this.notes = notes;
  }

  public Policy policy() {
    return plan.policy();
  }

  public Period period() {
    return period;
  }

  /** The number of units ranked. */
  public int size() {
    return rate.length;
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
  public ImmutableList<UnitResult> ranking() {
    return inOrder(IntStream.range(0, size()), standing.rank);
  }

  /** The units of one category in published order: by category rank, then by unit id. */
  public ImmutableList<UnitResult> ranking(String categoryId) {
    int c = plan.categoryIds().indexOf(categoryId);
    if (c < 0) {
      throw new IllegalArgumentException("unknown category '" + categoryId + "'; the policy has "
          + plan.categoryIds());
    }
    return inOrder(IntStream.range(0, size()).filter(u -> category[u] == c), standing.categoryRank);
  }

  /** Values imputed, excluded or marked not applicable by the data: everything the engine did not score as given. */
  public ImmutableList<Note> notes() {
    return notes;
  }

  /** The score rate of every unit, by dataset index: a copy, for bulk consumers. */
  public double[] scoreRates() {
    return rate.clone();
  }

  /** The overall rank of every unit, by dataset index: a copy, for bulk consumers. */
  public double[] ranks() {
    return standing.rank.clone();
  }

  private ImmutableList<UnitResult> inOrder(IntStream units, double[] rank) {
    return units.boxed()
        .sorted(Comparator.<Integer>comparingDouble(u -> rank[u]).thenComparing(u -> data.units().get(u).id()))
        .map(this::materialise)
        .collect(ImmutableList.toImmutableList());
  }

  private UnitResult materialise(int u) {
    List<PlanNode> nodes = plan.nodes();
    double[] contribution = new double[nodes.size()];
    contribution[0] = rate[u];
    List<IndicatorScore> indicators = new ArrayList<>(nodes.size());
    for (PlanNode node : nodes) {
      if (!node.isLeaf()) {
        attribute(node, u, contribution);
      }
    }
    for (PlanNode node : nodes) {
      indicators.add(new IndicatorScore(node.id(), node.isLeaf(), status(node, u),
          node.isLeaf() ? raw(node, u) : Double.NaN, score[node.index][u], max[node.index][u],
          contribution[node.index]));
    }
    int grade = standing.grade[u];
    Optional<String> gradeName = policy().grades().map(scheme ->
        grade < scheme.bands().size() ? scheme.bands().get(grade).name() : scheme.lowest());
    return new UnitResult(data.units().get(u), score[0][u], max[0][u], rate[u], adjuster.bonus[u],
        adjuster.deduction[u], composite[u], plan.rounder().published(key[u]), adjuster.vetoed[u],
        standing.rank[u], standing.categoryRank[u], gradeName, indicators,
        adjuster.applied.getOrDefault(u, List.of()));
  }

  /**
   * Shares a group's contribution among its children in proportion to their weighted score fractions (for a sum,
   * their points), so that the leaves' contributions add up to the score rate whatever the aggregation.
   */
  private void attribute(PlanNode node, int u, double[] contribution) {
    boolean sum = node.indicator.aggregation() == Aggregation.SUM;
    double total = 0;
    double[] share = new double[node.children.length];
    for (int c = 0; c < node.children.length; c++) {
      int child = node.children[c];
      double childMax = max[child][u];
      if (childMax > 0) {
        share[c] = sum ? score[child][u] : plan.nodes().get(child).indicator.weight() * score[child][u] / childMax;
        total += share[c];
      }
    }
    for (int c = 0; c < node.children.length; c++) {
      contribution[node.children[c]] = total > 0 ? contribution[node.index] * share[c] / total : 0;
    }
  }

  private double raw(PlanNode node, int u) {
    Dataset.Column column = data.column(period, node.id());
    return column == null ? Double.NaN : column.values[u];
  }

  private IndicatorScore.Status status(PlanNode node, int u) {
    if (max[node.index][u] > 0) {
      return node.isLeaf() && Double.isNaN(raw(node, u)) ? IndicatorScore.Status.IMPUTED_ZERO
          : IndicatorScore.Status.SCORED;
    }
    Dataset.Column column = data.column(period, node.id());
    boolean applies = node.appliesTo(data.units().get(u))
        && (column == null || !column.notApplicable.get(u));
    return node.isLeaf() && applies ? IndicatorScore.Status.EXCLUDED : IndicatorScore.Status.NOT_APPLICABLE;
  }
}
