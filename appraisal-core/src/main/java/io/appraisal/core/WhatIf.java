package io.appraisal.core;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One period's evaluation held open for what-if changes: {@link #set} changes one raw value, and the published
 * scores, ranks and the whole {@link #result()} are those of a full recalculation of the changed data, exactly
 * (the same stages, the same floating-point operations in the same order).
 *
 * <p>Where the policy allows it ({@link #incremental()}: every leaf scores every unit from a value of its own, no
 * derived, TOPSIS or denominated node, no self-assessment), a change costs what it moves, not a recalculation:
 *
 * <ul>
 *   <li>a rule with fixed bounds ({@link io.appraisal.core.spi.Rule#populationRelative()} false) scores the changed
 *       unit alone; a population-relative rule (min-max, z-score, …) rescores its column, and only the units whose
 *       points changed go on (for min-max, the changed unit alone unless the column's minimum or maximum moved;
 *       when more than an eighth of the units moved, the stages run afresh over the changed data instead);
 *   <li>for each unit that moved, the groups above the leaf, the score rate, the composite and the published key are
 *       recomputed for that unit alone;
 *   <li>ranks are counted, not sorted: published keys are bounded integers, and Fenwick trees over them (overall and
 *       per category) give a unit's competition, dense or fractional rank, and move a unit, in {@code O(log keys)}.
 * </ul>
 *
 * <p>{@link #result()} builds the full result (grades, quotas, explanations) from that state in linear time. Without
 * the incremental path, {@link #result()} recalculates. Not thread-safe: one what-if per thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WhatIf {
  /**
   * Above this share of the units moving at once, the stages are run afresh over the changed data rather than each
   * unit carried up to its rank (every unit moves when a min-max column's bound moves).
   */
  private static final int REBUILD_DIVISOR = 8;
  /** The most rank codes the counts may hold (per index; one overall and one per category). */
  private static final long MAX_CODES = 1L << 24;

  private final CompiledPolicy plan;
  private final Policy policy;
  private final Period period;
  private final Dataset data;
  private final List<Note> presenceNotes;
  private final int n;
  /** The current raw values of the leaves changed so far, by leaf id; shared with a result once it is built. */
  private final Map<String, double[]> values = new HashMap<>();
  private final Map<String, Boolean> valuesShared = new HashMap<>();
  private boolean incremental;
  private AppraisalResult result;

  // The state of the incremental path (unset without it).
  private double[][] score;
  private boolean[] scoreShared;
  private double[][] max;
  private double[] rate;
  private double[] bonus;
  private double[] deduction;
  /** Whether a ranked-last veto puts the unit after every other ({@link VetoEffect#RANKED_LAST}). */
  private boolean[] rankedLast;
  private double[] composite;
  private long[] key;
  private int[] category;
  /** Per leaf, the groups above it in the order they are computed; per group, its children's weights and factors. */
  private int[][] ancestors;
  private double[][] weights;
  private double[][] factors;
  /** Whether a result shares {@link #rate}: the next change writes to a copy. */
  private boolean snapshotTaken;

  // The rank counts: null when ranks come from the result (ordinal ranking, or keys spread too wide).
  private RankIndex overall;
  private RankIndex[] inCategory;
  private long lowKey;
  private long keySpan;
  private boolean vetoTiers;

  WhatIf(CompiledPolicy plan, Dataset input, Period period) {
    this.plan = plan;
    this.policy = plan.policy();
    this.period = period;
    Presence presence = Presence.of(plan, input, period);
    if (!presence.problems().isEmpty()) {
      throw new InvalidInputException(presence.problems());
    }
    this.data = presence.data();
    this.presenceNotes = presence.notes();
    this.n = data.size();
    this.incremental = incrementalPlan() && start(data);
    if (!incremental) {
      result = recalculate();
    }
  }

  /** Whether changes are applied incrementally; false when each {@link #result()} is a full recalculation. */
  public boolean incremental() {
    return incremental;
  }

  /**
   * Changes the raw value of one unit on one leaf indicator in this period.
   *
   * @return this what-if, for chaining
   * @throws IllegalArgumentException if the unit is not evaluated in this period, the indicator is not a leaf that
   *     applies to it, the data marks the value not applicable, or the value is not finite and within the leaf's
   *     input range
   */
  public WhatIf set(String unitId, String indicatorId, double value) {
    int u = data.indexOf(unitId);
    checkArgument(u >= 0, "unitId must be a unit evaluated in period %s but was %s", period, unitId);
    PlanNode node = plan.node(indicatorId);
    checkArgument(node != null && node.isLeaf(), "indicatorId must be a leaf indicator of the policy but was %s",
        indicatorId);
    checkArgument(node.appliesTo(data.units().get(u)), "indicator %s does not apply to unit %s", indicatorId,
        unitId);
    checkArgument(!data.isNotApplicable(unitId, period, indicatorId),
        "the data marks indicator %s as not applicable to unit %s in period %s", indicatorId, unitId, period);
    // A denominated leaf's range is that of the quotient, which the full recalculation checks.
    checkArgument(Double.isFinite(value)
        && (node.indicator.denominator().isPresent() || node.inputRange.contains(value)),
        "value of unit %s on indicator %s must be finite and within %s but was %s", unitId, indicatorId,
        node.inputRange, value);
    double[] column = writableValues(indicatorId);
    column[u] = value;
    result = null;
    if (incremental) {
      rescore(node, u, column);
    }
    return this;
  }

  /** The unit's published score (rounded as the policy says). */
  public BigDecimal published(String unitId) {
    int u = index(unitId);
    return incremental ? plan.rounder().published(key[u]) : result().unit(u).published();
  }

  /** The unit's overall rank, as {@link UnitResult#rank()} of the {@link #result()} gives it. */
  public double rank(String unitId) {
    int u = index(unitId);
    return overall == null ? result().unit(u).rank() : overall.rank(code(u), policy.ranking().method());
  }

  /** The unit's rank within its category, as {@link UnitResult#categoryRank()} of the {@link #result()} gives it. */
  public double categoryRank(String unitId) {
    int u = index(unitId);
    return overall == null ? result().unit(u).categoryRank()
        : inCategory[category[u]].rank(code(u), policy.ranking().method());
  }

  /**
   * The result of the data with every change so far: equal to {@link CompiledPolicy#evaluate(Dataset, Period)} of
   * that data. Built once per state, in linear time; later changes do not alter a result already returned.
   */
  public AppraisalResult result() {
    if (result == null) {
      result = incremental ? finish() : recalculate();
    }
    return result;
  }

  private int index(String unitId) {
    int u = data.indexOf(unitId);
    checkArgument(u >= 0, "unitId must be a unit evaluated in period %s but was %s", period, unitId);
    return u;
  }

  /**
   * No derived, TOPSIS or denominated node, no self-assessment: what the incremental path recomputes unit by unit.
   */
  private boolean incrementalPlan() {
    for (PlanNode node : plan.nodes()) {
      if (node.isDerived() || (!node.isLeaf() && node.indicator.aggregation() == Aggregation.TOPSIS)
          || node.indicator.denominator().isPresent()) {
        return false;
      }
    }
    return data.selfAssessed(period) == null;
  }

  /**
   * Runs the stages to the score rate and keeps their columns; false (nothing kept) unless every leaf and every
   * group but a sum gives every unit its full maximum with no note (no value missing, imputed or not applicable),
   * so that a change moves scores only.
   */
  private boolean start(Dataset input) {
    Corrections none = new Corrections(plan, input, period, CorrectionLog.empty());
    Stages.Rates rates = new Evaluator(plan, none.data, period).rates(none);
    List<PlanNode> nodes = plan.nodes();
    if (!rates.notes().isEmpty()) {
      return false;
    }
    for (PlanNode node : nodes) {
      if (node.isLeaf() || node.indicator.aggregation() != Aggregation.SUM) {
        for (double available : rates.max()[node.index]) {
          if (available != node.indicator.points()) {
            return false;
          }
        }
      }
    }
    score = rates.score();
    scoreShared = new boolean[nodes.size()];
    max = rates.max();
    rate = rates.rate();
    Stages.Adjustments adjustments = Adjuster.adjust(policy, input, period, rate, Map.of());
    bonus = adjustments.bonus();
    deduction = adjustments.deduction();
    rankedLast = adjustments.rankedLast();
    composite = adjustments.composite();
    key = plan.rounder().keys(composite, plan.parallel());
    category = Evaluator.categories(plan, input);
    weights = new double[nodes.size()][];
    factors = new double[nodes.size()][];
    ancestors = new int[nodes.size()][];
    int[] position = new int[nodes.size()];
    int[] order = plan.order();
    for (int k = 0; k < order.length; k++) {
      PlanNode group = nodes.get(order[k]);
      position[group.index] = k;
      weights[group.index] = Evaluator.weights(plan, group);
      factors[group.index] = Evaluator.meanFactors(plan, group, weights[group.index]);
    }
    for (PlanNode node : nodes) {
      if (node.isLeaf()) {
        List<Integer> above = new ArrayList<>();
        for (int p = node.parent; p >= 0; p = nodes.get(p).parent) {
          above.add(p);
        }
        // Each group after its children: the order the aggregate stage computes them in.
        ancestors[node.index] = above.stream().sorted((a, b) -> Integer.compare(position[a], position[b]))
            .mapToInt(Integer::intValue).toArray();
      }
    }
    vetoTiers = false;
    for (boolean last : rankedLast) {
      vetoTiers |= last;
    }
    buildRankIndex();
    return true;
  }

  /** Scores the changed value and carries every unit whose points moved up to its rank. */
  private void rescore(PlanNode node, int u, double[] column) {
    int leaf = node.index;
    if (!node.rule.populationRelative()) {
      double[] points = new double[1];
      Evaluator.scoreColumn(node, new double[] {column[u]}, points, i -> data.units().get(u).id());
      if (Double.doubleToLongBits(points[0]) != Double.doubleToLongBits(score[leaf][u])) {
        writableScore(leaf)[u] = points[0];
        carry(leaf, u);
      }
      return;
    }
    double[] fresh = new double[n];
    Evaluator.scoreColumn(node, column, fresh, i -> data.units().get(i).id());
    double[] old = score[leaf];
    score[leaf] = fresh;
    scoreShared[leaf] = false;
    // The units that moved, listed up to the share that sends the change to the stages.
    int limit = n / REBUILD_DIVISOR;
    int[] moved = new int[limit + 1];
    int count = 0;
    for (int w = 0; w < n && count <= limit; w++) {
      if (Double.doubleToLongBits(fresh[w]) != Double.doubleToLongBits(old[w])) {
        moved[count++] = w;
      }
    }
    if (count > limit) {
      // Carrying most units one by one costs more than the stages over the changed data (a million units carried:
      // 3.4x a full recalculation; the stages: 1.3x); start() is false only if the changed data gave notes.
      snapshotTaken = false;
      incremental = start(currentData());
      return;
    }
    for (int i = 0; i < count; i++) {
      carry(leaf, moved[i]);
    }
  }

  /**
   * Recomputes for unit {@code u} the groups above {@code leaf}, each as the aggregate stage computes it for a unit
   * with every child at its full maximum, then the score rate, composite and key, and moves it in the rank counts.
   */
  private void carry(int leaf, int u) {
    List<PlanNode> nodes = plan.nodes();
    for (int g : ancestors[leaf]) {
      PlanNode group = nodes.get(g);
      int[] children = group.children;
      double points = group.indicator.points();
      double value = 0;
      switch (group.indicator.aggregation()) {
        case SUM -> {
          for (int child : children) {
            value += score[child][u];
          }
        }
        case ARITHMETIC_MEAN -> {
          double[] factor = factors[g];
          for (int c = 0; c < children.length; c++) {
            value += factor[c] * score[children[c]][u];
          }
          value = Math.min(points, value);
        }
        default -> value = group.indicator.aggregation().combine(children, weights[g], score, max, u)
            * points;
      }
      writableScore(g)[u] = value;
    }
    if (snapshotTaken) {
      rate = rate.clone();
      snapshotTaken = false;
    }
    rate[u] = Evaluator.rate(policy, score[0][u], max[0][u]);
    composite[u] = Adjuster.composite(policy, rate[u], bonus[u], deduction[u]);
    long previous = key[u];
    key[u] = plan.rounder().key(composite[u]);
    if (overall != null && key[u] != previous) {
      if (key[u] < lowKey || key[u] >= lowKey + keySpan) {
        buildRankIndex();
      } else {
        int before = code(previous, u);
        overall.remove(before);
        inCategory[category[u]].remove(before);
        overall.add(code(u));
        inCategory[category[u]].add(code(u));
      }
    }
  }

  /**
   * Counts every unit's key, over the keys' range with room on either side, overall and per category; none when the
   * ranking is ordinal (ties need the tie-break order) or the keys spread too wide to count.
   */
  private void buildRankIndex() {
    overall = null;
    inCategory = null;
    if (policy.ranking().method() == RankingMethod.ORDINAL || n == 0) {
      return;
    }
    long min = Long.MAX_VALUE;
    long maxKey = Long.MIN_VALUE;
    for (long k : key) {
      min = Math.min(min, k);
      maxKey = Math.max(maxKey, k);
    }
    long margin = Math.max(1024, maxKey - min);
    long codes = (maxKey - min + 1 + 2 * margin) * (vetoTiers ? 2 : 1);
    if (codes * (policy.categories().size() + 1) > MAX_CODES) {
      return;
    }
    lowKey = min - margin;
    keySpan = maxKey - min + 1 + 2 * margin;
    overall = new RankIndex((int) codes);
    inCategory = new RankIndex[policy.categories().size()];
    for (int c = 0; c < inCategory.length; c++) {
      inCategory[c] = new RankIndex((int) codes);
    }
    for (int u = 0; u < n; u++) {
      overall.add(code(u));
      inCategory[category[u]].add(code(u));
    }
  }

  private int code(int u) {
    return code(key[u], u);
  }

  /**
   * The rank code of key {@code k} for unit {@code u}: higher ranks better. With units ranked last by a veto, they
   * take the lower half of the codes: the order of {@code Standing}'s vetoed-last keys.
   */
  private int code(long k, int u) {
    int code = (int) (k - lowKey);
    return vetoTiers && !rankedLast[u] ? code + (int) keySpan : code;
  }

  private double[] writableScore(int node) {
    if (scoreShared[node]) {
      score[node] = score[node].clone();
      scoreShared[node] = false;
    }
    return score[node];
  }

  /** The current values of a leaf, a private copy of the data's on the first change after a result took them. */
  private double[] writableValues(String indicatorId) {
    double[] column = values.get(indicatorId);
    if (column == null || valuesShared.get(indicatorId)) {
      Dataset.Column given = data.column(period, indicatorId);
      double[] source = column != null ? column : given != null ? given.values : null;
      if (source == null) {
        column = new double[n];
        Arrays.fill(column, Double.NaN);
      } else {
        column = source.clone();
      }
      values.put(indicatorId, column);
      valuesShared.put(indicatorId, false);
    }
    return column;
  }

  /** The data with every change so far; the changed columns are shared with it from now on. */
  private Dataset currentData() {
    valuesShared.replaceAll((id, shared) -> true);
    return values.isEmpty() ? data : data.withColumnValues(period, values);
  }

  private AppraisalResult recalculate() {
    Dataset now = currentData();
    Corrections none = new Corrections(plan, now, period, CorrectionLog.empty());
    return new Evaluator(plan, now, period).evaluate(none, presenceNotes);
  }

  /** The later stages (adjust, publish, rank, grade) over the kept columns, which the result shares from now on. */
  private AppraisalResult finish() {
    Dataset now = currentData();
    Arrays.fill(scoreShared, true);
    snapshotTaken = true;
    Stages.Rates rates = new Stages.Rates(score.clone(), max, rate, null, List.of(), new double[0][], List.of())
        .withNotesFirst(presenceNotes);
    Corrections none = new Corrections(plan, now, period, CorrectionLog.empty());
    return Stages.finish(plan, now, period, rates, Map.of(), none, Map.of(), none.original, List.of(period));
  }
}
