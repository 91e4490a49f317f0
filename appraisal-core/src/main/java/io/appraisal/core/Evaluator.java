package io.appraisal.core;

import com.google.common.collect.ImmutableList;
import io.appraisal.core.expression.Expression;
import io.appraisal.core.spi.PopulationStats;
import io.appraisal.core.spi.ScoringContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Runs a compiled policy over one period of a dataset, column by column, through the {@link Stages}: validate, score
 * each leaf, aggregate up the tree, take the score rate; then the stages a year shares (adjust, round, rank, grade).
 * All arrays are indexed by unit.
 */
final class Evaluator {
  private final CompiledPolicy plan;
  private final Policy policy;
  private final Dataset data;
  private final Period period;
  private final int n;
  private final int[] profileOfUnit;
  /**
   * By profile: the category is empty or unknown. Its units' values for indicators that do not apply are not
   * reported one by one: the category problem counts them, since fixing the category decides what applies.
   */
  private final boolean[] badCategory;
  /** Shared read-only constant columns, by value. */
  private final Map<Double, double[]> constants = new HashMap<>();

  Evaluator(CompiledPolicy plan, Dataset data, Period period) {
    this.plan = plan;
    this.policy = plan.policy();
    this.data = data;
    this.period = period;
    this.n = data.size();
    this.profileOfUnit = data.profiles().ofUnit;
    List<Unit> exemplars = data.profiles().exemplars;
    this.badCategory = new boolean[exemplars.size()];
    for (int p = 0; p < badCategory.length; p++) {
      String category = exemplars.get(p).category();
      badCategory[p] = category.isEmpty() || policy.category(category).isEmpty();
    }
  }

  /** Every problem with the data for this policy and period; empty when it can be evaluated. */
  List<Problem> validate() {
    List<Problem> problems = new ArrayList<>(checkInputs());
    if (data.columns(period).isEmpty()) {
      return List.copyOf(problems); // not every value of every unit missing as well
    }
    List<Note> notes = new ArrayList<>();
    List<PlanNode> nodes = plan.nodes();
    double[] scratch = new double[n];
    boolean[][] scored = new boolean[nodes.size()][];
    for (PlanNode node : nodes) {
      if (node.isLeaf()) {
        double[] max = new double[n];
        prepareLeaf(node, leafColumn(node, problems), scratch, max, problems, notes);
        scored[node.index] = new boolean[n];
        for (int u = 0; u < n; u++) {
          scored[node.index][u] = max[u] > 0;
        }
      }
    }
    // A group scores a unit when a child does (with a positive weight, for the means): the same test as the
    // aggregation's, so validate() finds the units evaluate() would find with nothing to score.
    for (int i : plan.order()) {
      PlanNode node = nodes.get(i);
      scored[i] = new boolean[n];
      if (node.isDerived()) {
        // A derived node scores a unit when every node its expression refers to does.
        Arrays.fill(scored[i], true);
        for (int reference : node.references) {
          for (int u = 0; u < n; u++) {
            scored[i][u] &= scored[reference][u];
          }
        }
      } else {
        boolean sum = node.indicator.aggregation() == Aggregation.SUM;
        for (int child : node.children) {
          if (sum || nodes.get(child).indicator.weight() > 0) {
            for (int u = 0; u < n; u++) {
              scored[i][u] |= scored[child][u];
            }
          }
        }
      }
    }
    for (int u = 0; u < n; u++) {
      if (!scored[0][u] && !badCategory[profileOfUnit[u]]) {
        problems.add(nothingToScore(u));
      }
    }
    return ImmutableList.copyOf(problems);
  }

  /**
   * The problem of unit {@code u}, whose category is missing or unknown; the message ends with how many of its values
   * in the period are for indicators that do not apply to it as it stands, and so are not checked.
   */
  private Problem badCategory(int u) {
    Unit unit = data.units().get(u);
    Origin origin = data.origin(unit.id());
    int unchecked = notChecked(u);
    Optional<String> closest = Suggestions.closest(unit.category(), plan.categoryIds());
    String key = unit.category().isEmpty()
        ? unchecked == 0 ? "problem.core.unit-without-category" : "problem.core.unit-without-category-unchecked"
        : closest.isEmpty()
        ? unchecked == 0 ? "problem.core.unit-unknown-category" : "problem.core.unit-unknown-category-unchecked"
        : unchecked == 0 ? "problem.core.unit-unknown-category-suggest"
            : "problem.core.unit-unknown-category-suggest-unchecked";
    return origin.problem("category", unit.category(), key, unit.id(), plan.categoryIds(), unchecked,
        closest.orElse(""));
  }

  /** How many of unit {@code u}'s values in the period are for indicators that do not apply to it as it stands. */
  private int notChecked(int u) {
    Unit exemplar = data.profiles().exemplars.get(profileOfUnit[u]);
    int count = 0;
    for (PlanNode node : plan.nodes()) {
      Dataset.Column column = data.column(period, node.id());
      if (node.isLeaf() && column != null && !Double.isNaN(column.values[u]) && !node.appliesTo(exemplar)) {
        count++;
      }
    }
    return count;
  }

  private Problem nothingToScore(int u) {
    return Problem.keyed(data.source(), "unit", unitId(u), "problem.core.nothing-to-score", period);
  }

  /** @param panelNotes the units of the panel left out of this period, listed first in the result's notes */
  AppraisalResult evaluate(Corrections corrections, List<Note> panelNotes) {
    Stages.TreeScores tree = aggregate(scoreLeaves(checkInputs(), corrections));
    Stages.Rates rates = scoreRates(tree, selfRates()).withNotesFirst(panelNotes);
    return Stages.finish(plan, data, period, rates, Map.of(), corrections, Map.of(), corrections.original,
        List.of(period));
  }

  /**
   * The stages up to the score rate, without self-assessment, for {@link WhatIf}, which goes on from there.
   *
   * @throws InvalidInputException listing every problem with the inputs
   */
  Stages.Rates rates(Corrections corrections) {
    return scoreRates(aggregate(scoreLeaves(checkInputs(), corrections)), null);
  }

  /**
   * Score rates computed on the self-assessed values (自评) where any were given, the verified values elsewhere;
   * null when the period has no self-assessment.
   */
  private double[] selfRates() {
    Dataset self = data.selfAssessed(period);
    if (self == null) {
      return null;
    }
    Evaluator evaluator = new Evaluator(plan, self, period);
    double[] computed = evaluator.scoreRates(evaluator.aggregate(evaluator.scoreLeaves(evaluator.checkInputs(),
        null)), null).rate();
    double[] rate = new double[n];
    for (int u = 0; u < n; u++) {
      rate[u] = data.hasSelfAssessment(u, period) ? computed[u] : Double.NaN;
    }
    return rate;
  }

  private static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * The score-leaves stage: checks and scores every leaf and applies the score corrections (none when
   * {@code corrections} is null).
   *
   * @param inputProblems the validate stage's problems, reported with the leaves'
   * @throws InvalidInputException listing every problem with the inputs and the leaves' values
   */
  private Stages.LeafScores scoreLeaves(List<Problem> inputProblems, Corrections corrections) {
    if (data.columns(period).isEmpty()) {
      throwIfAny(inputProblems); // the period has no values: not every value of every unit missing as well
    }
    List<Problem> problems = new ArrayList<>(inputProblems);
    List<Note> notes = new ArrayList<>();
    List<PlanNode> nodes = plan.nodes();
    double[][] score = new double[nodes.size()][];
    double[][] max = new double[nodes.size()][];
    boolean[] full = new boolean[nodes.size()];
    double[][] raw = new double[nodes.size()][];
    // The statistics of the leaves' own columns (one pass each, which is also the range check), in parallel; then the
    // leaves' columns are checked and prepared in order, for the order of their problems and notes; then every leaf
    // is scored, in parallel, once no problem is found.
    Parallel parallel = plan.parallel();
    PopulationStats[] complete = new PopulationStats[nodes.size()];
    parallel.forEach(n, nodes.size(), i -> {
      PlanNode node = nodes.get(i);
      if (node.isLeaf() && node.indicator.denominator().isEmpty()) {
        complete[i] = completeColumn(node, data.column(period, node.id()));
      }
    });
    double[] scratchMax = null;
    for (PlanNode node : nodes) {
      if (node.isLeaf()) {
        int i = node.index;
        Dataset.Column column = leafColumn(node, problems);
        if (node.indicator.denominator().isPresent()) {
          complete[i] = completeColumn(node, column);
        }
        if (complete[i] == null) {
          raw[i] = new double[n];
          scratchMax = scratchMax == null ? new double[n] : scratchMax;
          full[i] = prepareLeaf(node, column, raw[i], scratchMax, problems, notes);
        } else {
          raw[i] = column.values;
          full[i] = true;
        }
        // Most leaves give every unit the same maximum: they share one read-only array per value.
        max[i] = full[i] ? constant(node.indicator.points()) : scratchMax.clone();
      }
    }
    boolean scoring = problems.isEmpty();
    parallel.forEach(n, nodes.size(), i -> {
      if (raw[i] != null) {
        score[i] = new double[n]; // allocated (and zeroed) on the thread that scores it
        if (scoring) {
          scoreColumn(nodes.get(i), raw[i], complete[i], score[i], this::unitId);
        }
      }
    });
    if (corrections != null) {
      problems.addAll(corrections.takeProblems());
      corrections.applyScores(plan, score, max, plan.rounder());
      problems.addAll(corrections.takeProblems());
    }
    throwIfAny(problems);
    return new Stages.LeafScores(score, max, full, ImmutableList.copyOf(notes));
  }

  /**
   * The aggregate stage: every group's points and available points from its children's, leaves to root. The
   * leaves' columns are shared, not copied.
   */
  private Stages.TreeScores aggregate(Stages.LeafScores leaves) {
    List<PlanNode> nodes = plan.nodes();
    double[][] score = leaves.score().clone();
    double[][] max = leaves.max().clone();
    boolean[] full = leaves.full().clone();
    List<Problem> problems = new ArrayList<>();
    for (int i : plan.order()) {
      PlanNode node = nodes.get(i);
      score[i] = new double[n];
      full[i] = node.isDerived() ? derive(node, score, max, problems)
          : aggregate(node, score, max, full, problems);
    }
    return new Stages.TreeScores(score, max, leaves.notes(), List.copyOf(problems));
  }

  /**
   * The score-rate stage: the root's points over its available points, on the policy's scale.
   *
   * @throws InvalidInputException if the aggregation found problems or a unit has nothing to score
   */
  private Stages.Rates scoreRates(Stages.TreeScores tree, double[] selfRate) {
    List<Problem> problems = new ArrayList<>(tree.problems());
    double[] rootScore = tree.score()[0];
    double[] rootMax = tree.max()[0];
    double[] rate = new double[n];
    for (int u = 0; u < n; u++) {
      if (rootMax[u] > 0) {
        rate[u] = rate(policy, rootScore[u], rootMax[u]);
      } else if (!badCategory[profileOfUnit[u]]) {
        problems.add(nothingToScore(u));
      }
    }
    throwIfAny(problems);
    return new Stages.Rates(tree.score(), tree.max(), rate, selfRate, List.of(), new double[0][], tree.notes());
  }

  /** The score rate of root points {@code score} out of {@code max} (positive) on the policy's scale. */
  static double rate(Policy policy, double score, double max) {
    double unbounded = score / max * policy.scale();
    return policy.signed() ? unbounded : Math.min(policy.scale(), unbounded);
  }

  /** The validate stage: the problems with the inputs that scoring is not needed to find. */
  private List<Problem> checkInputs() {
    List<Problem> problems = new ArrayList<>(data.problems());
    // Categories are checked once per profile (category and attributes), then reported for every unit of a bad one.
    for (int u = 0; u < n; u++) {
      if (badCategory[profileOfUnit[u]]) {
        problems.add(badCategory(u));
      }
    }
    if (data.columns(period).isEmpty()) {
      problems.add(Problem.keyed(data.source(), "period", period.toString(), period.isQuarter()
          || policy.annual().isEmpty() ? "problem.core.period-without-values" : "problem.core.year-without-values",
          data.periods()));
    }
    data.columns(period).forEach((indicatorId, column) -> {
      PlanNode node = plan.node(indicatorId);
      if ((node == null && !plan.denominatorInputs().contains(indicatorId)) || (node != null && !node.isLeaf())) {
        Optional<String> closest = node != null ? Optional.empty() : Suggestions.closest(indicatorId,
            plan.nodes().stream().filter(p -> p.isLeaf() && !p.isDerived()).map(PlanNode::id).toList());
        String key = node != null
            ? node.isDerived() ? "problem.core.indicator-derived" : "problem.core.indicator-group"
            : closest.isPresent() ? "problem.core.unknown-indicator-suggest" : "problem.core.unknown-indicator";
        for (int u = 0; u < n; u++) {
          if (!Double.isNaN(column.values[u]) || column.notApplicable.get(u)) {
            problems.add(origin(u, indicatorId).problem("indicator", indicatorId, key,
                closest.orElse(indicatorId)));
          }
        }
      }
    });
    for (AdjustmentEvent event : data.events()) {
      if (event.period().equals(period) && policy.adjustments().item(event.item()).isEmpty()) {
        List<String> items = policy.adjustments().items().stream().map(AdjustmentItem::id).toList();
        Optional<String> closest = Suggestions.closest(event.item(), items);
        problems.add(data.origin(event).problem("item", event.item(), closest.isPresent()
            ? "problem.core.unknown-item-suggest" : "problem.core.unknown-item", items, closest.orElse("")));
      }
    }
    boolean[] profileHasLeaf = new boolean[data.profiles().exemplars.size()];
    for (PlanNode node : plan.nodes()) {
      if (node.isLeaf()) {
        for (int p = 0; p < profileHasLeaf.length; p++) {
          profileHasLeaf[p] |= node.dueIn(period) && node.appliesTo(data.profiles().exemplars.get(p));
        }
      }
    }
    for (int u = 0; u < n; u++) {
      if (!profileHasLeaf[profileOfUnit[u]] && !badCategory[profileOfUnit[u]]) {
        Unit unit = data.units().get(u);
        problems.add(data.origin(unit.id()).problem("category", unit.category(),
            "problem.core.unit-without-indicator", unit.id()));
      }
    }
    return List.copyOf(problems);
  }

  /**
   * The statistics of the data's own column when the leaf applies to every unit and every unit has a value within
   * range, with nothing marked not applicable: the common case, scored without a copy (rules never write to their
   * input). One pass: the values are within range when their minimum and maximum are. Null otherwise, and {@link
   * #prepareLeaf} handles the column unit by unit.
   */
  private PopulationStats completeColumn(PlanNode node, Dataset.Column column) {
    if (column == null || !column.notApplicable.isEmpty()) {
      return null;
    }
    for (boolean applies : appliesByProfile(node)) {
      if (!applies) {
        return null;
      }
    }
    PopulationStats stats = PopulationStats.of(column.values);
    return stats.count() == n && (n == 0 || node.inputRange.contains(stats.min())
        && node.inputRange.contains(stats.max())) ? stats : null;
  }

  /**
   * Fills {@code raw} with the values this leaf scores (NaN for units it does not score) and {@code max} with each
   * unit's available points, checking ranges and applying the missing-value policy.
   */
  private boolean prepareLeaf(PlanNode node, Dataset.Column column, double[] raw, double[] max,
      List<Problem> problems, List<Note> notes) {
    String id = node.id();
    boolean[] applies = appliesByProfile(node);
    double points = node.indicator.points();
    ValueRange range = node.inputRange;
    boolean anyNotApplicable = column != null && !column.notApplicable.isEmpty();
    Map<String, double[]> donors = new HashMap<>();
    boolean full = true;
    for (int u = 0; u < n; u++) {
      double value = column == null ? Double.NaN : column.values[u];
      raw[u] = Double.NaN;
      max[u] = 0;
      if (!applies[profileOfUnit[u]]) {
        if (!Double.isNaN(value) && !badCategory[profileOfUnit[u]]) {
          Unit unit = data.units().get(u);
          problems.add(origin(u, id).problem("value", number(value), node.dueIn(period)
              ? "problem.core.indicator-not-applicable" : notDue(node.frequency), id, unit.id(), unit.category(),
              period));
        }
      } else if (anyNotApplicable && column.notApplicable.get(u)) {
        notes.add(Note.keyed(unitId(u), id, Note.Kind.NOT_APPLICABLE_BY_DATA, "note.text.not-applicable", id));
      } else if (Double.isNaN(value)) {
        missing(node, u, raw, max, problems, notes, category -> donors.computeIfAbsent(category,
            c -> donors(column, applies, c)));
      } else if (!range.contains(value)) {
        problems.add(origin(u, id).problem("value", number(value), "problem.core.value-out-of-range", range, id));
      } else {
        raw[u] = value;
        max[u] = points;
      }
      full &= max[u] == points;
    }
    return full;
  }

  /**
   * The column a leaf scores: the data's own, or each value divided by its denominator. A value whose denominator is
   * missing or zero is a problem; the unit is then set aside (marked not applicable, which reports nothing more) so
   * that it is not also reported as a missing value, and the problems stop the evaluation.
   */
  private Dataset.Column leafColumn(PlanNode node, List<Problem> problems) {
    Dataset.Column column = data.column(period, node.id());
    Denominator denominator = node.indicator.denominator().orElse(null);
    if (denominator == null || column == null) {
      return column;
    }
    String input = denominator.input();
    Dataset.Column by = data.column(period, input);
    double[] values = new double[n];
    BitSet setAside = (BitSet) column.notApplicable.clone();
    for (int u = 0; u < n; u++) {
      double value = column.values[u];
      double divisor = by == null ? Double.NaN : by.values[u];
      values[u] = Double.NaN;
      if (Double.isNaN(value)) {
        continue;
      }
      if (Double.isNaN(divisor)) {
        problems.add(origin(u, node.id()).problem("denominator", input, "problem.core.denominator-missing",
            node.id(), input, unitId(u), period));
        setAside.set(u);
      } else if (divisor == 0) {
        problems.add(origin(u, input).problem("value", "0", "problem.core.denominator-zero", node.id(), input,
            unitId(u), period));
        setAside.set(u);
      } else {
        values[u] = denominator.apply(value, divisor);
      }
    }
    return new Dataset.Column(values, setAside, column.lines);
  }

  /**
   * Applies the leaf's missing-value policy to unit {@code u}: its raw value when imputed, its available points and
   * a note, or a problem.
   *
   * @param donors the values given by the units of a category (for the group imputations)
   */
  private void missing(PlanNode node, int u, double[] raw, double[] max, List<Problem> problems, List<Note> notes,
      Function<String, double[]> donors) {
    double points = node.indicator.points();
    String category = data.units().get(u).category();
    switch (node.missing) {
      case FAIL -> {
        // Counted as available so that the unit is not also reported as having nothing to score.
        max[u] = points;
        problems.add(Problem.keyed(data.source(), "value", "", "problem.core.value-missing", unitId(u), period,
            node.id()));
      }
      case ZERO -> {
        max[u] = points;
        notes.add(Note.keyed(unitId(u), node.id(), Note.Kind.IMPUTED_ZERO, "note.text.imputed-zero", number(points)));
      }
      case EXCLUDE -> notes.add(Note.keyed(unitId(u), node.id(), Note.Kind.EXCLUDED_MISSING,
          "note.text.excluded-missing"));
      case GROUP_MEAN, GROUP_MEDIAN -> {
        double[] values = donors.apply(category);
        if (values.length == 0) {
          problems.add(Problem.keyed(data.source(), "value", "", "problem.core.no-donor", unitId(u), period,
              node.id(), category));
          return;
        }
        boolean mean = node.missing == MissingPolicy.GROUP_MEAN;
        raw[u] = mean ? Imputation.mean(values) : Imputation.median(values);
        max[u] = points;
        notes.add(mean
            ? Note.keyed(unitId(u), node.id(), Note.Kind.IMPUTED_GROUP_MEAN, "note.text.imputed-group-mean",
                number(raw[u]), category, period, values.length)
            : Note.keyed(unitId(u), node.id(), Note.Kind.IMPUTED_GROUP_MEDIAN, "note.text.imputed-group-median",
                number(raw[u]), category, period, values.length));
      }
      case PREVIOUS_PERIOD -> {
        Period previous = period.previous();
        double value = valueIn(data, previous, node, u);
        if (!node.inputRange.contains(value)) {
          problems.add(Double.isNaN(value)
              ? Problem.keyed(data.source(), "value", "", "problem.core.no-previous-value", unitId(u), period,
                  node.id(), previous)
              : Problem.keyed(data.source(), "value", "", "problem.core.previous-value-out-of-range", unitId(u),
                  period, node.id(), previous, number(value), node.inputRange));
          return;
        }
        raw[u] = value;
        max[u] = points;
        notes.add(Note.keyed(unitId(u), node.id(), Note.Kind.IMPUTED_PREVIOUS_PERIOD,
            "note.text.imputed-previous-period", number(value), previous));
      }
      default -> throw new AssertionError(node.missing);
    }
  }

  /**
   * Unit {@code u}'s value of the leaf in period {@code p} as the leaf scores it: divided by its denominator there
   * when it has one. NaN when the value is missing, or its denominator missing or 0.
   */
  static double valueIn(Dataset data, Period p, PlanNode node, int u) {
    Dataset.Column column = data.column(p, node.id());
    double value = column == null ? Double.NaN : column.values[u];
    Denominator denominator = node.indicator.denominator().orElse(null);
    if (denominator == null || Double.isNaN(value)) {
      return value;
    }
    Dataset.Column by = data.column(p, denominator.input());
    double divisor = by == null ? Double.NaN : by.values[u];
    return Double.isNaN(divisor) || divisor == 0 ? Double.NaN : denominator.apply(value, divisor);
  }

  /** The values given for the leaf by the units of {@code category} it applies to, in unit order. */
  private double[] donors(Dataset.Column column, boolean[] applies, String category) {
    if (column == null) {
      return new double[0];
    }
    double[] values = new double[n];
    int count = 0;
    for (int u = 0; u < n; u++) {
      double value = column.values[u];
      if (applies[profileOfUnit[u]] && data.units().get(u).category().equals(category)
          && !column.notApplicable.get(u) && !Double.isNaN(value)) {
        values[count++] = value;
      }
    }
    return Arrays.copyOf(values, count);
  }

  /**
   * Scores {@code raw} (NaN where the leaf scores no unit: 0 points) into {@code score} by the leaf's rule, and
   * checks that the rule kept within {@code [0, points]}.
   *
   * @param unitId the id of the unit at an index of the columns, for the message of a rule that misbehaves
   */
  static void scoreColumn(PlanNode node, double[] raw, double[] score, IntFunction<String> unitId) {
    scoreColumn(node, raw, null, score, unitId);
  }

  /**
   * @param complete the statistics of {@code raw} when it holds no NaN (only the scores are then read back), or
   *     null
   */
  private static void scoreColumn(PlanNode node, double[] raw, PopulationStats complete, double[] score,
      IntFunction<String> unitId) {
    double points = node.indicator.points();
    Direction direction = node.indicator.direction();
    node.rule.score(raw, score, complete == null ? ScoringContext.over(points, direction, raw)
        : ScoringContext.over(points, direction, complete));
    for (int u = 0; u < raw.length; u++) {
      double s = score[u];
      if (complete == null && Double.isNaN(raw[u])) {
        score[u] = 0;
      } else if (!(s >= 0 && s <= points * (1 + 1e-12))) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "rule %s of indicator %s scored unit %s at %s for raw value %s, outside [0, %s]",
            node.indicator.rule().orElseThrow().type(), node.id(), unitId.apply(u), s, raw[u], points));
      }
    }
  }

  /**
   * Aggregates a group's children into {@code score[node]} and {@code max[node]}; returns whether every unit has
   * the group's full maximum. When every child does, sums and arithmetic means run column by column.
   */
  private boolean aggregate(PlanNode node, double[][] score, double[][] max, boolean[] full,
      List<Problem> problems) {
    double[] nodeScore = score[node.index];
    int[] children = node.children;
    boolean allFull = true;
    for (int child : children) {
      allFull &= full[child];
    }
    Aggregation aggregation = node.indicator.aggregation();
    if (aggregation == Aggregation.SUM) {
      double total = 0;
      for (int child : children) {
        total += plan.nodes().get(child).indicator.points();
      }
      plan.parallel().forRanges(n, (from, to) -> {
        for (int child : children) {
          double[] childScore = score[child];
          for (int u = from; u < to; u++) {
            nodeScore[u] += childScore[u];
          }
        }
      });
      if (allFull) {
        max[node.index] = constant(total);
      } else {
        double[] nodeMax = new double[n];
        for (int child : children) {
          double[] childMax = max[child];
          for (int u = 0; u < n; u++) {
            nodeMax[u] += childMax[u];
          }
        }
        max[node.index] = nodeMax;
      }
      return allFull;
    }
    double points = node.indicator.points();
    double[] weights = weights(plan, node);
    if (allFull && aggregation == Aggregation.ARITHMETIC_MEAN) {
      double[] factors = meanFactors(plan, node, weights);
      plan.parallel().forRanges(n, (from, to) -> {
        for (int c = 0; c < children.length; c++) {
          double factor = factors[c];
          double[] childScore = score[children[c]];
          for (int u = from; u < to; u++) {
            nodeScore[u] += factor * childScore[u];
          }
        }
        for (int u = from; u < to; u++) {
          nodeScore[u] = Math.min(points, nodeScore[u]);
        }
      });
      max[node.index] = constant(points);
      return true;
    }
    if (aggregation == Aggregation.TOPSIS) {
      if (!allFull) {
        problems.add(Problem.keyed(data.source(), "indicator", node.id(), "problem.core.topsis-partial", period));
        max[node.index] = constant(points);
        return true;
      }
      Aggregations.topsis(children, weights, score, n, points, nodeScore);
      max[node.index] = constant(points);
      return true;
    }
    double[] nodeMax = new double[n];
    boolean nodeFull = true;
    for (int u = 0; u < n; u++) {
      double fraction = aggregation.combine(children, weights, score, max, u);
      if (!Double.isNaN(fraction)) {
        nodeScore[u] = fraction * points;
        nodeMax[u] = points;
      } else {
        nodeFull = false;
      }
    }
    max[node.index] = nodeMax;
    return nodeFull;
  }

  /** The weights of a group's children, in order. */
  static double[] weights(CompiledPolicy plan, PlanNode node) {
    double[] weights = new double[node.children.length];
    for (int c = 0; c < weights.length; c++) {
      weights[c] = plan.nodes().get(node.children[c]).indicator.weight();
    }
    return weights;
  }

  /**
   * Per child of a weighted arithmetic mean whose children all have their full maximum, the factor of its points in
   * the group's: {@code points × weight / (Σ weights × the child's points)}; the group's points are
   * {@code min(points, Σ factor × child points)}, added in child order.
   */
  static double[] meanFactors(CompiledPolicy plan, PlanNode node, double[] weights) {
    double weightSum = 0;
    for (double weight : weights) {
      weightSum += weight;
    }
    double points = node.indicator.points();
    double[] factors = new double[weights.length];
    for (int c = 0; c < weights.length; c++) {
      factors[c] = points * weights[c] / (weightSum * plan.nodes().get(node.children[c]).indicator.points());
    }
    return factors;
  }

  /**
   * Computes a derived node's expression over whole columns into {@code score[node]} and {@code max[node]}: for the
   * units every referenced node scores (the others leave it out). A value that is not a finite number, or lies
   * outside {@code [0, points]} in a policy that is not {@link Policy#signed() signed}, is a problem naming the unit, the node and the operands: never a silent NaN.
   * Returns whether every unit has the node's maximum.
   */
  private boolean derive(PlanNode node, double[][] score, double[][] max, List<Problem> problems) {
    boolean[] active = new boolean[n];
    Arrays.fill(active, true);
    for (int reference : node.references) {
      for (int u = 0; u < n; u++) {
        active[u] &= max[reference][u] > 0;
      }
    }
    List<Expression.DomainError> errors = new ArrayList<>();
    double[] values = node.expression.evaluate(id -> score[plan.node(id).index], n, active, errors);
    String text = node.expression.text();
    for (Expression.DomainError error : errors) {
      problems.add(Problem.keyed(data.source(), "indicator", node.id(), error.key(), unitId(error.unit()), period,
          error.offset(), text, error.operation()));
    }
    double points = node.indicator.points();
    double[] nodeScore = score[node.index];
    double[] nodeMax = new double[n];
    boolean full = true;
    for (int u = 0; u < n; u++) {
      double value = values[u];
      if (!active[u]) {
        full = false;
      } else if (Double.isFinite(value) && !policy.signed() && !(value >= 0 && value <= points * (1 + 1e-12))) {
        problems.add(Problem.keyed(data.source(), "indicator", node.id(), "problem.core.expression-out-of-range",
            unitId(u), period, text, number(value), number(points)));
      } else if (Double.isFinite(value)) {
        nodeScore[u] = policy.signed() ? value : Math.min(value, points);
        nodeMax[u] = points;
      }
    }
    max[node.index] = full ? constant(points) : nodeMax;
    return full;
  }

  /** A shared read-only column holding {@code value} for every unit. */
  private double[] constant(double value) {
    return constants.computeIfAbsent(value, v -> {
      double[] column = new double[n];
      Arrays.fill(column, v);
      return column;
    });
  }

  static int[] categories(CompiledPolicy plan, Dataset data) {
    Map<String, Integer> index = new HashMap<>();
    List<Category> categories = plan.policy().categories();
    for (int c = 0; c < categories.size(); c++) {
      index.put(categories.get(c).id(), c);
    }
    List<Unit> exemplars = data.profiles().exemplars;
    int[] byProfile = new int[exemplars.size()];
    for (int p = 0; p < byProfile.length; p++) {
      byProfile[p] = index.get(exemplars.get(p).category());
    }
    int[] profileOfUnit = data.profiles().ofUnit;
    int[] category = new int[profileOfUnit.length];
    for (int u = 0; u < category.length; u++) {
      category[u] = byProfile[profileOfUnit[u]];
    }
    return category;
  }

  /** By profile: whether the leaf is scored in this period (it is due, and applies to the profile's units). */
  private boolean[] appliesByProfile(PlanNode node) {
    List<Unit> exemplars = data.profiles().exemplars;
    boolean[] applies = new boolean[exemplars.size()];
    boolean due = node.dueIn(period);
    for (int p = 0; p < applies.length; p++) {
      applies[p] = due && node.appliesTo(exemplars.get(p));
    }
    return applies;
  }

  /** The key of the problem of a value given for an indicator of {@code frequency} in a period it is not due in. */
  private static String notDue(Frequency frequency) {
    return switch (frequency) {
      case QUARTERLY -> "problem.core.indicator-not-due-quarterly";
      case HALF_YEARLY -> "problem.core.indicator-not-due-half-yearly";
      case YEARLY -> "problem.core.indicator-not-due-yearly";
    };
  }

  private Origin origin(int u, String indicatorId) {
    return data.origin(Dataset.valueKey(unitId(u), period, indicatorId));
  }

  private String unitId(int u) {
    return data.units().get(u).id();
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
