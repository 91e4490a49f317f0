package io.appraisal.robustness;

import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.Aggregation;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Applicability;
import io.appraisal.core.Direction;
import io.appraisal.core.Grade;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Indicator;
import io.appraisal.core.MissingPolicy;
import io.appraisal.core.Policy;
import io.appraisal.core.RankingMethod;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.TieBreak;
import io.appraisal.core.UnitResult;
import io.appraisal.core.ValueRange;
import io.appraisal.core.VetoEffect;
import io.appraisal.core.spi.Rule;
import io.appraisal.core.spi.RuleParameters;
import io.appraisal.core.spi.RuleType;
import io.appraisal.core.spi.ScoringContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fast evaluation of a sample: the policy and data compiled once into columns, so that a sample costs a pass
 * over units × indicators instead of a rebuilt policy, a compilation, a dataset and a result with explanations.
 *
 * <p>It computes what the engine computes for the rebuilt policy ({@link PolicyVariants}) on the sampled data, in
 * the same floating-point operations in the same order: each leaf's rule over its column (cached per leaf and
 * rule when the sample draws no noise for it), the aggregations up the tree (sum, the arithmetic mean's column
 * path when every child is full, the per-unit means otherwise), the score rate, the period's adjustments (taken
 * from the nominal result: they depend on the events alone), the published keys, the ranks with the policy's
 * method, tie-breaks and veto placement, and the grades with their quotas. {@code FastPlanTest} checks it against
 * the engine on random samples.
 *
 * <p>What it does not express makes it step aside ({@link #of} gives null, or {@link #evaluate} gives null for a
 * sample) and the engine evaluates instead: derived nodes, TOPSIS, a minimum coverage, a period that leaves units
 * out (a panel, a veto that excludes), missing values imputed (group mean or median, previous period) or failing, a
 * sample where the engine finds a problem (a value outside a rule's range, a unit with nothing to score, a unit with
 * no value left).
 */
final class FastPlan {
  private final Nominal nominal;
  private final Policy policy;
  private final int n;
  /** The policy's indicators in pre-order: a node's parent comes before it. */
  private final Indicator[] nodes;
  private final int[] parent;
  private final int[][] children;
  /** Per node, per unit: whether the node and its ancestors apply to the unit. */
  private final boolean[][] applies;
  private final MissingPolicy[] missing;
  private final boolean[][] notApplicable;
  /** Per node, whether the data has a column for it in the period. */
  private final boolean[] hasColumn;
  /** Per sum group, whether its points are its children's total (then they follow the children). */
  private final boolean[] defaultPoints;
  private final List<Map<RuleSpec, LeafColumn>> cache = new ArrayList<>();
  private final boolean[] hasEvent;
  private final double[] bonus;
  private final double[] deduction;
  private final boolean[] vetoed;
  /** Per unit, whether a veto places it after every other unit (its events are the same in every sample). */
  private final boolean[] rankedLast;
  private final int[] category;
  private final int categories;
  /** Per unit, its place among the units' ids in string order. */
  private final int[] idOrder;
  private final int[] tieBreakNode;
  private final long[] threshold;
  private final double scaleFactor;
  private final boolean halfMode;
  /** Per band with a quota, per category, how many units the quota admits; null for a band without a quota. */
  private final long[][] quotaCount;

  /** A leaf's points and available points per unit, and whether every unit has the leaf's full points. */
  private record LeafColumn(double[] score, double[] max, boolean full) {}

  private FastPlan(Nominal nominal, AppraisalResult result) {
    this.nominal = nominal;
    this.policy = nominal.policy;
    this.n = nominal.data.size();
    List<Indicator> order = policy.root().preOrder().toList();
    int m = order.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < m; i++) {
      index.put(order.get(i).id(), i);
    }
    nodes = order.toArray(Indicator[]::new);
    parent = new int[m];
    children = new int[m][];
    applies = new boolean[m][];
    missing = new MissingPolicy[m];
    notApplicable = new boolean[m][];
    hasColumn = new boolean[m];
    defaultPoints = new boolean[m];
    for (int i = 0; i < m; i++) {
      Indicator node = nodes[i];
      Indicator up = nominal.parent(node.id());
      parent[i] = up == null ? -1 : index.get(up.id());
      children[i] = node.children().stream().mapToInt(child -> index.get(child.id())).toArray();
      missing[i] = node.missing().orElse(up == null ? MissingPolicy.FAIL : missing[parent[i]]);
      applies[i] = new boolean[n];
      for (int u = 0; u < n; u++) {
        // A node not due in the period (Frequency: a yearly item in Q1) applies to no unit, as in the engine.
        applies[i][u] = (up == null || applies[parent[i]][u]) && node.frequency().dueIn(nominal.period)
            && appliesTo(node.applicability(), u);
      }
      double total = node.children().stream().mapToDouble(Indicator::points).sum();
      defaultPoints[i] = Math.abs(node.points() - total) <= 1e-9 * Math.max(1, total);
      cache.add(new ConcurrentHashMap<>());
      if (node.isLeaf()) {
        hasColumn[i] = nominal.data.indicators(nominal.period).contains(node.id());
        notApplicable[i] = new boolean[n];
        List<String> marked = nominal.notApplicable(node.id());
        for (int u = 0; u < n; u++) {
          notApplicable[i][u] = marked.contains(nominal.units().get(u).id());
        }
      }
    }
    hasEvent = new boolean[n];
    for (AdjustmentEvent event : nominal.data.events()) {
      int u = nominal.data.indexOf(event.unit());
      if (event.period().equals(nominal.period) && u >= 0) {
        hasEvent[u] = true;
      }
    }
    bonus = new double[n];
    deduction = new double[n];
    vetoed = new boolean[n];
    rankedLast = new boolean[n];
    category = new int[n];
    List<String> categoryIds = policy.categories().stream().map(c -> c.id()).toList();
    categories = categoryIds.size();
    for (int u = 0; u < n; u++) {
      UnitResult unit = result.unit(u);
      bonus[u] = unit.bonus();
      deduction[u] = unit.deduction();
      vetoed[u] = unit.vetoed();
      rankedLast[u] = policy.adjustments().vetoEffect(unit.adjustments())
          .filter(effect -> effect.compareTo(VetoEffect.RANKED_LAST) >= 0).isPresent();
      category[u] = categoryIds.indexOf(unit.unit().category());
    }
    Integer[] byId = new Integer[n];
    Arrays.setAll(byId, u -> u);
    Arrays.sort(byId, (a, b) -> nominal.units().get(a).id().compareTo(nominal.units().get(b).id()));
    idOrder = new int[n];
    for (int r = 0; r < n; r++) {
      idOrder[byId[r]] = r;
    }
    scaleFactor = Math.pow(10, policy.rounding().scale());
    RoundingMode mode = policy.rounding().mode();
    halfMode = mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_DOWN || mode == RoundingMode.HALF_EVEN;
    List<TieBreak> tieBreaks = policy.ranking().tieBreaks();
    tieBreakNode = tieBreaks.stream()
        .mapToInt(t -> t.key() == TieBreak.Key.INDICATOR_SCORE ? index.get(t.indicator()) : -1).toArray();
    GradeScheme scheme = policy.grades().orElse(null);
    List<Grade> bands = scheme == null ? List.of() : scheme.bands();
    threshold = new long[bands.size()];
    quotaCount = new long[bands.size()][];
    int[] categorySize = new int[categories];
    for (int c : category) {
      categorySize[c]++;
    }
    for (int b = 0; b < bands.size(); b++) {
      threshold[b] = BigDecimal.valueOf(bands.get(b).minScore()).movePointRight(policy.rounding().scale())
          .setScale(0, RoundingMode.CEILING).longValueExact();
      if (bands.get(b).quota() < 1) {
        quotaCount[b] = new long[categories];
        for (int c = 0; c < categories; c++) {
          quotaCount[b][c] = BigDecimal.valueOf(bands.get(b).quota()).multiply(BigDecimal.valueOf(categorySize[c]))
              .setScale(0, scheme.quotaRounding()).longValueExact();
        }
      }
    }
  }

  /**
   * The fast plan of the nominal policy and data, or null when the policy uses what the plan does not express.
   *
   * @param result the engine's nominal result
   */
  static FastPlan of(Nominal nominal, AppraisalResult result, Uncertainty uncertainty) {
    Policy policy = nominal.policy;
    boolean unsupported = policy.minCoverage() > 0 || result.size() != nominal.data.size()
        || uncertainty.aggregationAlternatives().contains(Aggregation.TOPSIS)
        || policy.root().preOrder().anyMatch(node -> node.expression().isPresent()
            || !node.isLeaf() && node.aggregation() == Aggregation.TOPSIS);
    return unsupported ? null : new FastPlan(nominal, result);
  }

  private boolean appliesTo(Applicability applicability, int u) {
    return applicability.appliesTo(nominal.units().get(u));
  }

  /**
   * A sample's score rates (before adjustments), published scores (each the published value × 10^scale), ranks and
   * grades.
   */
  record Sample(double[] rates, long[] published, Nominal.Outcome outcome) {}

  /** The engine's ranks and grades for the variant, or null when the engine must evaluate it. */
  Nominal.Outcome evaluate(Variant variant) {
    Sample sample = sample(variant);
    return sample == null ? null : sample.outcome();
  }

  /** The engine's published scores, ranks and grades for the variant, or null when the engine must evaluate it. */
  Sample sample(Variant variant) {
    int m = nodes.length;
    boolean[] gone = new boolean[m];
    double[][] score = new double[m][];
    double[][] max = new double[m][];
    boolean[] full = new boolean[m];
    double[] points = new double[m];
    for (int i = 1; i < m; i++) {
      gone[i] = gone[parent[i]] || variant.excluded.contains(nodes[i].id());
    }
    boolean[] anyValue = hasEvent.clone();
    for (int i = 0; i < m; i++) {
      if (nodes[i].isLeaf() && !gone[i]) {
        String id = nodes[i].id();
        RuleSpec spec = variant.rules.getOrDefault(id, nodes[i].rule().orElseThrow());
        double[] noisy = variant.columns.get(id);
        LeafColumn column = noisy == null
            ? cached(i, spec)
            : score(i, spec, noisy);
        if (column == null || column.score == null) {
          return null;
        }
        score[i] = column.score;
        max[i] = column.max;
        full[i] = column.full;
        points[i] = nodes[i].points();
        double[] raw = nominal.column(id);
        for (int u = 0; u < n && hasColumn[i]; u++) {
          anyValue[u] |= !Double.isNaN(raw[u]) || notApplicable[i][u];
        }
      }
    }
    for (boolean present : anyValue) {
      if (!present) {
        return null; // the engine leaves the unit out of the period
      }
    }
    for (int i = m - 1; i >= 0; i--) {
      if (!nodes[i].isLeaf() && !gone[i] && !aggregate(i, variant, gone, score, max, full, points)) {
        return null;
      }
    }
    double scale = policy.scale();
    double[] rates = new double[n];
    double[] composite = new double[n];
    for (int u = 0; u < n; u++) {
      if (!(max[0][u] > 0)) {
        return null; // nothing to score: the engine reports it
      }
      double unbounded = score[0][u] / max[0][u] * scale;
      rates[u] = policy.signed() ? unbounded : Math.min(scale, unbounded);
      double adjusted = rates[u] + bonus[u] - deduction[u];
      composite[u] = policy.signed() ? adjusted : Math.max(0, adjusted);
    }
    return finish(rates, composite, score);
  }

  /** The leaf's column scored by {@code spec} on the nominal values, computed once (null score: the engine's). */
  private LeafColumn cached(int leaf, RuleSpec spec) {
    return cache.get(leaf).computeIfAbsent(spec, s -> {
      LeafColumn column = score(leaf, s, nominal.column(nodes[leaf].id()));
      return column == null ? new LeafColumn(null, null, false) : column;
    });
  }

  /** Prepares and scores leaf {@code i} over {@code values} as the engine does, or null if the engine would not. */
  private LeafColumn score(int i, RuleSpec spec, double[] values) {
    Indicator leaf = nodes[i];
    double points = leaf.points();
    Rule rule = rule(leaf, spec);
    if (rule == null) {
      return null;
    }
    ValueRange range = leaf.range().orElse(rule.inputRange());
    double[] raw = new double[n];
    double[] max = new double[n];
    boolean full = true;
    for (int u = 0; u < n; u++) {
      double value = values[u];
      raw[u] = Double.NaN;
      if (!applies[i][u]) {
        if (!Double.isNaN(value)) {
          return null;
        }
      } else if (notApplicable[i][u]) {
        max[u] = 0;
      } else if (Double.isNaN(value)) {
        if (missing[i] == MissingPolicy.ZERO) {
          max[u] = points;
        } else if (missing[i] != MissingPolicy.EXCLUDE) {
          return null;
        }
      } else if (!range.contains(value)) {
        return null;
      } else {
        raw[u] = value;
        max[u] = points;
      }
      full &= max[u] == points;
    }
    double[] score = new double[n];
    Direction direction = leaf.direction();
    rule.score(raw, score, ScoringContext.over(points, direction, raw));
    for (int u = 0; u < n; u++) {
      if (Double.isNaN(raw[u])) {
        score[u] = 0;
      } else if (!(score[u] >= 0 && score[u] <= points * (1 + 1e-12))) {
        return null;
      }
    }
    return new LeafColumn(score, max, full);
  }

  private final Map<List<Object>, Rule> rules = new ConcurrentHashMap<>();

  /** The rule of {@code spec} for the leaf, created as the compiler creates it; null if it has problems. */
  private Rule rule(Indicator leaf, RuleSpec spec) {
    Rule rule = rules.computeIfAbsent(List.of(leaf.id(), spec), key -> {
      RuleType type = nominal.engine.rules().find(spec.type()).orElse(null);
      if (type == null) {
        return NO_RULE;
      }
      RuleParameters parameters = new RuleParameters(nominal.data.source(), leaf.id(), spec.parameters(),
          leaf.points(), leaf.direction());
      Rule created = type.create(parameters);
      return parameters.problems().isEmpty() && created != null ? created : NO_RULE;
    });
    return rule == NO_RULE ? null : rule;
  }

  private static final Rule NO_RULE = new Rule() {
    @Override
    public boolean populationRelative() {
      return false;
    }

    @Override
    public void score(double[] raw, double[] points, ScoringContext context) {
      throw new UnsupportedOperationException();
    }
  };

  /**
   * Aggregates group {@code i} of the rebuilt policy into the arrays, as the engine does; false if the engine would
   * report a problem.
   */
  private boolean aggregate(int i, Variant variant, boolean[] gone, double[][] score, double[][] max,
      boolean[] full, double[] points) {
    Indicator node = nodes[i];
    Aggregation nominalAggregation = node.aggregation();
    boolean sumBefore = nominalAggregation == Aggregation.SUM;
    boolean reweighted = false;
    int count = 0;
    for (int child : children[i]) {
      reweighted |= variant.weightFactors.containsKey(nodes[child].id());
      count += gone[child] ? 0 : 1;
    }
    Aggregation aggregation = variant.aggregations.getOrDefault(node.id(),
        sumBefore && reweighted ? Aggregation.ARITHMETIC_MEAN : nominalAggregation);
    int[] kids = new int[count];
    double[] weights = new double[count];
    double[] kidPoints = new double[count];
    count = 0;
    for (int child : children[i]) {
      if (!gone[child]) {
        Indicator c = nodes[child];
        kids[count] = child;
        kidPoints[count] = points[child];
        weights[count++] = (sumBefore ? c.points() : c.weight()) * variant.weightFactors.getOrDefault(c.id(), 1.0);
      }
    }
    points[i] = aggregation == Aggregation.SUM && defaultPoints[i] ? Arrays.stream(kidPoints).sum() : node.points();
    boolean allFull = true;
    for (int child : kids) {
      allFull &= full[child];
    }
    double[] nodeScore = new double[n];
    score[i] = nodeScore;
    if (aggregation == Aggregation.SUM) {
      double total = 0;
      double[] nodeMax = new double[n];
      for (int child : kids) {
        total += points[child];
        for (int u = 0; u < n; u++) {
          nodeScore[u] += score[child][u];
          nodeMax[u] += max[child][u];
        }
      }
      if (allFull) {
        Arrays.fill(nodeMax, total);
      }
      max[i] = nodeMax;
      full[i] = allFull;
      return true;
    }
    double weightSum = 0;
    for (double weight : weights) {
      weightSum += weight;
    }
    if (weightSum == 0) {
      return false; // the compiler rejects a group whose children all weigh 0
    }
    double groupPoints = points[i];
    double[] nodeMax = new double[n];
    max[i] = nodeMax;
    if (allFull && aggregation == Aggregation.ARITHMETIC_MEAN) {
      for (int c = 0; c < kids.length; c++) {
        double factor = groupPoints * weights[c] / (weightSum * kidPoints[c]);
        for (int u = 0; u < n; u++) {
          nodeScore[u] += factor * score[kids[c]][u];
        }
      }
      for (int u = 0; u < n; u++) {
        nodeScore[u] = Math.min(groupPoints, nodeScore[u]);
      }
      Arrays.fill(nodeMax, groupPoints);
      full[i] = true;
      return true;
    }
    boolean nodeFull = true;
    for (int u = 0; u < n; u++) {
      double fraction = aggregation.combine(kids, weights, score, max, u);
      if (!Double.isNaN(fraction)) {
        nodeScore[u] = fraction * groupPoints;
        nodeMax[u] = groupPoints;
      } else {
        nodeFull = false;
      }
    }
    full[i] = nodeFull;
    return true;
  }

  /** Publishes, ranks and grades the composites as the engine does. */
  private Sample finish(double[] rates, double[] composite, double[][] score) {
    long[] key = new long[n];
    for (int u = 0; u < n; u++) {
      key[u] = key(composite[u]);
    }
    long[] vetoedLast = last(key, vetoed);
    TieBreaker tieBreaker = new TieBreaker(score);
    double[] rank = rank(last(key, rankedLast), null, policy.ranking().method(), tieBreaker);
    int[] grade = new int[n];
    GradeScheme scheme = policy.grades().orElse(null);
    if (scheme == null) {
      Arrays.fill(grade, -1);
      return new Sample(rates, key, new Nominal.Outcome(rank, grade));
    }
    double[] quotaRank = null;
    for (long[] counts : quotaCount) {
      if (counts != null && quotaRank == null) {
        quotaRank = rank(vetoedLast, category, scheme.quotaTies() == GradeScheme.QuotaTies.ALL_QUALIFY
            ? RankingMethod.COMPETITION : RankingMethod.ORDINAL, tieBreaker);
      }
    }
    int bands = threshold.length;
    for (int u = 0; u < n; u++) {
      grade[u] = bands;
      for (int b = 0; b < bands && !vetoed[u]; b++) {
        if (key[u] >= threshold[b] && (quotaCount[b] == null || quotaRank[u] <= quotaCount[b][category[u]])) {
          grade[u] = b;
          break;
        }
      }
    }
    return new Sample(rates, key, new Nominal.Outcome(rank, grade));
  }

  /**
   * The published value times 10^scale, as the engine publishes it: for the half-way modes, by double arithmetic
   * where the value lies clearly off a rounding boundary (the engine's own shortcut, 1e-6 of a last place away),
   * else by the policy's {@link io.appraisal.core.Rounding#round}.
   */
  private long key(double value) {
    double scaled = value * scaleFactor;
    if (halfMode && Math.abs(scaled) < 1e9) {
      double floor = Math.floor(scaled);
      double fraction = scaled - floor;
      if (Math.abs(fraction - 0.5) > 1e-6) {
        return (long) (fraction > 0.5 ? floor + 1 : floor);
      }
    }
    return policy.rounding().round(value).unscaledValue().longValueExact();
  }

  /** The keys with every marked unit below every other, in the same order among themselves. */
  private static long[] last(long[] key, boolean[] marked) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    boolean any = false;
    for (int u = 0; u < key.length; u++) {
      min = Math.min(min, key[u]);
      max = Math.max(max, key[u]);
      any |= marked[u];
    }
    if (!any) {
      return key;
    }
    long[] shifted = key.clone();
    for (int u = 0; u < key.length; u++) {
      shifted[u] -= marked[u] ? max - min + 1 : 0;
    }
    return shifted;
  }

  /** The policy's tie-break chain over a sample's scores, then the unit id: a strict order of units. */
  private final class TieBreaker {
    private final double[][] score;

    TieBreaker(double[][] score) {
      this.score = score;
    }

    int compare(int a, int b) {
      List<TieBreak> chain = policy.ranking().tieBreaks();
      for (int t = 0; t < chain.size(); t++) {
        int result = switch (chain.get(t).key()) {
          case INDICATOR_SCORE -> Long.compare(indicatorKey(t, b), indicatorKey(t, a));
          case FEWER_DEDUCTIONS -> Long.compare(key(deduction[a]), key(deduction[b]));
          case UNIT_ID -> Integer.compare(idOrder[a], idOrder[b]);
        };
        if (result != 0) {
          return result;
        }
      }
      return Integer.compare(idOrder[a], idOrder[b]);
    }

    private long indicatorKey(int t, int u) {
      return key(score[tieBreakNode[t]][u]);
    }
  }

  /**
   * Ranks units by key (higher first) within their groups (all one group when {@code group} is null), ties by the
   * method, as the engine's ranker does.
   */
  private double[] rank(long[] keys, int[] group, RankingMethod method, TieBreaker tieBreaker) {
    int[] order = byKey(keys);
    if (group != null) {
      // A stable partition by group keeps each group's units in key order.
      int[] start = new int[categories + 1];
      for (int u : order) {
        start[group[u] + 1]++;
      }
      for (int c = 0; c < categories; c++) {
        start[c + 1] += start[c];
      }
      int[] grouped = new int[n];
      for (int u : order) {
        grouped[start[group[u]]++] = u;
      }
      order = grouped;
    }
    double[] rank = new double[n];
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && (group == null || group[order[end]] == group[order[start]])) {
        end++;
      }
      int distinctAbove = 0;
      for (int i = start, j; i < end; i = j) {
        j = i + 1;
        while (j < end && keys[order[j]] == keys[order[i]]) {
          j++;
        }
        int position = i - start + 1;
        if (method == RankingMethod.ORDINAL && j - i > 1) {
          sortRun(order, i, j, tieBreaker);
        }
        for (int k = i; k < j; k++) {
          rank[order[k]] = switch (method) {
            case COMPETITION -> position;
            case DENSE -> distinctAbove + 1;
            case FRACTIONAL -> (position + j - start) / 2.0;
            case ORDINAL -> k - start + 1;
          };
        }
        distinctAbove++;
      }
      start = end;
    }
    return rank;
  }

  /** The units by key, highest first, ties in unit order: one sort of packed longs when the keys span allows. */
  private int[] byKey(long[] keys) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long key : keys) {
      min = Math.min(min, key);
      max = Math.max(max, key);
    }
    int[] order = new int[n];
    if (max - min >= 0 && max - min < 1L << 31) {
      long[] packed = new long[n];
      for (int u = 0; u < n; u++) {
        packed[u] = (max - keys[u]) << 32 | u;
      }
      Arrays.sort(packed);
      for (int r = 0; r < n; r++) {
        order[r] = (int) packed[r];
      }
      return order;
    }
    Integer[] boxed = new Integer[n];
    Arrays.setAll(boxed, u -> u);
    Arrays.sort(boxed, (a, b) -> Long.compare(keys[b], keys[a]));
    Arrays.setAll(order, r -> boxed[r]);
    return order;
  }

  private static void sortRun(int[] order, int from, int to, TieBreaker tieBreaker) {
    Integer[] run = new Integer[to - from];
    Arrays.setAll(run, k -> order[from + k]);
    Arrays.sort(run, tieBreaker::compare);
    for (int k = from; k < to; k++) {
      order[k] = run[k - from];
    }
  }
}
