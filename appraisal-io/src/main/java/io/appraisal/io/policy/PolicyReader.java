package io.appraisal.io.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.AdjustmentRules;
import io.appraisal.core.Aggregation;
import io.appraisal.core.AnnualRollup;
import io.appraisal.core.Applicability;
import io.appraisal.core.Category;
import io.appraisal.core.Denominator;
import io.appraisal.core.Direction;
import io.appraisal.core.Frequency;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Indicator;
import io.appraisal.core.InvalidArgumentException;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.MissingPolicy;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.Ranking;
import io.appraisal.core.RankingMethod;
import io.appraisal.core.Rounding;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Suggestions;
import io.appraisal.core.TieBreak;
import io.appraisal.core.ValueRange;
import io.appraisal.core.VetoEffect;
import io.appraisal.core.panel.Panel;
import io.appraisal.core.recommendation.Recommendation;
import io.appraisal.io.policy.Node.Field;
import io.appraisal.io.policy.Node.ListNode;
import io.appraisal.io.policy.Node.MapNode;
import io.appraisal.io.policy.Node.Scalar;
import io.appraisal.core.weighting.AhpResult;
import io.appraisal.core.weighting.Weights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns a located tree into a {@link Policy}, collecting every problem instead of stopping at the first. Values are
 * checked for shape here; their domain rules (positive points, ordered grade bands...) are left to the core builders,
 * whose messages are reported at the place the value was written.
 */
final class PolicyReader {
  private static final ImmutableList<String> POLICY_KEYS = ImmutableList.of("id", "name", "version", "description",
      "scale", "signed", "categories", "indicators", "adjustments", "grades", "ranking", "rounding", "annual",
      "selfAssessmentTolerance", "recommendation", "missing");
  private static final ImmutableList<String> MISSING_KEYS = ImmutableList.of("minCoverage");
  private static final ImmutableList<String> CATEGORY_KEYS = ImmutableList.of("id", "name");
  private static final ImmutableList<String> INDICATOR_KEYS = ImmutableList.of("id", "name", "points", "weight",
      "direction", "appliesTo", "missing", "frequency", "range", "denominator", "rule", "expression", "aggregation",
      "weightsSum", "ahp", "panel", "criteria", "evidence", "children");
  private static final ImmutableList<String> DENOMINATOR_KEYS = ImmutableList.of("indicator", "per");
  private static final ImmutableList<String> PANEL_KEYS =
      ImmutableList.of("method", "trim", "minRaters", "groups", "outlierMads", "showRaterIds");
  private static final ImmutableList<String> RECOMMENDATION_KEYS =
      ImmutableList.of("top", "mustPass", "mustPassRate", "conditionsIf");
  private static final ImmutableList<String> CONDITION_KEYS =
      ImmutableList.of("selfAssessmentFlagged", "deduction", "scoreBelow");
  private static final ImmutableList<String> AHP_KEYS = ImmutableList.of("pairwise", "maxConsistencyRatio");
  private static final ImmutableList<String> APPLIES_TO_KEYS = ImmutableList.of("categories", "attributes");
  private static final ImmutableList<String> ADJUSTMENT_KEYS =
      ImmutableList.of("items", "bonusCap", "deductionCap");
  private static final ImmutableList<String> ITEM_KEYS =
      ImmutableList.of("id", "name", "kind", "pointsEach", "itemCap", "effect");
  private static final ImmutableList<String> GRADE_KEYS =
      ImmutableList.of("target", "bands", "lowest", "quotaRounding", "quotaTies");
  private static final ImmutableList<String> BAND_KEYS = ImmutableList.of("name", "minScore", "within", "quota");
  private static final ImmutableList<String> RANKING_KEYS = ImmutableList.of("method", "tieBreaks");
  private static final ImmutableList<String> TIE_BREAK_KEYS = ImmutableList.of("indicator");
  private static final ImmutableList<String> ROUNDING_KEYS = ImmutableList.of("scale", "mode");
  private static final ImmutableList<String> ANNUAL_KEYS =
      ImmutableList.of("quarterWeight", "quarterValue", "missingQuarter", "components");
  private static final ImmutableList<String> COMPONENT_KEYS = ImmutableList.of("id", "name", "weight", "range");
  private static final double WEIGHTS_SUM_TOLERANCE = 1e-9;

  private final String source;
  private final List<Found> problems = new ArrayList<>();
  /** Field path (or {@code path=value} for a reference in a list) to where it was written; the first one wins. */
  private final Map<String, Location> locations = new HashMap<>();
  private final Map<String, Location> categoryIds = new LinkedHashMap<>();
  private final Map<String, Location> indicatorIds = new HashMap<>();
  private final Map<String, Panel> panels = new LinkedHashMap<>();

  private PolicyReader(String source) {
    this.source = source;
  }

  /** A problem and where it was found, to list problems in the order of the file. */
  private record Found(Location at, Problem problem) {}

  /** Reads a policy, or throws every problem found, in the order of the file. */
  static ParsedPolicy read(String source, Node tree) {
    PolicyReader reader = new PolicyReader(source);
    Policy policy = reader.policy(new Value(reader, tree, ""));
    if (!reader.problems.isEmpty()) {
      throw new InvalidInputException(reader.problems.stream()
          .sorted(Comparator.comparing((Found found) -> found.at().line()).thenComparing(found -> found.at().column()))
          .map(Found::problem)
          .toList());
    }
    return new ParsedPolicy(policy, source, reader.locations);
  }

  /**
   * A problem at a place in the file: the bundle's text {@code key}, whose {@code {0}} is the column ({@link Problem}
   * has no column) and whose {@code {1}}, {@code {2}}, ... are {@code arguments}.
   */
  static Problem problem(String source, Location at, String field, String value, String key, Object... arguments) {
    Object[] located = new Object[arguments.length + 1];
    located[0] = at.column();
    System.arraycopy(arguments, 0, located, 1, arguments.length);
    return Problem.keyed(source, at.line(), field, value, key, located);
  }

  private void report(Location at, String field, String value, String key, Object... arguments) {
    problems.add(new Found(at, problem(source, at, field, value, key, arguments)));
  }

  private void report(Value value, String key, Object... arguments) {
    report(value.node.at(), value.path, value.written(), key, arguments);
  }

  /**
   * Runs a core constructor or setter, reporting its complaint at {@code value}: a core refusal ({@link
   * InvalidArgumentException}) by its own key, at the value's line, path and text; any other (a plug-in's) in the
   * frame {@code problem.io.policy.rejected}. Null if it complained.
   */
  private <T> T attempt(Value value, Supplier<T> action) {
    try {
      return action.get();
    } catch (InvalidArgumentException e) {
      e.problems(source, value.node.at().line(), value.path, value.written())
          .forEach(problem -> problems.add(new Found(value.node.at(), problem)));
      return null;
    } catch (IllegalArgumentException | IllegalStateException e) {
      report(value, "problem.io.policy.rejected", e.getMessage());
      return null;
    }
  }

  private Policy policy(Value document) {
    Fields top = document.fields(POLICY_KEYS);
    if (top == null) {
      return null;
    }
    Value idValue = top.require("id");
    String id = idValue.text();
    String name = top.get("name").text();
    String version = top.get("version").text();
    String description = top.get("description").text();
    Value scaleValue = top.get("scale");
    Double scale = scaleValue.number();
    Boolean signed = top.get("signed").bool();
    List<Category> categories = categories(top.require("categories"));
    Indicator root = indicator(top.require("indicators"));
    AdjustmentRules adjustments = adjustments(top.get("adjustments"));
    GradeScheme grades = grades(top.get("grades"));
    Ranking ranking = ranking(top.get("ranking"));
    Rounding rounding = rounding(top.get("rounding"));
    AnnualRollup annual = annual(top.get("annual"));
    Value toleranceValue = top.get("selfAssessmentTolerance");
    Double tolerance = toleranceValue.number();
    Recommendation recommendation = recommendation(top.get("recommendation"));
    Fields missing = top.get("missing").fields(MISSING_KEYS);
    Value coverageValue = missing == null ? null : missing.get("minCoverage");
    Double coverage = coverageValue == null ? null : coverageValue.number();
    if (id == null) {
      return null;
    }
    Policy.Builder builder = attempt(idValue, () -> Policy.builder(id));
    if (builder == null) {
      return null;
    }
    if (scale != null) {
      attempt(scaleValue, () -> builder.scale(scale));
    }
    if (tolerance != null) {
      attempt(toleranceValue, () -> builder.selfAssessmentTolerance(tolerance));
    }
    if (coverage != null) {
      attempt(coverageValue, () -> builder.minCoverage(coverage));
    }
    if (signed != null) {
      builder.signed(signed);
    }
    if (!problems.isEmpty()) {
      return null;
    }
    if (name != null) {
      builder.name(name);
    }
    if (version != null) {
      builder.version(version);
    }
    if (description != null) {
      builder.description(description);
    }
    builder.categories(categories).indicators(root);
    if (adjustments != null) {
      builder.adjustments(adjustments);
    }
    if (grades != null) {
      builder.grades(grades);
    }
    if (ranking != null) {
      builder.ranking(ranking);
    }
    if (rounding != null) {
      builder.rounding(rounding);
    }
    if (annual != null) {
      builder.annual(annual);
    }
    panels.forEach(builder::panel);
    if (recommendation != null) {
      builder.recommendation(recommendation);
    }
    return attempt(document, builder::build);
  }

  private List<Category> categories(Value value) {
    List<Category> categories = new ArrayList<>();
    List<Value> items = value.list();
    if (value.isList() && items.isEmpty()) {
      report(value, "problem.io.policy.no-category");
    }
    for (Value item : items) {
      Fields fields = item.fields(CATEGORY_KEYS);
      if (fields == null) {
        continue;
      }
      Value idValue = fields.require("id");
      String id = idValue.text();
      String name = fields.require("name").text();
      if (id != null && unique(categoryIds, id, idValue, "problem.io.policy.duplicate-category") && name != null) {
        locations.put("categories=" + id, idValue.node.at());
        categories.add(attempt(idValue, () -> new Category(id, name)));
      }
    }
    return categories;
  }

  /** Records a declared id; reports it with {@code key} (whose {1} is the first line) if it was declared before. */
  private boolean unique(Map<String, Location> declared, String id, Value value, String key) {
    Location first = declared.putIfAbsent(id, value.node.at());
    if (first != null) {
      report(value, key, first.line());
    }
    return first == null;
  }

  private Indicator indicator(Value written) {
    return indicator(written, null);
  }

  /** Reads an indicator; {@code derivedWeight} is its weight from the parent's AHP judgements, if any. */
  private Indicator indicator(Value written, Double derivedWeight) {
    // An indicator's field paths are named by its id, as the engine names them: indicators.3.2.rule.perIncident.
    String path = peekId(written.node).map(id -> "indicators." + id).orElse(written.path);
    Value value = new Value(this, written.node, path);
    Fields fields = value.fields(INDICATOR_KEYS);
    if (fields == null) {
      return null;
    }
    int before = problems.size();
    Value idValue = fields.require("id");
    String id = idValue.text();
    if (id != null && unique(indicatorIds, id, idValue, "problem.io.policy.duplicate-indicator")) {
      locations.put("indicators=" + id, idValue.node.at());
    }
    String name = fields.require("name").text();
    Value pointsValue = fields.get("points");
    Double points = pointsValue.number();
    Value weightValue = fields.get("weight");
    Double weight = weightValue.number();
    Direction direction = fields.get("direction").choice(Names.DIRECTION);
    Applicability applicability = applicability(fields.get("appliesTo"));
    MissingPolicy missing = fields.get("missing").choice(Names.MISSING);
    Frequency frequency = fields.get("frequency").choice(Names.FREQUENCY);
    Value rangeValue = fields.get("range");
    ValueRange range = range(rangeValue);
    Value denominatorValue = fields.get("denominator");
    Denominator denominator = denominatorValue.present() ? denominator(denominatorValue) : null;
    Value rule = fields.get("rule");
    RuleSpec spec = rule(rule);
    Value expressionValue = fields.get("expression");
    String expression = expressionValue.present() ? expressionValue.text() : null;
    Value criteriaValue = fields.get("criteria");
    String criteria = criteriaValue.present() ? criteriaValue.text() : null;
    Value evidenceValue = fields.get("evidence");
    String evidence = evidenceValue.present() ? evidenceValue.text() : null;
    Value aggregationValue = fields.get("aggregation");
    Aggregation aggregation = aggregationValue.choice(Names.AGGREGATION);
    Value weightsSumValue = fields.get("weightsSum");
    Double weightsSum = weightsSumValue.number();
    Value children = fields.get("children");
    List<Value> childValues = children.present() ? children.list() : List.of();
    Value ahpValue = fields.get("ahp");
    Value panelValue = fields.get("panel");
    Panel panel = panel(panelValue);
    double[] ahpWeights = ahpValue.present() ? ahpWeights(ahpValue, childValues) : null;
    List<Indicator> built = new ArrayList<>();
    for (int c = 0; c < childValues.size(); c++) {
      built.add(indicator(childValues.get(c), ahpWeights == null ? null : ahpWeights[c]));
    }
    if (expressionValue.present() && rule.present()) {
      report(value, "problem.io.policy.rule-and-expression");
    } else if (expressionValue.present() && aggregationValue.present()) {
      report(aggregationValue, "problem.io.policy.derived-aggregation");
    } else if (!expressionValue.present() && rule.present() == children.present()) {
      report(value, rule.present() ? "problem.io.policy.rule-and-children" : "problem.io.policy.no-rule");
    } else if (children.isList() && built.isEmpty()) {
      report(children, "problem.io.policy.empty-group");
    }
    if (weightsSumValue.present() && !children.present()) {
      report(weightsSumValue, "problem.io.policy.weights-sum-leaf");
    }
    if (panelValue.present() && !rule.present()) {
      report(panelValue, "problem.io.policy.panel-group");
    } else if (panel != null && id != null) {
      panels.putIfAbsent(id, panel);
    }
    if (denominatorValue.present() && (children.present() || expressionValue.present())) {
      report(denominatorValue, "problem.io.policy.denominator-group");
    }
    if (id == null || name == null || (rule.present() && spec == null)
        || (expressionValue.present() && expression == null)) {
      return null;
    }
    Indicator.Builder builder = attempt(idValue, () -> spec != null ? Indicator.leaf(id, name, spec)
        : expression != null ? Indicator.derived(id, name, expression) : Indicator.group(id, name));
    if (builder == null) {
      return null;
    }
    if (points != null) {
      attempt(pointsValue, () -> builder.points(points));
    }
    if (weight != null && derivedWeight != null) {
      report(weightValue, "problem.io.policy.weight-and-ahp");
    } else if (weight != null) {
      attempt(weightValue, () -> builder.weight(weight));
    } else if (derivedWeight != null) {
      builder.weight(derivedWeight);
    }
    if (direction != null) {
      builder.direction(direction);
    }
    if (applicability != null) {
      builder.appliesTo(applicability);
    }
    if (missing != null) {
      builder.missing(missing);
    }
    if (frequency != null) {
      builder.frequency(frequency);
    }
    if (range != null) {
      attempt(rangeValue, () -> builder.range(range));
    }
    if (denominator != null && spec != null) {
      builder.denominator(denominator);
    }
    if (criteria != null) {
      attempt(criteriaValue, () -> builder.criteria(criteria));
    }
    if (evidence != null) {
      attempt(evidenceValue, () -> builder.evidence(evidence));
    }
    if (aggregation != null && expression == null) {
      attempt(aggregationValue, () -> builder.aggregation(aggregation));
    }
    if (problems.size() > before || built.contains(null)) {
      return null;
    }
    if (weightsSum != null) {
      checkWeightsSum(weightsSumValue, weightsSum, built);
    }
    if (points != null && !built.isEmpty() && (aggregation == null || aggregation == Aggregation.SUM)) {
      checkPointsSum(pointsValue, points, built);
    }
    return attempt(value, () -> builder.children(built).build());
  }

  /** A panel: {@code {method, trim, minRaters, groups: {name: weight, ...}, outlierMads, showRaterIds}}. */
  private Panel panel(Value value) {
    Fields fields = value.fields(PANEL_KEYS);
    if (fields == null) {
      return null;
    }
    Panel.Method method = fields.require("method").choice(Names.PANEL_METHOD);
    Value trimValue = fields.get("trim");
    Integer trim = trimValue.integer();
    Value minValue = fields.get("minRaters");
    Integer minRaters = minValue.integer();
    Value madsValue = fields.get("outlierMads");
    Double mads = madsValue.number();
    Boolean show = fields.get("showRaterIds").bool();
    Map<String, Double> groups = new LinkedHashMap<>();
    Value groupsValue = fields.get("groups");
    Fields groupFields = groupsValue.fields(null);
    if (groupFields != null) {
      for (String group : groupFields.keys()) {
        Double weight = groupFields.get(group).number();
        if (weight != null) {
          groups.put(group, weight);
        }
      }
    }
    if (method == null) {
      return null;
    }
    Panel.Builder builder = Panel.builder(method);
    if (trim != null) {
      attempt(trimValue, () -> builder.trim(trim));
    }
    if (minRaters != null) {
      attempt(minValue, () -> builder.minRaters(minRaters));
    }
    if (mads != null) {
      attempt(madsValue, () -> builder.outlierMads(mads));
    }
    if (show != null) {
      builder.showRaterIds(show);
    }
    groups.forEach((group, weight) -> attempt(groupFields.get(group), () -> builder.group(group, weight)));
    return attempt(value, builder::build);
  }

  /** {@code {top, mustPass: [ids], mustPassRate, conditionsIf: {selfAssessmentFlagged, deduction, scoreBelow}}}. */
  private Recommendation recommendation(Value value) {
    Fields fields = value.fields(RECOMMENDATION_KEYS);
    if (fields == null) {
      return null;
    }
    Value topValue = fields.require("top");
    Integer top = topValue.integer();
    List<String> mustPass = new ArrayList<>();
    for (Value item : fields.get("mustPass").list()) {
      String id = item.text();
      if (id != null && !indicatorIds.containsKey(id)) {
        report(item, "problem.io.policy.unknown-indicator");
      } else if (id != null && mustPass.contains(id)) {
        report(item, "problem.io.policy.duplicate-must-pass");
      } else if (id != null) {
        mustPass.add(id);
      }
    }
    Value rateValue = fields.get("mustPassRate");
    Double rate = rateValue.number();
    Fields conditions = fields.get("conditionsIf").fields(CONDITION_KEYS);
    Boolean selfFlagged = conditions == null ? null : conditions.get("selfAssessmentFlagged").bool();
    Boolean deduction = conditions == null ? null : conditions.get("deduction").bool();
    Value belowValue = conditions == null ? null : conditions.get("scoreBelow");
    Double below = belowValue == null ? null : belowValue.number();
    if (top == null) {
      return null;
    }
    Recommendation.Builder builder = attempt(topValue, () -> Recommendation.top(top));
    if (builder == null) {
      return null;
    }
    builder.mustPass(mustPass);
    if (rate != null) {
      attempt(rateValue, () -> builder.mustPassRate(rate));
    }
    if (selfFlagged != null) {
      builder.conditionIfSelfAssessmentFlagged(selfFlagged);
    }
    if (deduction != null) {
      builder.conditionIfDeduction(deduction);
    }
    if (below != null) {
      attempt(belowValue, () -> builder.conditionIfScoreBelow(below));
    }
    return builder.build();
  }

  private static Optional<String> peekId(Node node) {
    if (node instanceof MapNode map) {
      for (Field field : map.fields()) {
        if (field.key().equals("id") && field.value() instanceof Scalar scalar
            && (scalar.value() instanceof String || scalar.value() instanceof Number)) {
          return Optional.of(scalar.text());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The children's weights from an AHP pairwise-comparison matrix (Saaty): the principal eigenvector, refused when
   * the consistency ratio exceeds {@code maxConsistencyRatio} (0.1 unless the policy allows more). Entries are
   * numbers or fractions written as text ("1/3"). Null when there is a problem, which is reported.
   */
  private double[] ahpWeights(Value value, List<Value> children) {
    Fields fields = value.fields(AHP_KEYS);
    if (fields == null) {
      return null;
    }
    Value pairwise = fields.require("pairwise");
    Value maxValue = fields.get("maxConsistencyRatio");
    Double max = maxValue.present() ? maxValue.number() : AhpResult.DEFAULT_MAX_CONSISTENCY_RATIO;
    List<Value> rows = pairwise.list();
    if (!pairwise.present() || max == null || rows.isEmpty()) {
      return null;
    }
    if (rows.size() != children.size()) {
      report(pairwise, "problem.io.policy.ahp-rows", rows.size(), children.size());
      return null;
    }
    double[][] matrix = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      List<Value> cells = rows.get(i).list();
      matrix[i] = new double[cells.size()];
      for (int j = 0; j < cells.size(); j++) {
        Double judgement = cells.get(j).judgement();
        if (judgement == null) {
          return null;
        }
        matrix[i][j] = judgement;
      }
    }
    AhpResult result = attempt(pairwise, () -> Weights.ahp(matrix));
    if (result == null) {
      return null;
    }
    Boolean consistent = attempt(maxValue.present() ? maxValue : pairwise, () -> result.isConsistent(max));
    if (consistent == null) {
      return null;
    }
    if (!consistent) {
      report(pairwise, "problem.io.policy.ahp-inconsistent", String.format(Locale.ROOT, "%.3f",
          result.consistencyRatio()), BigDecimal.valueOf(max).stripTrailingZeros().toPlainString());
      return null;
    }
    return result.weights();
  }

  /** The children's weights are summed in decimal, so that 0.5 + 0.3 + 0.2 is exactly 1. */
  private void checkWeightsSum(Value declared, double expected, List<Indicator> children) {
    BigDecimal sum = children.stream()
        .map(child -> BigDecimal.valueOf(child.weight()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (Math.abs(sum.doubleValue() - expected) > WEIGHTS_SUM_TOLERANCE) {
      report(declared, "problem.io.policy.weights-sum", sum.stripTrailingZeros().toPlainString(),
          declared.written());
    }
  }

  /**
   * A summing group's declared points must be its children's total: a group declaring 100 over children worth 104
   * would otherwise be scored out of 104 without anyone noticing.
   */
  private void checkPointsSum(Value declared, double points, List<Indicator> children) {
    BigDecimal sum = children.stream()
        .map(child -> BigDecimal.valueOf(child.points()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(BigDecimal.valueOf(points)) != 0) {
      report(declared, "problem.io.policy.points-sum", declared.written(), sum.stripTrailingZeros().toPlainString(),
          children.stream()
              .map(child -> child.id() + ": " + BigDecimal.valueOf(child.points()).stripTrailingZeros()
                  .toPlainString())
              .collect(Collectors.joining(", ")));
    }
  }

  private Applicability applicability(Value value) {
    Fields fields = value.fields(APPLIES_TO_KEYS);
    if (fields == null) {
      return null;
    }
    Set<String> categories = new LinkedHashSet<>();
    for (Value item : fields.get("categories").list()) {
      String category = item.text();
      if (category == null) {
        continue;
      }
      locations.putIfAbsent(value.path + "=" + category, item.node.at());
      if (!categoryIds.isEmpty() && !categoryIds.containsKey(category)) {
        String declared = String.join(", ", categoryIds.keySet());
        Optional<String> closest = Suggestions.closest(category, categoryIds.keySet());
        if (closest.isPresent()) {
          report(item, "problem.io.policy.unknown-category-suggested", closest.get(), declared);
        } else {
          report(item, "problem.io.policy.unknown-category", declared);
        }
      }
      categories.add(category);
    }
    Set<String> attributes = new LinkedHashSet<>();
    for (Value item : fields.get("attributes").list()) {
      String attribute = item.text();
      if (attribute != null) {
        attributes.add(attribute);
      }
    }
    return new Applicability(categories, attributes);
  }

  private ValueRange range(Value value) {
    List<Value> ends = value.list(); // reports a value that is not a list
    if (!value.isList()) {
      return null;
    }
    if (ends.size() != 2) {
      report(value, "problem.io.policy.range-shape");
      return null;
    }
    // Double.valueOf: a bare infinity would unbox number(), which is null for a value that is not a number.
    Double min = ends.get(0).isNull() ? Double.valueOf(Double.NEGATIVE_INFINITY) : ends.get(0).number();
    Double max = ends.get(1).isNull() ? Double.valueOf(Double.POSITIVE_INFINITY) : ends.get(1).number();
    return min == null || max == null ? null : attempt(value, () -> ValueRange.of(min, max));
  }

  /** {@code {indicator: pop, per: 10000}}; {@code per} is 1 when absent. */
  private Denominator denominator(Value value) {
    Fields fields = value.fields(DENOMINATOR_KEYS);
    if (fields == null) {
      return null;
    }
    String input = fields.require("indicator").text();
    Value perValue = fields.get("per");
    Double per = perValue.present() ? perValue.number() : Double.valueOf(1);
    if (per != null && !(per > 0)) {
      report(perValue, "problem.io.policy.not-positive");
      return null;
    }
    return input == null || per == null ? null : attempt(value, () -> new Denominator(input, per));
  }

  private RuleSpec rule(Value value) {
    Fields fields = value.fields(null);
    if (fields == null) {
      return null;
    }
    Value typeValue = fields.require("type");
    String type = typeValue.text();
    Map<String, Object> parameters = new LinkedHashMap<>();
    for (String key : fields.keys()) {
      if (!key.equals("type")) {
        parameters.put(key, parameter(fields.get(key)));
      }
    }
    return type == null ? null : attempt(typeValue, () -> new RuleSpec(type, parameters));
  }

  /** A rule parameter in the JSON data model; a null is reported and stood in for, as the rule is then dropped. */
  private Object parameter(Value value) {
    if (value.node instanceof Scalar scalar) {
      if (scalar.value() == null) {
        report(value, "problem.io.policy.null-parameter");
        return "";
      }
      return scalar.value();
    }
    if (value.isList()) {
      return value.list().stream().map(this::parameter).collect(ImmutableList.toImmutableList());
    }
    Fields fields = value.fields(null);
    ImmutableMap.Builder<String, Object> map = ImmutableMap.builder();
    fields.keys().forEach(key -> map.put(key, parameter(fields.get(key))));
    return map.buildOrThrow();
  }

  private AdjustmentRules adjustments(Value value) {
    Fields fields = value.fields(ADJUSTMENT_KEYS);
    if (fields == null) {
      return null;
    }
    Map<String, Location> ids = new HashMap<>();
    List<AdjustmentItem> items = new ArrayList<>();
    for (Value item : fields.get("items").list()) {
      items.add(adjustmentItem(item, ids));
    }
    Double bonusCap = fields.get("bonusCap").number();
    Double deductionCap = fields.get("deductionCap").number();
    // The caps are checked with the good items even when some are bad, to report every problem at once.
    List<AdjustmentItem> good = items.stream().filter(Objects::nonNull).toList();
    AdjustmentRules rules = attempt(value, () -> new AdjustmentRules(good,
        bonusCap == null ? AdjustmentRules.NONE.bonusCap() : bonusCap,
        deductionCap == null ? AdjustmentRules.NONE.deductionCap() : deductionCap));
    return good.size() == items.size() ? rules : null;
  }

  private AdjustmentItem adjustmentItem(Value value, Map<String, Location> ids) {
    Fields fields = value.fields(ITEM_KEYS);
    if (fields == null) {
      return null;
    }
    Value idValue = fields.require("id");
    String id = idValue.text();
    boolean unique = id != null && unique(ids, id, idValue, "problem.io.policy.duplicate-item");
    String name = fields.require("name").text();
    AdjustmentKind kind = fields.require("kind").choice(Names.KIND);
    // A veto counts no points, so only bonuses and deductions must say how many.
    Value pointsValue = kind == AdjustmentKind.VETO ? fields.get("pointsEach") : fields.require("pointsEach");
    Double pointsEach = pointsValue.number();
    Double itemCap = fields.get("itemCap").number();
    // What a veto does to the rank; only a veto has an effect, lowest-grade when not given.
    Value effectValue = fields.get("effect");
    VetoEffect effect = effectValue.choice(Names.VETO_EFFECT);
    if (effectValue.present() && kind != null && kind != AdjustmentKind.VETO) {
      report(effectValue, "problem.io.policy.effect-not-veto");
      return null;
    }
    if (!unique || name == null || kind == null || (pointsValue.present() && pointsEach == null)
        || (effectValue.present() && effect == null)) {
      return null;
    }
    Optional<VetoEffect> vetoEffect = kind == AdjustmentKind.VETO
        ? Optional.of(effect == null ? VetoEffect.LOWEST_GRADE : effect) : Optional.empty();
    return attempt(value, () -> new AdjustmentItem(id, name, kind, pointsEach == null ? 0 : pointsEach,
        itemCap == null ? Double.POSITIVE_INFINITY : itemCap, vetoEffect));
  }

  private GradeScheme grades(Value value) {
    Fields fields = value.fields(GRADE_KEYS);
    if (fields == null) {
      return null;
    }
    GradeScheme.Builder builder = GradeScheme.builder();
    Value targetValue = fields.get("target");
    Double target = targetValue.number();
    if (target != null) {
      builder.target(target);
    }
    Value bandsValue = fields.require("bands");
    List<Value> bands = bandsValue.list();
    boolean complete = bandsValue.isList();
    if (complete && bands.isEmpty()) {
      report(bandsValue, "problem.io.policy.no-band");
      complete = false;
    }
    for (Value band : bands) {
      complete &= band(band, builder, targetValue.present());
    }
    String lowest = fields.require("lowest").text();
    RoundingMode quotaRounding = fields.get("quotaRounding").choice(Names.ROUNDING);
    GradeScheme.QuotaTies quotaTies = fields.get("quotaTies").choice(Names.QUOTA_TIES);
    if (quotaRounding != null) {
      builder.quotaRounding(quotaRounding);
    }
    if (quotaTies != null) {
      builder.quotaTies(quotaTies);
    }
    return complete && lowest != null ? attempt(bandsValue, () -> builder.otherwise(lowest)) : null;
  }

  /**
   * Adds a grade band to {@code builder}, by {@code minScore} or, in a two-sided scheme (one with a target), by the
   * distance it is {@code within}; false if it has a problem.
   */
  private boolean band(Value value, GradeScheme.Builder builder, boolean twoSided) {
    Fields fields = value.fields(BAND_KEYS);
    if (fields == null) {
      return false;
    }
    String name = fields.require("name").text();
    String bound = twoSided ? "within" : "minScore";
    String other = twoSided ? "minScore" : "within";
    if (fields.keys().contains(other)) {
      report(fields.get(other), twoSided ? "problem.io.policy.band-within" : "problem.io.policy.band-min-score");
      return false;
    }
    Double limit = fields.require(bound).number();
    Value quotaValue = fields.get("quota");
    Double quota = quotaValue.number();
    if (twoSided && quotaValue.present()) {
      report(quotaValue, "problem.io.policy.band-quota");
      return false;
    }
    if (name == null || limit == null || (quotaValue.present() && quota == null)) {
      return false;
    }
    return attempt(value, () -> twoSided ? builder.within(name, limit)
        : builder.band(name, limit, quota == null ? 1 : quota)) != null;
  }

  private Ranking ranking(Value value) {
    Fields fields = value.fields(RANKING_KEYS);
    if (fields == null) {
      return null;
    }
    RankingMethod method = fields.get("method").choice(Names.METHOD);
    List<TieBreak> tieBreaks = new ArrayList<>();
    Value chain = fields.get("tieBreaks");
    for (Value link : chain.list()) {
      tieBreaks.add(tieBreak(link, chain.path));
    }
    if (tieBreaks.contains(null)) {
      return null;
    }
    return new Ranking(method == null ? Ranking.DEFAULT.method() : method, tieBreaks);
  }

  private TieBreak tieBreak(Value value, String chainPath) {
    if (value.node instanceof MapNode) {
      Value indicator = value.fields(TIE_BREAK_KEYS).require("indicator");
      String id = indicator.text();
      if (id != null) {
        locations.putIfAbsent(chainPath + "=" + id, indicator.node.at());
      }
      return id == null ? null : attempt(indicator, () -> TieBreak.higherScoreIn(id));
    }
    String name = value.text();
    if (name == null) {
      return null;
    }
    TieBreak.Key key = Names.TIE_BREAK.parse(name);
    if (key == null) {
      report(value, "problem.io.policy.unknown-tie-break", Names.TIE_BREAK.allowed());
      return null;
    }
    return key == TieBreak.Key.UNIT_ID ? TieBreak.unitId() : TieBreak.fewerDeductions();
  }

  private Rounding rounding(Value value) {
    Fields fields = value.fields(ROUNDING_KEYS);
    if (fields == null) {
      return null;
    }
    Value scaleValue = fields.get("scale");
    Integer scale = scaleValue.integer();
    RoundingMode mode = fields.get("mode").choice(Names.ROUNDING);
    if (scaleValue.present() && scale == null) {
      return null;
    }
    return attempt(value, () -> Rounding.of(scale == null ? Rounding.DEFAULT.scale() : scale,
        mode == null ? Rounding.DEFAULT.mode() : mode));
  }

  private AnnualRollup annual(Value value) {
    Fields fields = value.fields(ANNUAL_KEYS);
    if (fields == null) {
      return null;
    }
    Double quarterWeight = fields.require("quarterWeight").number();
    AnnualRollup.QuarterValue quarterValue = fields.require("quarterValue").choice(Names.QUARTER_VALUE);
    AnnualRollup.MissingQuarter missingQuarter = fields.require("missingQuarter").choice(Names.MISSING_QUARTER);
    Map<String, Location> ids = new HashMap<>();
    List<AnnualRollup.YearEndComponent> components = new ArrayList<>();
    for (Value item : fields.get("components").list()) {
      components.add(component(item, ids));
    }
    if (quarterWeight == null || quarterValue == null || missingQuarter == null || components.contains(null)) {
      return null;
    }
    return attempt(value, () -> new AnnualRollup(quarterWeight, quarterValue, components, missingQuarter));
  }

  private AnnualRollup.YearEndComponent component(Value value, Map<String, Location> ids) {
    Fields fields = value.fields(COMPONENT_KEYS);
    if (fields == null) {
      return null;
    }
    Value idValue = fields.require("id");
    String id = idValue.text();
    boolean unique = id != null && unique(ids, id, idValue, "problem.io.policy.duplicate-component");
    String name = fields.require("name").text();
    Double weight = fields.require("weight").number();
    ValueRange range = range(fields.require("range"));
    if (!unique || name == null || weight == null || range == null) {
      return null;
    }
    return attempt(value, () -> new AnnualRollup.YearEndComponent(id, name, weight, range));
  }

  /** The key of "must be {@code expected}, not {@code found}". */
  private static String wrongKey(Node.Kind expected, Node.Kind found) {
    return switch (expected) {
      case STRING -> switch (found) {
        case MAPPING -> "problem.io.policy.string-not-mapping";
        case LIST -> "problem.io.policy.string-not-list";
        case BOOLEAN -> "problem.io.policy.string-not-boolean";
        case NULL -> "problem.io.policy.string-not-null";
        default -> throw new AssertionError(found);
      };
      case NUMBER -> switch (found) {
        case MAPPING -> "problem.io.policy.number-not-mapping";
        case LIST -> "problem.io.policy.number-not-list";
        case STRING -> "problem.io.policy.number-not-string";
        case BOOLEAN -> "problem.io.policy.number-not-boolean";
        case NULL -> "problem.io.policy.number-not-null";
        default -> throw new AssertionError(found);
      };
      case BOOLEAN -> switch (found) {
        case MAPPING -> "problem.io.policy.boolean-not-mapping";
        case LIST -> "problem.io.policy.boolean-not-list";
        case STRING -> "problem.io.policy.boolean-not-string";
        case NUMBER -> "problem.io.policy.boolean-not-number";
        case NULL -> "problem.io.policy.boolean-not-null";
        default -> throw new AssertionError(found);
      };
      case LIST -> switch (found) {
        case MAPPING -> "problem.io.policy.list-not-mapping";
        case STRING -> "problem.io.policy.list-not-string";
        case NUMBER -> "problem.io.policy.list-not-number";
        case BOOLEAN -> "problem.io.policy.list-not-boolean";
        case NULL -> "problem.io.policy.list-not-null";
        default -> throw new AssertionError(found);
      };
      case MAPPING -> switch (found) {
        case LIST -> "problem.io.policy.mapping-not-list";
        case STRING -> "problem.io.policy.mapping-not-string";
        case NUMBER -> "problem.io.policy.mapping-not-number";
        case BOOLEAN -> "problem.io.policy.mapping-not-boolean";
        case NULL -> "problem.io.policy.mapping-not-null";
        default -> throw new AssertionError(found);
      };
      default -> throw new AssertionError(expected);
    };
  }

  /**
   * A node at a field path, or an absent one. Typed accessors report a value of the wrong shape and return null, as
   * they do for an absent value; every node looked at is recorded under its path.
   */
  private static final class Value {
    private final PolicyReader reader;
    private final Node node;
    private final String path;

    Value(PolicyReader reader, Node node, String path) {
      this.reader = reader;
      this.node = node;
      this.path = path;
      if (node != null) {
        reader.locations.putIfAbsent(path, node.at());
      }
    }

    boolean present() {
      return node != null;
    }

    boolean isNull() {
      return node instanceof Scalar scalar && scalar.value() == null;
    }

    boolean isList() {
      return node instanceof ListNode;
    }

    /** The value as written, for messages; empty for a mapping or a list. */
    String written() {
      return node instanceof Scalar scalar ? scalar.text() : "";
    }

    /** Text; a number counts as the text it was written as, so that {@code id: 1.10} is the id "1.10". */
    String text() {
      if (node instanceof Scalar scalar && (scalar.value() instanceof String || scalar.value() instanceof Number)) {
        return scalar.text();
      }
      return wrong(Node.Kind.STRING);
    }

    Double number() {
      if (node instanceof Scalar scalar && scalar.value() instanceof Number number) {
        return number.doubleValue();
      }
      return wrong(Node.Kind.NUMBER);
    }

    /** An AHP judgement: a positive number, or a fraction written as text such as "1/3". */
    Double judgement() {
      if (node instanceof Scalar scalar && scalar.value() instanceof String text) {
        String[] parts = text.split("/", -1);
        try {
          if (parts.length == 2) {
            double value = Double.parseDouble(parts[0].trim()) / Double.parseDouble(parts[1].trim());
            if (value > 0 && Double.isFinite(value)) {
              return value;
            }
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        reader.report(this, "problem.io.policy.judgement");
        return null;
      }
      return number();
    }

    Integer integer() {
      Double number = number();
      if (number != null && (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE)) {
        reader.report(this, "problem.io.policy.whole-number");
        return null;
      }
      return number == null ? null : number.intValue();
    }

    Boolean bool() {
      if (node instanceof Scalar scalar && scalar.value() instanceof Boolean bool) {
        return bool;
      }
      return wrong(Node.Kind.BOOLEAN);
    }

    <E extends Enum<E>> E choice(Names<E> names) {
      String name = text();
      if (name == null) {
        return null;
      }
      E constant = names.parse(name);
      if (constant == null) {
        reader.report(this, "problem.io.policy.unknown-value", names.allowed());
      }
      return constant;
    }

    /** The items, each at {@code path.index}; empty when absent or not a list. */
    List<Value> list() {
      if (node instanceof ListNode list) {
        List<Value> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
          items.add(new Value(reader, list.items().get(i), path + "." + i));
        }
        return items;
      }
      wrong(Node.Kind.LIST);
      return List.of();
    }

    /** The mapping's fields, or null when absent or not a mapping; {@code keys} null allows any key. */
    Fields fields(List<String> keys) {
      if (node instanceof MapNode map) {
        return new Fields(reader, map, path, keys);
      }
      return wrong(Node.Kind.MAPPING);
    }

    private <T> T wrong(Node.Kind expected) {
      if (node != null) {
        reader.report(this, wrongKey(expected, node.kind()));
      }
      return null;
    }
  }

  /** The fields of a mapping; reports duplicate keys and keys not in the allowed list when created. */
  private static final class Fields {
    private final PolicyReader reader;
    private final MapNode node;
    private final String path;
    private final Map<String, Node> values = new LinkedHashMap<>();

    Fields(PolicyReader reader, MapNode node, String path, List<String> allowed) {
      this.reader = reader;
      this.node = node;
      this.path = path;
      Map<String, Location> seen = new HashMap<>();
      for (Field field : node.fields()) {
        Location first = seen.putIfAbsent(field.key(), field.keyAt());
        if (first != null) {
          reader.report(field.keyAt(), child(field.key()), "", "problem.io.policy.duplicate-key", first.line());
        } else if (allowed != null && !allowed.contains(field.key())) {
          reader.report(field.keyAt(), child(field.key()), "", "problem.io.policy.unknown-key",
              String.join(", ", allowed));
        } else {
          values.put(field.key(), field.value());
        }
      }
    }

    private String child(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    Set<String> keys() {
      return values.keySet();
    }

    Value get(String key) {
      return new Value(reader, values.get(key), child(key));
    }

    /** The value of a required key; a missing one is reported at the start of the mapping. */
    Value require(String key) {
      if (!values.containsKey(key)) {
        reader.report(node.at(), child(key), "", "problem.io.policy.missing-key");
      }
      return get(key);
    }
  }
}
