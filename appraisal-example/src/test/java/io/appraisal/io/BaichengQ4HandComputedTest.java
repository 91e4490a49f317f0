package io.appraisal.io;

import io.appraisal.example.ExampleData;
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
 *   <li>checklist: max × raw / items; proportional: max × raw / 100
 *   <li>deduction-per-incident: max(0, max − min(cap, perIncident × raw))
 *   <li>goalposts 5.1 (lower is better, 5 → 30): max × (1 − clamp((raw − 5) / 25))
 *   <li>target-achievement: max × min(1, raw / target)
 *   <li>percentile-rank 9.1: 6 × (below + (equal − 1) / 2) / (n − 1), n = 67 units with a 9.1 value in 2022-Q4
 * </ul>
 *
 * The 67 values of 9.1 in 2022-Q4, sorted: 70 75.5 75.6 76 76.8 77.2 77.6 77.8 78.6 79.9 80.6 81.1 81.5 81.6 81.9
 * 82.1 82.2 82.2 82.5 82.8 82.9 83 83.2 83.5 83.6 83.7 83.9 84.1 85.1 85.2 86.1 86.4 86.5 86.5 86.7 87.2 87.5 87.6
 * 87.8 87.9 88.2 88.3 88.6 88.8 89 89.9 90.2 90.3 90.3 90.6 90.7 91.7 91.7 92 92.8 92.8 93.4 93.6 93.6 93.9 94.7 95
 * 95.3 95.9 96.5 96.8 99.
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
   * 1.2 raw 11   band ≥ 6               → 6
   * 2.1 raw 1    checklist              → 4
   * 2.2 raw 90.5 8 × 0.905              → 7.24
   * 3.1 raw 100  threshold 100          → 8
   * 3.2 raw 0    6 − 2 × 0              → 6
   * 4.1 raw 3    6 × 3 / 3              → 6
   * 4.2 raw 88.2 6 × 0.882              → 5.292
   * 4.3 raw 98.1 ≥ 95                   → 4
   * 5.1 raw 1.4  ≤ 5, full              → 6
   * 5.2 raw 100  5 × 1                  → 5
   * 5.3 raw 0                           → 3
   * 6.1 raw 95.9 8 × 0.959              → 7.672
   * 6.2 raw 0                           → 2
   * 7.1 raw 1                           → 3
   * 7.2 raw 5    7 × min(1, 5/4)        → 7
   * 8.1 1 → 3;  8.2 1 → 2;  8.3 raw 60, 3 × min(1, 60/40) → 3
   * 9.1 raw 95   61 values below (6 are ≥ 95: 95 95.3 95.9 96.5 96.8 99), alone at 95
   *              6 × 61 / 66            → 5.545454…
   * total 92.204 + 5.545454… = 97.749454…; score rate 97.749454… / 100 × 100 = 97.749454…
   * no bonus or deduction: published 97.75 (2 decimals, half up)
   * by score 3 units publish more (M05 99.71, G24 98.58, P10 98.10), which would be rank 4; but the policy ranks
   * vetoed units last (its veto item's effect is ranked-last, 列末位) and G16 is the only one: rank 67 of 67, 39 of
   * the 39 government units; the veto also forces the lowest grade: 较差.
   * (Before the example ranked vetoed units last, G16 stood at rank 4 and every unit below it one place lower.)
   * </pre>
   */
  @Test
  void vetoUnitG16() {
    UnitResult g16 = unit("G16");
    assertEquals(5.545454545454545, points(g16, "9.1"), 1e-12);
    assertEquals(100, g16.maxPoints());
    assertEquals(97.74945454545455, g16.scoreRate(), 1e-9);
    assertEquals(new BigDecimal("97.75"), g16.published());
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
   * 1.1 raw 2 → 4;  1.2 raw 5, band 3–5 → 4;  2.1 raw 1 → 4;  2.2 raw 87.6, 8 × 0.876 → 7.008
   * 3.1 raw 100 → 8;  3.2 raw 0 → 6
   * 4.1 raw 3 → 6;  4.2 raw 92.7, 6 × 0.927 → 5.562;  4.3 raw 98.3 → 4
   * 5.1 raw 2.1 → 6;  5.2 raw 100 → 5;  5.3 raw 0 → 3
   * 6.1 raw 100 → 8;  6.2 raw 0 → 2
   * 7.1 raw 1 → 3;  7.2 raw 7 → 7
   * 8.1 → 3;  8.2 → 2;  8.3 raw 44 → 3
   * 9.1 raw 89   44 values below (23 are ≥ 89), alone at 89: 6 × 44 / 66 → 4
   * total 90.57 + 4 = 94.57; score rate 94.57
   * bonus.regulation count 3 × 1 = 3, item cap 2 → +2
   * bonus.demonstration count 1 × 2 = 2, total bonus cap 3 − 2 → +1
   * published 94.57 + 3 = 97.57; rank 4 (M05, G24, P10 above; G16 publishes more but is vetoed, so placed last)
   * grade 优秀: ≥ 90 and 2nd of the government units not vetoed, within floor(30 % × 39) = 11
   * </pre>
   */
  @Test
  void cappedBonusUnitG09() {
    UnitResult g09 = unit("G09");
    assertEquals(4, points(g09, "9.1"), 1e-12);
    assertEquals(94.57, g09.scoreRate(), 1e-9);
    assertEquals(3, g09.bonus(), 0);
    assertEquals(new BigDecimal("97.57"), g09.published());
    assertEquals(4, g09.rank());
    assertEquals(Optional.of("优秀"), g09.grade());
    assertEquals(List.of(
        new AppliedAdjustment("bonus.regulation", AdjustmentKind.BONUS, 3, 3, 2, "item cap 2", "参与起草地方性法规3部"),
        new AppliedAdjustment("bonus.demonstration", AdjustmentKind.BONUS, 1, 2, 1, "total bonus cap 3",
            "牵头法治政府建设示范市创建")),
        g09.adjustments());
  }

  /**
   * M01 市总工会, a mass organisation: indicators 3, 4 and 5 do not apply. Its maximum is 1 (10) + 2 (12) + 6 (10) +
   * 7 (10) + 8 (8) + 9 (6) = 56.
   *
   * <pre>
   * 1.1 raw 1 → 4;  1.2 raw 8 → 6;  2.1 raw 1 → 4;  2.2 raw 88.2, 8 × 0.882 → 7.056
   * 6.1 raw 92.7, 8 × 0.927 → 7.416;  6.2 raw 5, 2 − min(2, 0.5 × 5) → 0
   * 7.1 raw 1 → 3;  7.2 raw 6 → 7
   * 8.1 → 3;  8.2 → 2;  8.3 raw 35.9, 3 × 35.9 / 40 → 2.6925
   * 9.1 raw 87.5  36 values below, alone at 87.5: 6 × 36 / 66 → 3.272727…
   * total 46.1645 + 3.272727… = 49.437227…; score rate 49.437227… / 56 × 100 = 88.280763…
   * published 88.28, rank 31 (30 units not vetoed publish more), 6th of the 10 mass units, grade 良好
   * (80 ≤ 88.28 < 90)
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
    assertEquals(0, points(m01, "6.2"), 0);
    assertEquals(2.6925, points(m01, "8.3"), 1e-12);
    assertEquals(3.272727272727273, points(m01, "9.1"), 1e-12);
    assertEquals(49.43722727272727, m01.points(), 1e-9);
    assertEquals(88.28076298701299, m01.scoreRate(), 1e-9);
    assertEquals(new BigDecimal("88.28"), m01.published());
    assertEquals(31, m01.rank());
    assertEquals(6, m01.categoryRank());
    assertEquals(Optional.of("良好"), m01.grade());
  }

  /**
   * P05 市委统战部 and P09 市委编办 have byte-identical rows (party: maximum 70).
   *
   * <pre>
   * 1.1 raw 1 → 4;  1.2 raw 2 → 2;  2.1 raw 0 → 0;  2.2 raw 84.3 → 6.744;  3.1 raw 100 → 8;  3.2 raw 0 → 6
   * 6.1 raw 91 → 7.28;  6.2 raw 0 → 2;  7.1 → 3;  7.2 raw 4 → 7;  8.1 → 3;  8.2 → 2;  8.3 raw 41 → 3
   * 9.1 raw 90.3  47 values below, 2 equal: 6 × (47 + 0.5) / 66 → 4.318181…
   * total 54.024 + 4.318181… = 58.342181…; score rate 58.342181… / 70 × 100 = 83.345974…, published 83.35
   * both rank 45 (44 units not vetoed publish more; the vetoed G16 is placed last); the next unit (P13 81.53)
   * ranks 47 (competition ranking 1, 2, 2, 4)
   * </pre>
   */
  @Test
  void exactTieP05P09SharesARank() {
    UnitResult p05 = unit("P05");
    UnitResult p09 = unit("P09");
    assertEquals(4.318181818181818, points(p05, "9.1"), 1e-12);
    assertEquals(83.34597402597403, p05.scoreRate(), 1e-9);
    assertEquals(p05.scoreRate(), p09.scoreRate(), 0);
    assertEquals(new BigDecimal("83.35"), p05.published());
    assertEquals(p05.published(), p09.published());
    assertEquals(45, p05.rank());
    assertEquals(45, p09.rank());
    assertEquals(p05.categoryRank(), p09.categoryRank());
    assertEquals(Optional.of("良好"), p05.grade());
    assertEquals(47, unit("P13").rank());
    assertFalse(q4.ranking().stream().anyMatch(u -> u.rank() == 46));
  }
}
