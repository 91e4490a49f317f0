package io.appraisal.core;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A policy checked and compiled into a plan: rules created, the tree flattened into arrays. Immutable and safe to
 * share; evaluate it for as many periods and datasets as needed.
 */
@API(status = STABLE, since = "0.1")
public final class CompiledPolicy {
  private final Policy policy;
  private final ImmutableList<PlanNode> nodes;
  private final ImmutableMap<String, PlanNode> byId;
  private final ImmutableList<String> categoryIds;
  private final Rounder rounder;
  private final int[] order;
  private final ImmutableSet<String> denominatorInputs;
  private final Parallel parallel;

  CompiledPolicy(Policy policy, ImmutableList<PlanNode> nodes, int[] order, int parallelism) {
    this.policy = policy;
    this.parallel = new Parallel(parallelism);
    this.nodes = nodes;
    this.order = order;
    this.byId = nodes.stream().collect(ImmutableMap.toImmutableMap(PlanNode::id, node -> node));
    this.categoryIds = policy.categories().stream().map(Category::id).collect(ImmutableList.toImmutableList());
    this.rounder = new Rounder(policy.rounding());
    this.denominatorInputs = nodes.stream().flatMap(node -> node.indicator.denominator().stream())
        .map(Denominator::input).collect(ImmutableSet.toImmutableSet());
  }

  public Policy policy() {
    return policy;
  }

  /** Every problem with {@code data} for this period; empty when {@link #evaluate} will compute. */
  public List<Problem> validate(Dataset data, Period period) {
    Presence panel = Presence.of(this, data, period);
    return ImmutableList.<Problem>builder().addAll(panel.problems())
        .addAll(new Evaluator(this, panel.data(), period).validate()).build();
  }

  /**
   * Computes the result of one period.
   *
   * @throws InvalidInputException listing every problem with the data, when there is any; nothing is computed
   */
  public AppraisalResult evaluate(Dataset data, Period period) {
    return evaluate(data, period, CorrectionLog.empty());
  }

  /**
   * Computes the result of one period with the log's corrections for that period applied; the result lists every
   * correction applied. A correction whose {@code before} does not match is a problem.
   *
   * @throws InvalidInputException listing every problem with the data or the corrections
   */
  public AppraisalResult evaluate(Dataset data, Period period, CorrectionLog corrections) {
    Presence panel = Presence.of(this, data, period);
    if (!panel.problems().isEmpty()) {
      throw new InvalidInputException(panel.problems());
    }
    Corrections applied = new Corrections(this, panel.data(), period, corrections);
    return new Evaluator(this, applied.data, period).evaluate(applied, panel.notes());
  }

  /**
   * Evaluates one period and holds it open for what-if changes of raw values: see {@link WhatIf}.
   *
   * @throws InvalidInputException listing every problem with the data, when there is any
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public WhatIf whatIf(Dataset data, Period period) {
    return new WhatIf(this, data, period);
  }

  /** One quarter of a year: every unit of the data, so that the quarters' columns line up for the roll-up. */
  AppraisalResult evaluateQuarterOfYear(Dataset data, Period quarter, CorrectionLog corrections) {
    Corrections applied = new Corrections(this, data, quarter, corrections);
    return new Evaluator(this, applied.data, quarter).evaluate(applied, List.of());
  }

  /**
   * Computes the annual result by the policy's {@link AnnualRollup}: every quarter of the year is evaluated (with
   * its corrections), the quarterly values averaged, the year-end components (values of the period {@code year})
   * weighted in, and the year's own adjustment events applied; then rounded, ranked and graded like a quarter.
   *
   * @throws IllegalStateException if the policy has no annual roll-up
   * @throws InvalidInputException listing every problem of every quarter and of the year-end data
   */
  public AppraisalResult evaluateYear(Dataset data, int year, CorrectionLog corrections) {
    return AnnualEvaluator.evaluate(this, data, year, corrections);
  }

  List<PlanNode> nodes() {
    return nodes;
  }

  /**
   * The groups and derived nodes in the order they are computed: each after every node it depends on (its children,
   * the nodes its expression refers to). Without derived nodes, children before parents, last in the tree first.
   */
  int[] order() {
    return order;
  }

  PlanNode node(String id) {
    return byId.get(id);
  }

  List<String> categoryIds() {
    return categoryIds;
  }

  Rounder rounder() {
    return rounder;
  }

  /** The data columns leaves are divided by: known to the data, though not scored themselves. */
  ImmutableSet<String> denominatorInputs() {
    return denominatorInputs;
  }

  /** How the evaluation of a large population is spread over threads ({@link AppraisalEngine.Builder#parallelism}). */
  Parallel parallel() {
    return parallel;
  }
}
