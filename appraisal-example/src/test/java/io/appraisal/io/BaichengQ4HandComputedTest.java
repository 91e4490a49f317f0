package io.appraisal.io;

import io.appraisal.example.ExampleData;
import io.appraisal.example.ExampleQuarters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.AppliedAdjustment;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.Period;
import io.appraisal.core.UnitResult;
import io.appraisal.rules.BuiltInRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled 2022-Q4 ranking checked by hand for a few units. The raw values are copied from
 * seeds/baicheng-2022/values.csv; the points follow the rule definitions in BaichengPolicy and the rule classes of
 * appraisal-rules:
 *
 * <ul>
 *   <li>threshold-penalty: max(0, max − penaltyPerUnit × max(0, threshold − raw))
 *   <li>bands (1.2): 0 → 0, 1–2 → 2, 3–5 → 4, ≥ 6 → 6
 *   <li>bands (9.1, the satisfaction survey): below 60 → 0, 60 → 1, 70 → 2, 75 → 3, 80 → 4, 85 → 5, ≥ 90 → 6
 *   <li>checklist: max × raw / items; proportional: max × raw / 100
 *   <li>deduction-per-incident: max(0, max − min(cap, perIncident × raw))
 *   <li>goalposts 5.1 (lower is better, 5 → 30): max × (1 − clamp((raw − 5) / 25))
 *   <li>target-achievement: max × min(1, raw / target)
 * </ul>
 *
 * 2.1, 7.1 and 8.1 are yearly: due in Q4, so scored here; in Q1–Q3 they leave the maximum (see m01InTheThirdQuarter).
 */
class BaichengQ4HandComputedTest {
  private static AppraisalResult q4;

  @BeforeAll
  static void rank() {
    AppraisalEngine engine = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();
    q4 = engine.evaluate(ExampleData.policy(), ExampleData.dataset(), Period.parse("2022-Q4"));
  }

  private static UnitResult unit(String id) {
    return q4.unit(id).orElseThrow();
  }

  private static double points(UnitResult unit, String indicator) {
    return unit.indicator(indicator).orElseThrow().score();
  }

  /**
   * G16 市水利局 (government, enforcement: all nine indicators, maximum 100), vetoed.
   *
   * <pre>
   * 1.1 raw 1    threshold 1            → 4
   * 1.2 raw 6    band ≥ 6               → 6
   * 2.1 raw 1    checklist (yearly)     → 4
   * 2.2 raw 90.6 8 × 0.906              → 7.248
   * 3.1 raw 100  threshold 100          → 8
   * 3.2 raw 0    6 − 2 × 0              → 6
   * 4.1 raw 3    6 × 3 / 3              → 6
   * 4.2 raw 91.9 6 × 0.919              → 5.514
   * 4.3 raw 100  ≥ 95                   → 4
   * 5.1 raw 0    ≤ 5, full              → 6
   * 5.2 raw 90.4 5 × 0.904              → 4.52
   * 5.3 raw 0                           → 3
   * 6.1 raw 96.9 8 × 0.969              → 7.752
   * 6.2 raw 0                           → 2
   * 7.1 raw 1    (yearly)               → 3
   * 7.2 raw 3    7 × min(1, 3/4)        → 5.25
   * 8.1 1 (yearly) → 3;  8.2 1 → 2;  8.3 raw 47, 3 × min(1, 47/40) → 3
   * 9.1 raw 94.4 band ≥ 90              → 6
   * total 96.284; score rate 96.284 / 100 × 100 = 96.284
   * no bonus or deduction: published 96.28 (2 decimals, half up)
   * by score 11 units publish more (G24 99.39, G08 99.13, P10 99.03, P18 98.94, P11 98.81, M05 98.53, G07 98.41,
   * G28 97.67, M04 96.97, G20 96.71, G34 96.30), which would be rank 12; but the policy ranks vetoed units last (its veto item's effect is ranked-last, 列末位)
   * and G16 is the only one: rank 67 of 67, 39 of the 39 government units; the veto also forces the lowest grade:
   * 较差.
   * </pre>
   */
  @Test
  void vetoUnitG16() {
    UnitResult g16 = unit("G16");
    assertEquals(6, points(g16, "9.1"), 0);
    assertEquals(5.25, points(g16, "7.2"), 1e-12);
    assertEquals(100, g16.maxPoints());
    assertEquals(96.284, g16.scoreRate(), 1e-9);
    assertEquals(new BigDecimal("96.28"), g16.published());
    assertEquals(67, g16.rank());
    assertEquals(39, g16.categoryRank());
    assertTrue(g16.vetoed());
    assertEquals(Optional.of("较差"), g16.grade());
    assertEquals(List.of(new AppliedAdjustment("veto.illegal-act", AdjustmentKind.VETO, 1, 0, 0, "",
        "重大违法行政行为被依法追责")), g16.adjustments());
  }

  /**
   * G09 市司法局 (government, enforcement: maximum 100), bonus cut by both caps.
   *
   * <pre>
   * 1.1 raw 1 → 4;  1.2 raw 6, band ≥ 6 → 6;  2.1 raw 1 → 4;  2.2 raw 89.4, 8 × 0.894 → 7.152
   * 3.1 raw 100 → 8;  3.2 raw 0 → 6
   * 4.1 raw 3 → 6;  4.2 raw 88.3, 6 × 0.883 → 5.298;  4.3 raw 96.6 → 4
   * 5.1 raw 3.9 → 6;  5.2 raw 88.9, 5 × 0.889 → 4.445;  5.3 raw 0 → 3
   * 6.1 raw 94.2, 8 × 0.942 → 7.536;  6.2 raw 0 → 2
   * 7.1 raw 1 → 3;  7.2 raw 3, 7 × 3 / 4 → 5.25
   * 8.1 → 3;  8.2 raw 0 → 0;  8.3 raw 39, 3 × 39 / 40 → 2.925
   * 9.1 raw 88.2, band 85 → 5
   * total 92.606; score rate 92.606
   * bonus.regulation count 3 × 1 = 3, item cap 2 → +2
   * bonus.demonstration count 1 × 2 = 2, total bonus cap 3 − 2 → +1
   * published 92.606 + 3 = 95.606 → 95.61; rank 13 (G24, G08, P10, P18, P11, M05, G07, G28, M04, G20, G34, M10
   * above; G16 publishes more but is vetoed, so placed last)
   * grade 优秀: ≥ 90 and 7th of the government units not vetoed (G24, G08, G07, G28, G20, G34 above), within
   * floor(30 % × 39) = 11
   * </pre>
   */
  @Test
  void cappedBonusUnitG09() {
    UnitResult g09 = unit("G09");
    assertEquals(5, points(g09, "9.1"), 0);
    assertEquals(92.606, g09.scoreRate(), 1e-9);
    assertEquals(3, g09.bonus(), 0);
    assertEquals(new BigDecimal("95.61"), g09.published());
    assertEquals(13, g09.rank());
    assertEquals(7, g09.categoryRank());
    assertEquals(Optional.of("优秀"), g09.grade());
    assertEquals(List.of(
        new AppliedAdjustment("bonus.regulation", AdjustmentKind.BONUS, 3, 3, 2, "item cap 2", "参与起草地方性法规3部"),
        new AppliedAdjustment("bonus.demonstration", AdjustmentKind.BONUS, 1, 2, 1, "total bonus cap 3",
            "牵头法治政府建设示范市创建")),
        g09.adjustments());
  }

  /**
   * M01 市总工会, a mass organisation: indicators 3, 4 and 5 do not apply. Its maximum in Q4 is 1 (10) + 2 (12) +
   * 6 (10) + 7 (10) + 8 (8) + 9 (6) = 56.
   *
   * <pre>
   * 1.1 raw 1 → 4;  1.2 raw 1, band 1–2 → 2;  2.1 raw 1 → 4;  2.2 raw 75.2, 8 × 0.752 → 6.016
   * 6.1 raw 90.7, 8 × 0.907 → 7.256;  6.2 raw 0 → 2
   * 7.1 raw 1 → 3;  7.2 raw 1, 7 × 1 / 4 → 1.75
   * 8.1 → 3;  8.2 → 2;  8.3 raw 28.2, 3 × 28.2 / 40 → 2.115
   * 9.1 raw 83.1, band 80 → 4
   * total 41.137; score rate 41.137 / 56 × 100 = 73.458928…
   * published 73.46, rank 57 (56 units not vetoed publish more), 9th of the 10 mass units (M06 70.79 below), grade
   * 一般 (60 ≤ 73.46 < 80)
   * </pre>
   */
  @Test
  void massOrganisationM01() {
    UnitResult m01 = unit("M01");
    for (String group : List.of("3", "4", "5")) {
      IndicatorScore score = m01.indicator(group).orElseThrow();
      assertEquals(IndicatorScore.Status.NOT_APPLICABLE, score.status(), group);
      assertEquals(0, score.max(), group);
    }
    assertEquals(56, m01.maxPoints(), 0);
    assertEquals(2, points(m01, "6.2"), 0);
    assertEquals(2.115, points(m01, "8.3"), 1e-12);
    assertEquals(4, points(m01, "9.1"), 0);
    assertEquals(41.137, m01.points(), 1e-9);
    assertEquals(73.45892857142857, m01.scoreRate(), 1e-9);
    assertEquals(new BigDecimal("73.46"), m01.published());
    assertEquals(57, m01.rank());
    assertEquals(9, m01.categoryRank());
    assertEquals(Optional.of("一般"), m01.grade());
  }

  /**
   * M01 in 2022-Q3: the yearly items 2.1 (4), 7.1 (3) and 8.1 (3) are not due, so its maximum is 56 − 10 = 46 and
   * they are reported as not applicable (the data has no rows for them).
   *
   * <pre>
   * 1.1 raw 1 → 4;  1.2 raw 2 → 2;  2.2 raw 78.9, 8 × 0.789 → 6.312
   * 6.1 raw 91.3, 8 × 0.913 → 7.304;  6.2 raw 0 → 2
   * 7.2 raw 1 → 1.75;  8.2 → 2;  8.3 raw 32.9, 3 × 32.9 / 40 → 2.4675;  9.1 raw 85.3, band 85 → 5
   * total 32.8335; score rate 32.8335 / 46 × 100 = 71.377173…, published 71.38
   * </pre>
   */
  @Test
  void m01InTheThirdQuarter() {
    UnitResult m01 = ExampleQuarters.quarters().get(2).unit("M01").orElseThrow();
    for (String yearly : List.of("2.1", "7.1", "8.1")) {
      IndicatorScore score = m01.indicator(yearly).orElseThrow();
      assertEquals(IndicatorScore.Status.NOT_APPLICABLE, score.status(), yearly);
      assertEquals(0, score.max(), yearly);
    }
    assertEquals(46, m01.maxPoints(), 0);
    assertEquals(32.8335, m01.points(), 1e-9);
    assertEquals(71.37717391304348, m01.scoreRate(), 1e-9);
    assertEquals(new BigDecimal("71.38"), m01.published());
  }

  /**
   * P05 市委统战部 and P09 市委编办 have byte-identical rows (party: maximum 70).
   *
   * <pre>
   * 1.1 raw 1 → 4;  1.2 raw 2 → 2;  2.1 raw 1 → 4;  2.2 raw 90.4 → 7.232;  3.1 raw 100 → 8;  3.2 raw 0 → 6
   * 6.1 raw 92 → 7.36;  6.2 raw 0 → 2;  7.1 → 3;  7.2 raw 4 → 7;  8.1 → 3;  8.2 → 2;  8.3 raw 39.7 → 2.9775
   * 9.1 raw 89.3, band 85 → 5
   * total 63.5695; score rate 63.5695 / 70 × 100 = 90.813571…, published 90.81
   * both rank 28 (27 units not vetoed publish more; the vetoed G16 is placed last); the next unit (G11 89.84)
   * ranks 30 (competition ranking 1, 2, 2, 4)
   * grade 良好 although ≥ 90: both are 7th of the party units (P10, P18, P11, P17, P04, P03 above), outside the
   * 优秀 quota floor(30 % × 18) = 5
   * </pre>
   */
  @Test
  void exactTieP05P09SharesARank() {
    UnitResult p05 = unit("P05");
    UnitResult p09 = unit("P09");
    assertEquals(5, points(p05, "9.1"), 0);
    assertEquals(90.81357142857142, p05.scoreRate(), 1e-9);
    assertEquals(p05.scoreRate(), p09.scoreRate(), 0);
    assertEquals(new BigDecimal("90.81"), p05.published());
    assertEquals(p05.published(), p09.published());
    assertEquals(28, p05.rank());
    assertEquals(28, p09.rank());
    assertEquals(7, p05.categoryRank());
    assertEquals(p05.categoryRank(), p09.categoryRank());
    assertEquals(Optional.of("良好"), p05.grade());
    assertEquals(30, unit("G11").rank());
    assertFalse(q4.ranking().stream().anyMatch(u -> u.rank() == 29));
  }
}
