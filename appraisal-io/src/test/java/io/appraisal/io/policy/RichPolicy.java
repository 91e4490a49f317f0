package io.appraisal.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AdjustmentRules;
import io.appraisal.core.Aggregation;
import io.appraisal.core.AnnualRollup;
import io.appraisal.core.Applicability;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Indicator;
import io.appraisal.core.MissingPolicy;
import io.appraisal.core.Policy;
import io.appraisal.core.Ranking;
import io.appraisal.core.RankingMethod;
import io.appraisal.core.Rounding;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.TieBreak;
import io.appraisal.core.ValueRange;
import io.appraisal.core.VetoEffect;
import io.appraisal.core.panel.Panel;
import io.appraisal.core.recommendation.Recommendation;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A policy that uses every setting the model has, with numbers that are hard to write back exactly. */
final class RichPolicy {
  private RichPolicy() {}

  static Policy create() {
    return Policy.builder("rich")
        .name("Rich 政策: every setting")
        .version("2022.10")
        .description("Uses every setting.\nSecond line: 第二行.")
        .scale(1000)
        .category("party", "党委部门")
        .category("government", "政府部门")
        .category("1.10", "a category id that looks like a number")
        .indicators(Indicator.group("total", "总分")
            .missing(MissingPolicy.EXCLUDE)
            .child(Indicator.group("1", "学习宣传")
                .child(Indicator.leaf("1.1", "study sessions",
                        RuleSpec.of("deduction-per-incident", "perIncident", 1, "target", 1))
                    .points(4)
                    .range(ValueRange.NON_NEGATIVE))
                .child(Indicator.leaf("1.2", "publicity pieces", new RuleSpec("bands", Map.of(
                        "bands", List.of(Map.of("from", 0, "points", 0), Map.of("from", 1, "points", 2.5)),
                        "inclusive", true,
                        "unit", "count",
                        "big", 3_000_000_000L)))
                    .points(6)))
            .child(Indicator.group("5", "reconsideration and litigation")
                .appliesTo(Applicability.categories("government"))
                .aggregation(Aggregation.ARITHMETIC_MEAN)
                .points(14)
                .child(Indicator.leaf("5.1", "litigation loss rate", RuleSpec.of("linear", "full", 5, "zero", 30.5))
                    .lowerIsBetter()
                    .weight(0.1 + 0.2)
                    .range(ValueRange.PERCENT)
                    .missing(MissingPolicy.ZERO))
                .child(Indicator.leaf("5.2", "court appearance", RuleSpec.of("proportional"))
                    .weight(0.7)
                    .appliesTo(new Applicability(Set.of("government", "party"), Set.of("enforcement", "court")))
                    .range(ValueRange.of(-5.5, Double.POSITIVE_INFINITY))))
            .child(Indicator.group("9", "survey")
                .aggregation(Aggregation.GEOMETRIC_MEAN)
                .missing(MissingPolicy.FAIL)
                .points(123456789.125)
                .child(Indicator.leaf("9.1", "satisfaction", RuleSpec.of("percentile-rank", "of", "1.10"))
                    .weight(1e-7)
                    .range(ValueRange.ANY))
                .child(Indicator.leaf("9.2", "complaints", RuleSpec.of("linear", "full", 0, "zero", 1e20))
                    .lowerIsBetter()
                    .weight(0)
                    .appliesTo(Applicability.attributes("public-facing"))
                    .range(ValueRange.of(Double.NEGATIVE_INFINITY, 0.1))))
            .build())
        .adjustments(new AdjustmentRules(List.of(
            AdjustmentItem.bonus("bonus.regulation", "起草地方性法规", 1, 2),
            AdjustmentItem.bonus("bonus.demonstration", "示范创建", 2, Double.POSITIVE_INFINITY),
            AdjustmentItem.deduction("deduction.notice", "通报批评", 0.5, 1.2),
            AdjustmentItem.veto("veto.illegal-act", "重大违法行为", VetoEffect.RANKED_LAST)), 3, 10))
        .grades(GradeScheme.builder()
            .band("优秀", 90, 0.3)
            .band("良好", 80)
            .band("一般", -60.5)
            .quotaRounding(RoundingMode.HALF_EVEN)
            .quotaTies(GradeScheme.QuotaTies.TIE_BREAK)
            .otherwise("较差"))
        .ranking(Ranking.of(RankingMethod.ORDINAL,
            TieBreak.higherScoreIn("5.1"), TieBreak.fewerDeductions(), TieBreak.unitId()))
        .rounding(Rounding.of(3, RoundingMode.HALF_EVEN))
        .annual(new AnnualRollup(0.4, AnnualRollup.QuarterValue.COMPOSITE, List.of(
            new AnnualRollup.YearEndComponent("year-end.onsite", "年终实地考评", 0.35, ValueRange.PERCENT),
            new AnnualRollup.YearEndComponent("year-end.review", "年终报评检查", 0.25, ValueRange.of(0, 120))),
            AnnualRollup.MissingQuarter.MEAN_OF_PRESENT))
        .selfAssessmentTolerance(5.5)
        .panel("9.1", Panel.builder(Panel.Method.TRIMMED_MEAN).trim(1).minRaters(7)
            .group("leaders", 0.4).group("representatives", 0.6).outlierMads(2.5).showRaterIds(true).build())
        .panel("5.2", Panel.builder(Panel.Method.MEDIAN).build())
        .recommendation(Recommendation.top(2).mustPass(List.of("5.1", "1")).mustPassRate(80)
            .conditionIfSelfAssessmentFlagged(true).conditionIfDeduction(true).conditionIfScoreBelow(85.5).build())
        .build();
  }

  /** Policies and indicators have no equals: compares them field by field. */
  static void assertSamePolicy(Policy expected, Policy actual) {
    assertEquals(expected.id(), actual.id(), "id");
    assertEquals(expected.name(), actual.name(), "name");
    assertEquals(expected.version(), actual.version(), "version");
    assertEquals(expected.description(), actual.description(), "description");
    assertEquals(expected.scale(), actual.scale(), "scale");
    assertEquals(expected.categories(), actual.categories(), "categories");
    assertSameIndicator(expected.root(), actual.root());
    assertEquals(expected.adjustments(), actual.adjustments(), "adjustments");
    assertEquals(expected.grades(), actual.grades(), "grades");
    assertEquals(expected.ranking(), actual.ranking(), "ranking");
    assertEquals(expected.rounding(), actual.rounding(), "rounding");
    assertEquals(expected.annual(), actual.annual(), "annual");
    assertEquals(expected.selfAssessmentTolerance(), actual.selfAssessmentTolerance(), "selfAssessmentTolerance");
    assertEquals(expected.panels(), actual.panels(), "panels");
    assertEquals(expected.recommendation(), actual.recommendation(), "recommendation");
  }

  private static void assertSameIndicator(Indicator expected, Indicator actual) {
    String id = expected.id();
    assertEquals(id, actual.id(), "id");
    assertEquals(expected.name(), actual.name(), id + " name");
    assertEquals(expected.points(), actual.points(), id + " points");
    assertEquals(expected.weight(), actual.weight(), id + " weight");
    assertEquals(expected.direction(), actual.direction(), id + " direction");
    assertEquals(expected.applicability(), actual.applicability(), id + " applicability");
    assertEquals(expected.rule(), actual.rule(), id + " rule");
    assertEquals(expected.aggregation(), actual.aggregation(), id + " aggregation");
    assertEquals(expected.missing(), actual.missing(), id + " missing");
    assertEquals(expected.range(), actual.range(), id + " range");
    assertEquals(expected.denominator(), actual.denominator(), id + " denominator");
    assertEquals(expected.children().size(), actual.children().size(), id + " children");
    for (int i = 0; i < expected.children().size(); i++) {
      assertSameIndicator(expected.children().get(i), actual.children().get(i));
    }
  }
}
