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

  /** Per leaf: the scoring criteria (评分标准, what its rule does, in words) and the evidence asked for (佐证材料). */
  private static final Map<String, String[]> TEXTS = Map.ofEntries(
      Map.entry("1.1", new String[] {"开展专题学习1次及以上得满分；每少1次扣1分，扣完为止", "学习记录、会议纪要"}),
      Map.entry("1.2", new String[] {"宣传报道6篇及以上得6分，3至5篇得4分，1至2篇得2分，没有不得分", "报道链接或刊发截图"}),
      Map.entry("2.1", new String[] {"主要负责人述法得满分，未述法不得分（每年第四季度考核）", "述法报告"}),
      Map.entry("2.2", new String[] {"按述法评议得分折算：评议得分 ÷ 100 × 8", "述法评议结果"}),
      Map.entry("3.1", new String[] {"合法性审查率100%得满分；每低1个百分点扣1分，扣完为止", "合法性审查台账"}),
      Map.entry("3.2", new String[] {"每有1件未备案规范性文件扣2分，扣完为止", "规范性文件备案登记"}),
      Map.entry("4.1", new String[] {"行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，每建立1项得2分", "制度文件"}),
      Map.entry("4.2", new String[] {"按案卷评查得分折算：评查得分 ÷ 100 × 6", "案卷评查结果"}),
      Map.entry("4.3", new String[] {"持证执法人员比例达到95%得满分；每低1个百分点扣0.2分，扣完为止", "执法证件清单"}),
      Map.entry("5.1", new String[] {"败诉率5%及以下得满分，30%及以上不得分，其间按比例计分", "行政诉讼案件统计"}),
      Map.entry("5.2", new String[] {"按出庭应诉率折算：出庭应诉率 ÷ 100 × 5", "出庭应诉记录"}),
      Map.entry("5.3", new String[] {"每有1件被复议纠错扣1分，最多扣3分", "行政复议决定书"}),
      Map.entry("6.1", new String[] {"按整改完成率折算：完成率 ÷ 100 × 8", "整改台账"}),
      Map.entry("6.2", new String[] {"每有1项逾期整改措施扣0.5分，最多扣2分", "督察整改通报"}),
      Map.entry("7.1", new String[] {"公布普法责任清单得满分，未公布不得分（每年第四季度考核）", "清单公布网址或文件"}),
      Map.entry("7.2", new String[] {"开展普法活动4次及以上得满分，不足4次按完成比例计分", "活动记录、照片"}),
      Map.entry("8.1", new String[] {"聘请法律顾问得满分，未聘请不得分（每年第四季度考核）", "聘用合同"}),
      Map.entry("8.2", new String[] {"设立法治工作专门机构得满分，未设立不得分", "机构设置文件"}),
      Map.entry("8.3", new String[] {"法治培训40学时及以上得满分，不足按完成比例计分", "培训签到、学时证明"}),
      Map.entry("9.1", new String[] {"满意度调查得分90分及以上得6分，85分及以上5分，80分及以上4分，75分及以上3分，70分及以上2分，60分及以上1分，不足60分不得分；没有调查结果的单位不考核此项", "满意度调查报告"}));

  private static final Policy POLICY = build();

  private BaichengPolicy() {}

  /** The policy (immutable, shared). */
  public static Policy policy() {
    return POLICY;
  }

  private static Policy build() {
    Indicator root = Indicator.group("total", "法治建设绩效考评")
        .child(Indicator.group("1", "学习宣传习近平法治思想")
            .child(leaf("1.1", "专题学习（次，目标1次）", 4, ValueRange.NON_NEGATIVE,
                rule("threshold-penalty", "threshold", 1, "penaltyPerUnit", 1)))
            .child(leaf("1.2", "宣传报道（篇）", 6, ValueRange.NON_NEGATIVE,
                new RuleSpec("bands", Map.of("bands", List.of(
                    band(0, 0), band(1, 2), band(3, 4), band(6, 6)))))))
        .child(Indicator.group("2", "主要负责人履行第一责任人职责及述法")
            .child(yearlyYesNo("2.1", "述法（是否完成）", 4))
            .child(leaf("2.2", "述法评议得分", 8, ValueRange.PERCENT, RuleSpec.of("proportional"))))
        .child(Indicator.group("3", "重大决策合法性审查与规范性文件备案")
            .appliesTo(categories(PARTY, GOVERNMENT))
            .child(leaf("3.1", "合法性审查率（%）", 8, ValueRange.PERCENT,
                rule("threshold-penalty", "threshold", 100, "penaltyPerUnit", 1)))
            .child(incidents("3.2", "未备案规范性文件（件）", 6,
                RuleSpec.of("deduction-per-incident", "perIncident", 2))))
        .child(Indicator.group("4", "严格规范公正文明执法")
            .appliesTo(attributes(ENFORCEMENT))
            .child(leaf("4.1", "行政执法三项制度（落实项数，0–3）", 6, ValueRange.of(0, 3),
                RuleSpec.of("checklist", "items", 3)))
            .child(leaf("4.2", "案卷评查得分", 6, ValueRange.PERCENT, RuleSpec.of("proportional")))
            .child(leaf("4.3", "持证执法人员比例（%）", 4, ValueRange.PERCENT,
                rule("threshold-penalty", "threshold", 95, "penaltyPerUnit", 0.2))))
        .child(Indicator.group("5", "行政复议与行政诉讼")
            .appliesTo(categories(GOVERNMENT))
            .child(texts("5.1", Indicator.leaf("5.1", "行政诉讼败诉率（%，越低越好）",
                    rule("goalposts", "lower", 5, "upper", 30))
                .points(6).lowerIsBetter().range(ValueRange.PERCENT)))
            .child(leaf("5.2", "负责人出庭应诉率（%）", 5, ValueRange.PERCENT, RuleSpec.of("proportional")))
            .child(incidents("5.3", "复议纠错（被纠错件数）", 3,
                RuleSpec.of("deduction-per-incident", "perIncident", 1, "cap", 3))))
        .child(Indicator.group("6", "督察整改")
            .child(leaf("6.1", "整改完成率（%）", 8, ValueRange.PERCENT, RuleSpec.of("proportional")))
            .child(incidents("6.2", "逾期整改措施（项）", 2,
                RuleSpec.of("deduction-per-incident", "perIncident", 0.5, "cap", 2))))
        .child(Indicator.group("7", "普法责任制")
            .child(yearlyYesNo("7.1", "普法责任清单公布（是否公布）", 3))
            .child(leaf("7.2", "普法活动（次，目标4次）", 7, ValueRange.NON_NEGATIVE,
                RuleSpec.of("target-achievement", "target", 4))))
        .child(Indicator.group("8", "法治工作队伍与保障")
            .child(yearlyYesNo("8.1", "法律顾问（是否聘请）", 3))
            .child(leaf("8.2", "法治工作专门机构（是否设立）", 2, ValueRange.YES_NO, RuleSpec.of("checklist")))
            .child(leaf("8.3", "法治培训学时（小时，目标40）", 3, ValueRange.NON_NEGATIVE,
                RuleSpec.of("target-achievement", "target", 40))))
        .child(Indicator.group("9", "群众满意度")
            .child(texts("9.1", Indicator.leaf("9.1", "满意度调查得分（分档）",
                    new RuleSpec("bands", Map.of("bands", List.of(
                        band(0, 0), band(60, 1), band(70, 2), band(75, 3), band(80, 4), band(85, 5), band(90, 6)))))
                .points(6).range(ValueRange.PERCENT).missing(MissingPolicy.EXCLUDE))))
        .build();

    return Policy.builder("baicheng-example")
        .name("白城市市直单位法治建设绩效考评（示例）")
        .version("2022.1")
        .description("依据白城市2022年法治政府建设工作报告编制的示例方案，并非正式发布的考核方案。")
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
    return texts(id, Indicator.leaf(id, name, rule).points(points).range(range)).build();
  }

  /** A yes/no fact scored once a year, in Q4: 述法 delivered, a legal adviser engaged, the 普法 list published. */
  private static Indicator yearlyYesNo(String id, String name, double points) {
    return texts(id, Indicator.leaf(id, name, RuleSpec.of("checklist")).points(points).range(ValueRange.YES_NO)
        .frequency(Frequency.YEARLY)).build();
  }

  /** A count of incidents: lower is better. */
  private static Indicator incidents(String id, String name, double points, RuleSpec rule) {
    return texts(id, Indicator.leaf(id, name, rule).points(points).range(ValueRange.NON_NEGATIVE).lowerIsBetter())
        .build();
  }

  /** The leaf with its texts of {@link #TEXTS}. */
  private static Indicator.Builder texts(String id, Indicator.Builder leaf) {
    String[] texts = TEXTS.get(id);
    return leaf.criteria(texts[0]).evidence(texts[1]);
  }

  private static RuleSpec rule(String type, String k1, Object v1, String k2, Object v2) {
    return RuleSpec.of(type, k1, v1, k2, v2);
  }

  private static Map<String, Object> band(double atLeast, double points) {
    return Map.of("atLeast", atLeast, "points", points);
  }
}
