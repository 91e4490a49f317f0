package io.appraisal.io.policy;

import static com.google.common.base.Preconditions.checkArgument;

import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.AdjustmentRules;
import io.appraisal.core.Aggregation;
import io.appraisal.core.AnnualRollup;
import io.appraisal.core.Applicability;
import io.appraisal.core.Category;
import io.appraisal.core.Direction;
import io.appraisal.core.Frequency;
import io.appraisal.core.Grade;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Indicator;
import io.appraisal.core.Policy;
import io.appraisal.core.Ranking;
import io.appraisal.core.Rounding;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.TieBreak;
import io.appraisal.core.ValueRange;
import io.appraisal.core.VetoEffect;
import io.appraisal.core.panel.Panel;
import io.appraisal.core.recommendation.Recommendation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a policy into the canonical document tree: keys in the order {@link PolicyReader} lists them, rule
 * parameters sorted by name, per-indicator defaults (weight 1, direction higher, aggregation sum) left out and every
 * policy-wide setting written out.
 */
final class PolicyWriter {
  private PolicyWriter() {}

  static Map<String, Object> document(Policy policy) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", policy.id());
    out.put("name", policy.name());
    out.put("version", policy.version());
    if (!policy.description().isEmpty()) {
      out.put("description", policy.description());
    }
    out.put("scale", number(policy.scale()));
    if (policy.signed()) {
      out.put("signed", true);
    }
    List<Object> categories = new ArrayList<>();
    for (Category category : policy.categories()) {
      categories.add(ordered("id", category.id(), "name", category.name()));
    }
    out.put("categories", categories);
    out.put("indicators", indicator(policy.root(), policy.panels()));
    if (!policy.adjustments().equals(AdjustmentRules.NONE)) {
      out.put("adjustments", adjustments(policy.adjustments()));
    }
    policy.grades().ifPresent(grades -> out.put("grades", grades(grades)));
    out.put("ranking", ranking(policy.ranking()));
    Rounding rounding = policy.rounding();
    out.put("rounding", ordered("scale", rounding.scale(), "mode", Names.ROUNDING.name(rounding.mode())));
    policy.annual().ifPresent(annual -> out.put("annual", annual(annual)));
    if (Double.isFinite(policy.selfAssessmentTolerance())) {
      out.put("selfAssessmentTolerance", number(policy.selfAssessmentTolerance()));
    }
    policy.recommendation().ifPresent(recommendation -> out.put("recommendation", recommendation(recommendation)));
    if (policy.minCoverage() > 0) {
      out.put("missing", Map.of("minCoverage", number(policy.minCoverage())));
    }
    return out;
  }

  private static Map<String, Object> annual(AnnualRollup annual) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("quarterWeight", number(annual.quarterWeight()));
    out.put("quarterValue", Names.QUARTER_VALUE.name(annual.quarterValue()));
    out.put("missingQuarter", Names.MISSING_QUARTER.name(annual.missingQuarter()));
    List<Object> components = new ArrayList<>();
    for (AnnualRollup.YearEndComponent component : annual.components()) {
      Map<String, Object> written = new LinkedHashMap<>();
      written.put("id", component.id());
      written.put("name", component.name());
      written.put("weight", number(component.weight()));
      written.put("range", range(component.range()));
      components.add(written);
    }
    if (!components.isEmpty()) {
      out.put("components", components);
    }
    return out;
  }

  private static Map<String, Object> indicator(Indicator indicator, Map<String, Panel> panels) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", indicator.id());
    out.put("name", indicator.name());
    out.put("points", number(indicator.points()));
    if (indicator.weight() != 1) {
      out.put("weight", number(indicator.weight()));
    }
    if (indicator.direction() != Direction.HIGHER_IS_BETTER) {
      out.put("direction", Names.DIRECTION.name(indicator.direction()));
    }
    if (!indicator.applicability().isAll()) {
      out.put("appliesTo", applicability(indicator.applicability()));
    }
    indicator.missing().ifPresent(missing -> out.put("missing", Names.MISSING.name(missing)));
    if (indicator.frequency() != Frequency.QUARTERLY) {
      out.put("frequency", Names.FREQUENCY.name(indicator.frequency()));
    }
    indicator.range().ifPresent(range -> out.put("range", range(range)));
    indicator.denominator().ifPresent(denominator -> {
      Map<String, Object> written = new LinkedHashMap<>();
      written.put("indicator", denominator.input());
      written.put("per", number(denominator.per()));
      out.put("denominator", written);
    });
    indicator.rule().ifPresent(rule -> out.put("rule", rule(rule)));
    if (panels.containsKey(indicator.id())) {
      out.put("panel", panel(panels.get(indicator.id())));
    }
    indicator.expression().ifPresent(expression -> out.put("expression", expression));
    indicator.criteria().ifPresent(criteria -> out.put("criteria", criteria));
    indicator.evidence().ifPresent(evidence -> out.put("evidence", evidence));
    if (indicator.aggregation() != Aggregation.SUM && indicator.expression().isEmpty() && !indicator.isLeaf()) {
      out.put("aggregation", Names.AGGREGATION.name(indicator.aggregation()));
    }
    if (!indicator.children().isEmpty()) {
      out.put("children", indicator.children().stream().map(child -> indicator(child, panels)).toList());
    }
    return out;
  }

  private static Map<String, Object> panel(Panel panel) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", Names.PANEL_METHOD.name(panel.method()));
    if (panel.trim() != 0) {
      out.put("trim", panel.trim());
    }
    out.put("minRaters", panel.minRaters());
    if (!panel.groups().isEmpty()) {
      Map<String, Object> groups = new LinkedHashMap<>();
      panel.groups().forEach((group, weight) -> groups.put(group, number(weight)));
      out.put("groups", groups);
    }
    out.put("outlierMads", number(panel.outlierMads()));
    out.put("showRaterIds", panel.showRaterIds());
    return out;
  }

  private static Map<String, Object> recommendation(Recommendation recommendation) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("top", recommendation.top());
    if (!recommendation.mustPass().isEmpty()) {
      out.put("mustPass", recommendation.mustPass());
    }
    out.put("mustPassRate", number(recommendation.mustPassRate()));
    Map<String, Object> conditions = new LinkedHashMap<>();
    if (recommendation.conditionIfSelfAssessmentFlagged()) {
      conditions.put("selfAssessmentFlagged", true);
    }
    if (recommendation.conditionIfDeduction()) {
      conditions.put("deduction", true);
    }
    if (Double.isFinite(recommendation.conditionIfScoreBelow())) {
      conditions.put("scoreBelow", number(recommendation.conditionIfScoreBelow()));
    }
    if (!conditions.isEmpty()) {
      out.put("conditionsIf", conditions);
    }
    return out;
  }

  private static Map<String, Object> applicability(Applicability applicability) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!applicability.categories().isEmpty()) {
      out.put("categories", List.copyOf(applicability.categories()));
    }
    if (!applicability.attributes().isEmpty()) {
      out.put("attributes", List.copyOf(applicability.attributes()));
    }
    return out;
  }

  /** An open end is written as null: JSON has no infinity. */
  private static List<Object> range(ValueRange range) {
    List<Object> ends = new ArrayList<>();
    ends.add(Double.isInfinite(range.min()) ? null : number(range.min()));
    ends.add(Double.isInfinite(range.max()) ? null : number(range.max()));
    return ends;
  }

  private static Map<String, Object> rule(RuleSpec rule) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", rule.type());
    out.putAll(sorted(rule.parameters()));
    return out;
  }

  /** Parameter values as given (an Integer stays an Integer), with nested mappings sorted by key too. */
  private static Map<String, Object> sorted(Map<?, ?> map) {
    Map<String, Object> out = new TreeMap<>();
    map.forEach((key, value) -> out.put(key.toString(), parameter(value)));
    return out;
  }

  private static Object parameter(Object value) {
    if (value instanceof Map<?, ?> map) {
      return sorted(map);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(PolicyWriter::parameter).toList();
    }
    return value;
  }

  private static Map<String, Object> adjustments(AdjustmentRules rules) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> items = new ArrayList<>();
    for (AdjustmentItem item : rules.items()) {
      Map<String, Object> written = new LinkedHashMap<>();
      written.put("id", item.id());
      written.put("name", item.name());
      written.put("kind", Names.KIND.name(item.kind()));
      if (item.kind() != AdjustmentKind.VETO || item.pointsEach() != 0) {
        written.put("pointsEach", number(item.pointsEach()));
      }
      if (Double.isFinite(item.itemCap())) {
        written.put("itemCap", number(item.itemCap()));
      }
      item.vetoEffect().filter(effect -> effect != VetoEffect.LOWEST_GRADE)
          .ifPresent(effect -> written.put("effect", Names.VETO_EFFECT.name(effect)));
      items.add(written);
    }
    out.put("items", items);
    if (Double.isFinite(rules.bonusCap())) {
      out.put("bonusCap", number(rules.bonusCap()));
    }
    if (Double.isFinite(rules.deductionCap())) {
      out.put("deductionCap", number(rules.deductionCap()));
    }
    return out;
  }

  private static Map<String, Object> grades(GradeScheme grades) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> bands = new ArrayList<>();
    if (grades.twoSided()) {
      out.put("target", number(grades.target()));
    }
    for (Grade grade : grades.bands()) {
      Map<String, Object> band = new LinkedHashMap<>();
      band.put("name", grade.name());
      if (grades.twoSided()) {
        band.put("within", number(-grade.minScore()));
      } else {
        band.put("minScore", number(grade.minScore()));
      }
      if (grade.quota() != 1) {
        band.put("quota", number(grade.quota()));
      }
      bands.add(band);
    }
    out.put("bands", bands);
    out.put("lowest", grades.lowest());
    out.put("quotaRounding", Names.ROUNDING.name(grades.quotaRounding()));
    out.put("quotaTies", Names.QUOTA_TIES.name(grades.quotaTies()));
    return out;
  }

  private static Map<String, Object> ranking(Ranking ranking) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", Names.METHOD.name(ranking.method()));
    if (!ranking.tieBreaks().isEmpty()) {
      out.put("tieBreaks", ranking.tieBreaks().stream().map(PolicyWriter::tieBreak).toList());
    }
    return out;
  }

  private static Object tieBreak(TieBreak tieBreak) {
    return tieBreak.key() == TieBreak.Key.INDICATOR_SCORE
        ? Map.of("indicator", tieBreak.indicator()) : Names.TIE_BREAK.name(tieBreak.key());
  }

  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(k1, v1);
    out.put(k2, v2);
    return out;
  }

  /**
   * The shortest decimal that reads back as the same double, written plainly: 10 rather than 10.0, 0.0000001 rather
   * than 1.0E-7.
   */
  private static BigDecimal number(double value) {
    checkArgument(Double.isFinite(value), "only finite numbers can be written but was: %s", value);
    return BigDecimal.valueOf(value).stripTrailingZeros();
  }
}
