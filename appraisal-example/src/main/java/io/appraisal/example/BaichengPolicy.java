package io.appraisal.example;

import static io.appraisal.core.Applicability.attributes;
import static io.appraisal.core.Applicability.categories;

import io.appraisal.core.AdjustmentItem;
import io.appraisal.core.AdjustmentRules;
import io.appraisal.core.AnnualRollup;
import io.appraisal.core.Frequency;
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
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * An ILLUSTRATIVE policy for the quarterly composite ranking (综合排序) of Baicheng's 67 municipal units, derived from
 * the sections of the city's 2022 rule-of-law government work report. The report publishes no scoring scheme: the
 * indicators, points and rules here are this project's design, modelled on published schemes of other cities.
 *
 * <p>100 points over nine first-level indicators; each unit is scored on the indicators that apply to its category
 * (and, for enforcement, to units with enforcement powers), and its score rate (得分率) on that applicable maximum is
 * ranked. Bonus items add at most 3 points, deductions take at most 10, and a veto (一票否决) gives the lowest grade
 * and places the unit after every unit not vetoed (列末位).
 * 优秀 needs 90 and a place in the best 30 % of the category. The year: 40 % the mean of the four quarterly score
 * rates, 30 % the year-end on-site appraisal, 30 % the year-end report review, then the year's bonus and deduction
 * events. Three yes/no items are yearly by nature (述法 delivered, legal adviser, 普法 list): scored in Q4 only. The
 * public satisfaction survey scores against fixed bands (90 and above full marks). A unit whose self-assessed score rate (自评) exceeds the verified one by more than 5 points is flagged.
 */
@API(status = API.Status.MAINTAINED, since = "0.1")
public final class BaichengPolicy {
  /** Party-committee departments and municipal organs (党委部门及市级机关). */
  public static final String PARTY = "party";
  /** Government departments (政府部门). */
  public static final String GOVERNMENT = "government";
  /** Mass organisations (群团组织). */
  public static final String MASS = "mass";
  /** The unit attribute of units with administrative-enforcement powers. */
  public static final String ENFORCEMENT = "enforcement";
  /** The year-end on-site appraisal score (实地考评), given for the year period. */
  public static final String YEAR_END_ONSITE = "year-end.onsite";
  /** The year-end review of submitted reports (报评检查), given for the year period. */
  public static final String YEAR_END_REVIEW = "year-end.review";

  private static final Policy POLICY = build();

  private BaichengPolicy() {}

  /** The policy (immutable, shared). */
  public static Policy policy() {
    return POLICY;
  }

  private static Policy build() {
    Indicator root = Indicator.group("total", "法治建设绩效考评 (illustrative)")
        .child(Indicator.group("1", "学习宣传习近平法治思想")
            .child(leaf("1.1", "专题学习 (sessions, target 1)", 4, ValueRange.NON_NEGATIVE,
                rule("threshold-penalty", "threshold", 1, "penaltyPerUnit", 1)))
            .child(leaf("1.2", "宣传报道 (pieces)", 6, ValueRange.NON_NEGATIVE,
                new RuleSpec("bands", Map.of("bands", List.of(
                    band(0, 0), band(1, 2), band(3, 4), band(6, 6)))))))
        .child(Indicator.group("2", "主要负责人履行第一责任人职责及述法")
            .child(yearlyYesNo("2.1", "述法 delivered (yes/no)", 4))
            .child(leaf("2.2", "述法评议得分", 8, ValueRange.PERCENT, RuleSpec.of("proportional"))))
        .child(Indicator.group("3", "重大决策合法性审查与规范性文件备案")
            .appliesTo(categories(PARTY, GOVERNMENT))
            .child(leaf("3.1", "合法性审查率 (%)", 8, ValueRange.PERCENT,
                rule("threshold-penalty", "threshold", 100, "penaltyPerUnit", 1)))
            .child(incidents("3.2", "未备案规范性文件 (count)", 6,
                RuleSpec.of("deduction-per-incident", "perIncident", 2))))
        .child(Indicator.group("4", "严格规范公正文明执法")
            .appliesTo(attributes(ENFORCEMENT))
            .child(leaf("4.1", "行政执法三项制度 (systems in place, 0..3)", 6, ValueRange.of(0, 3),
                RuleSpec.of("checklist", "items", 3)))
            .child(leaf("4.2", "案卷评查得分", 6, ValueRange.PERCENT, RuleSpec.of("proportional")))
            .child(leaf("4.3", "持证执法人员比例 (%)", 4, ValueRange.PERCENT,
                rule("threshold-penalty", "threshold", 95, "penaltyPerUnit", 0.2))))
        .child(Indicator.group("5", "行政复议与行政诉讼")
            .appliesTo(categories(GOVERNMENT))
            .child(Indicator.leaf("5.1", "行政诉讼败诉率 (%, lower is better)",
                    rule("goalposts", "lower", 5, "upper", 30))
                .points(6).lowerIsBetter().range(ValueRange.PERCENT))
            .child(leaf("5.2", "负责人出庭应诉率 (%)", 5, ValueRange.PERCENT, RuleSpec.of("proportional")))
            .child(incidents("5.3", "复议纠错 (reversals)", 3,
                RuleSpec.of("deduction-per-incident", "perIncident", 1, "cap", 3))))
        .child(Indicator.group("6", "督察整改")
            .child(leaf("6.1", "整改完成率 (%)", 8, ValueRange.PERCENT, RuleSpec.of("proportional")))
            .child(incidents("6.2", "逾期整改措施 (count)", 2,
                RuleSpec.of("deduction-per-incident", "perIncident", 0.5, "cap", 2))))
        .child(Indicator.group("7", "普法责任制")
            .child(yearlyYesNo("7.1", "普法责任清单公布 (yes/no)", 3))
            .child(leaf("7.2", "普法活动 (count, target 4)", 7, ValueRange.NON_NEGATIVE,
                RuleSpec.of("target-achievement", "target", 4))))
        .child(Indicator.group("8", "法治工作队伍与保障")
            .child(yearlyYesNo("8.1", "法律顾问 (yes/no)", 3))
            .child(leaf("8.2", "法治工作专门机构 (yes/no)", 2, ValueRange.YES_NO, RuleSpec.of("checklist")))
            .child(leaf("8.3", "法治培训学时 (hours, target 40)", 3, ValueRange.NON_NEGATIVE,
                RuleSpec.of("target-achievement", "target", 40))))
        .child(Indicator.group("9", "群众满意度")
            .child(Indicator.leaf("9.1", "满意度调查得分 (bands)", new RuleSpec("bands", Map.of("bands", List.of(
                    band(0, 0), band(60, 1), band(70, 2), band(75, 3), band(80, 4), band(85, 5), band(90, 6)))))
                .points(6).range(ValueRange.PERCENT).missing(MissingPolicy.EXCLUDE)))
        .build();

    return Policy.builder("baicheng-example")
        .name("白城市市直单位法治建设绩效考评 (illustrative example)")
        .version("2022.1")
        .description("Illustrative policy derived from the Baicheng 2022 rule-of-law report; not a published"
            + " scheme.")
        .category(PARTY, "党委部门及市级机关")
        .category(GOVERNMENT, "政府部门")
        .category(MASS, "群团组织")
        .indicators(root)
        .scale(100)
        .adjustments(new AdjustmentRules(List.of(
            AdjustmentItem.bonus("bonus.regulation", "起草地方性法规", 1, 2),
            AdjustmentItem.bonus("bonus.demonstration", "示范创建项目", 2, 2),
            AdjustmentItem.deduction("deduction.notice", "通报批评", 1, Double.POSITIVE_INFINITY),
            AdjustmentItem.deduction("deduction.fabrication", "数据造假", 5, Double.POSITIVE_INFINITY),
            AdjustmentItem.veto("veto.illegal-act", "重大违法行政行为被问责", VetoEffect.RANKED_LAST)),
            3, 10))
        .grades(GradeScheme.builder()
            .band("优秀", 90, 0.30)
            .band("良好", 80)
            .band("一般", 60)
            .otherwise("较差"))
        .ranking(Ranking.of(RankingMethod.COMPETITION,
            TieBreak.higherScoreIn("2"), TieBreak.fewerDeductions(), TieBreak.unitId()))
        .rounding(Rounding.DEFAULT)
        .annual(new AnnualRollup(0.4, AnnualRollup.QuarterValue.SCORE_RATE, List.of(
            new AnnualRollup.YearEndComponent(YEAR_END_ONSITE, "年终实地考评", 0.3, ValueRange.PERCENT),
            new AnnualRollup.YearEndComponent(YEAR_END_REVIEW, "年终报评检查", 0.3, ValueRange.PERCENT)),
            AnnualRollup.MissingQuarter.FAIL))
        .selfAssessmentTolerance(5)
        .build();
  }

  private static Indicator leaf(String id, String name, double points, ValueRange range, RuleSpec rule) {
    return Indicator.leaf(id, name, rule).points(points).range(range).build();
  }

  /** A yes/no fact scored once a year, in Q4: 述法 delivered, a legal adviser engaged, the 普法 list published. */
  private static Indicator yearlyYesNo(String id, String name, double points) {
    return Indicator.leaf(id, name, RuleSpec.of("checklist")).points(points).range(ValueRange.YES_NO)
        .frequency(Frequency.YEARLY).build();
  }

  /** A count of incidents: lower is better. */
  private static Indicator incidents(String id, String name, double points, RuleSpec rule) {
    return Indicator.leaf(id, name, rule).points(points).range(ValueRange.NON_NEGATIVE).lowerIsBetter().build();
  }

  private static RuleSpec rule(String type, String k1, Object v1, String k2, Object v2) {
    return RuleSpec.of(type, k1, v1, k2, v2);
  }

  private static Map<String, Object> band(double atLeast, double points) {
    return Map.of("atLeast", atLeast, "points", points);
  }
}
