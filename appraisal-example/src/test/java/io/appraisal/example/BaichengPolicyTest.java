package io.appraisal.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.AppliedAdjustment;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Dataset;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.Period;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import io.appraisal.rules.BuiltInRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The example policy end to end on five units whose every number is worked by hand: a party unit (indicators 4 and
 * 5 do not apply), three government units with enforcement powers (an exact tie, a veto, both bonus caps) and a mass
 * organisation (deduction cap).
 */
class BaichengPolicyTest {
  private static final Period Q4 = Period.quarter(2022, 4);
  private static final AppraisalEngine ENGINE = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();

  /*
   * G01 (government, enforcement), worked by hand:
   *  1.1 sessions 0: 4 − 1 × (1 − 0) = 3         1.2 pieces 7: band ≥ 6 → 6              group 1 =  9
   *  2.1 yes: 4                                  2.2 review 95: 8 × 0.95 = 7.6           group 2 = 11.6
   *  3.1 rate 100: 8                             3.2 unfiled 0: 6                        group 3 = 14
   *  4.1 3 systems: 6   4.2 review 90: 6 × 0.9 = 5.4   4.3 certified 90: 4 − 0.2 × 5 = 3 group 4 = 14.4
   *  5.1 loss 10 %: 6 × (1 − (10 − 5) / 25) = 4.8   5.2 appearance 80: 5 × 0.8 = 4
   *  5.3 reversals 4: 3 − min(3, 4) = 0 (the cap and the floor)                         group 5 =  8.8
   *  6.1 100: 8        6.2 overdue 0: 2                                                  group 6 = 10
   *  7.1 yes: 3        7.2 activities 4 of 4: 7                                          group 7 = 10
   *  8.1 yes: 3        8.2 yes: 2        8.3 40 h of 40: 3                               group 8 =  8
   *  9.1 survey 90: band ≥ 90 → 6
   *  total 9 + 11.6 + 14 + 14.4 + 8.8 + 10 + 10 + 8 + 6 = 91.8 of 100 → score rate 91.80
   * G02: the same values → 91.80, an exact tie with G01, but vetoed: graded 较差 and, as the policy ranks vetoed units
 *      last (列末位), placed after the four units not vetoed: rank 5 overall, 3 of the 3 government units.
   * G03: as G01 but 1.1 = 1 (4 points) → 92.8; bonus regulation × 3 = 3 requested, item cap 2 → 2;
   *      demonstration × 1 = 2 requested, total bonus cap 3 → 1; composite 92.8 + 3 = 95.80.
   * Government quota for 优秀: floor(30 % × 3 units) = 0, so nobody in the category can be 优秀: G03 and G01 are
   * 良好.
   */
  @Test
  void governmentUnitsTieShareARankAndCapsCutBonuses() {
    AppraisalResult result = evaluate();

    UnitResult g01 = result.unit("G01").orElseThrow();
    assertEquals(91.8, g01.points(), 1e-9);
    assertEquals(100, g01.maxPoints(), 1e-12);
    assertEquals(new BigDecimal("91.80"), g01.published());
    assertEquals(0, score(g01, "5.3"), 1e-12);
    assertEquals(4.8, score(g01, "5.1"), 1e-12);
    assertEquals(Optional.of("良好"), g01.grade());

    UnitResult g02 = result.unit("G02").orElseThrow();
    assertEquals(g01.published(), g02.published());
    assertEquals(2, g01.rank());
    assertEquals(5, g02.rank());
    assertEquals(3, g02.categoryRank());
    assertTrue(g02.vetoed());
    assertEquals(Optional.of("较差"), g02.grade());

    UnitResult g03 = result.unit("G03").orElseThrow();
    assertEquals(new BigDecimal("95.80"), g03.published());
    assertEquals(3, g03.bonus(), 1e-12);
    assertEquals(List.of(
        new AppliedAdjustment("bonus.regulation", AdjustmentKind.BONUS, 3, 3, 2, "item cap 2", "three bills"),
        new AppliedAdjustment("bonus.demonstration", AdjustmentKind.BONUS, 1, 2, 1, "total bonus cap 3", "demo")),
        g03.adjustments());
    assertEquals(1, g03.rank());
    assertEquals(Optional.of("良好"), g03.grade());
  }

  /*
   * P01 (party): indicators 4 and 5 do not apply, so its maximum is 10 + 12 + 14 + 10 + 10 + 8 + 6 = 70.
   *  1.1 1 session: 4; 1.2 4 pieces: band ≥ 3 → 4                    group 1 =  8
   *  2.1 yes: 4; 2.2 90: 7.2                                         group 2 = 11.2
   *  3.1 98 %: 8 − 2 = 6; 3.2 one unfiled: 6 − 2 = 4                 group 3 = 10
   *  6.1 95: 7.6; 6.2 one overdue: 2 − 0.5 = 1.5                     group 6 =  9.1
   *  7.1 yes: 3; 7.2 3 of 4: 7 × 0.75 = 5.25                         group 7 =  8.25
   *  8.1 yes: 3; 8.2 no: 0; 8.3 30 h: 3 × 0.75 = 2.25                group 8 =  5.25
   *  9.1 survey 80: band 80 → 4
   *  total 55.8 of 70 → 79.714285… → published 79.71, 一般 (below 80); rank 4 of 5 (only the vetoed G02 is placed
   *  after it).
   */
  @Test
  void partyUnitIsScoredOnItsApplicableMaximum() {
    UnitResult p01 = evaluate().unit("P01").orElseThrow();
    assertEquals(55.8, p01.points(), 1e-9);
    assertEquals(70, p01.maxPoints(), 1e-12);
    assertEquals(55.8 / 70 * 100, p01.scoreRate(), 1e-9);
    assertEquals(new BigDecimal("79.71"), p01.published());
    assertEquals(4, p01.rank());
    assertEquals(1, p01.categoryRank());
    assertEquals(Optional.of("一般"), p01.grade());
    IndicatorScore enforcement = p01.indicator("4.2").orElseThrow();
    assertEquals(IndicatorScore.Status.NOT_APPLICABLE, enforcement.status());
    assertEquals(0, enforcement.max());
    assertEquals(IndicatorScore.Status.NOT_APPLICABLE, p01.indicator("5").orElseThrow().status());
  }

  /*
   * M01 (mass organisation): indicators 3, 4 and 5 do not apply: maximum 10 + 12 + 10 + 10 + 8 + 6 = 56.
   *  1: 4 + 6 = 10; 2: 4 + 8 = 12; 6: 8 + 2 = 10; 7: 3 + 7 = 10; 8: 3 + 2 + 3 = 8; 9.1 survey 70: band 70 → 2
   *  total 52 of 56 → 92.857142…; deductions: notice × 6 = 6, fabrication 5 requested, total deduction cap 10 →
   *  4 applied; composite 92.857142 − 10 = 82.857142 → 82.86, 良好 (80 to 90); rank 3 (after G03 95.80 and G01
   *  91.80; the vetoed G02, 91.80 too, is placed last).
   */
  @Test
  void massOrganisationDeductionsStopAtTheCap() {
    UnitResult m01 = evaluate().unit("M01").orElseThrow();
    assertEquals(56, m01.maxPoints(), 1e-12);
    assertEquals(52.0 / 56 * 100, m01.scoreRate(), 1e-9);
    assertEquals(10, m01.deduction(), 1e-12);
    assertEquals(List.of(
        new AppliedAdjustment("deduction.notice", AdjustmentKind.DEDUCTION, 6, 6, 6, "", "notices"),
        new AppliedAdjustment("deduction.fabrication", AdjustmentKind.DEDUCTION, 1, 5, 4,
            "total deduction cap 10", "fabricated")),
        m01.adjustments());
    assertEquals(new BigDecimal("82.86"), m01.published());
    assertEquals(3, m01.rank());
    assertEquals(Optional.of("良好"), m01.grade());
    assertFalse(m01.vetoed());
  }

  @Test
  void leafContributionsAddUpToTheScoreRate() {
    for (UnitResult unit : evaluate().ranking()) {
      double sum = unit.indicators().stream().filter(IndicatorScore::leaf)
          .mapToDouble(IndicatorScore::contribution).sum();
      assertEquals(unit.scoreRate(), sum, 1e-9, unit.id());
    }
  }

  @Test
  void publishedOrderIsByRankThenId() {
    assertEquals(List.of("G03", "G01", "M01", "P01", "G02"),
        evaluate().ranking().stream().map(UnitResult::id).toList());
  }

  private static double score(UnitResult unit, String indicator) {
    return unit.indicator(indicator).orElseThrow().score();
  }

  static AppraisalResult evaluate() {
    Dataset.Builder data = Dataset.builder()
        .unit(Unit.of("P01", "市委办公室", BaichengPolicy.PARTY))
        .unit(Unit.of("G01", "市教育局", BaichengPolicy.GOVERNMENT, BaichengPolicy.ENFORCEMENT))
        .unit(Unit.of("G02", "市公安局", BaichengPolicy.GOVERNMENT, BaichengPolicy.ENFORCEMENT))
        .unit(Unit.of("G03", "市司法局", BaichengPolicy.GOVERNMENT, BaichengPolicy.ENFORCEMENT))
        .unit(Unit.of("M01", "市总工会", BaichengPolicy.MASS));
    values(data, "P01", Map.ofEntries(Map.entry("1.1", 1.0), Map.entry("1.2", 4.0), Map.entry("2.1", 1.0),
        Map.entry("2.2", 90.0), Map.entry("3.1", 98.0), Map.entry("3.2", 1.0), Map.entry("6.1", 95.0),
        Map.entry("6.2", 1.0), Map.entry("7.1", 1.0), Map.entry("7.2", 3.0), Map.entry("8.1", 1.0),
        Map.entry("8.2", 0.0), Map.entry("8.3", 30.0), Map.entry("9.1", 80.0)));
    Map<String, Double> government = Map.ofEntries(Map.entry("1.1", 0.0), Map.entry("1.2", 7.0),
        Map.entry("2.1", 1.0), Map.entry("2.2", 95.0), Map.entry("3.1", 100.0), Map.entry("3.2", 0.0),
        Map.entry("4.1", 3.0), Map.entry("4.2", 90.0), Map.entry("4.3", 90.0), Map.entry("5.1", 10.0),
        Map.entry("5.2", 80.0), Map.entry("5.3", 4.0), Map.entry("6.1", 100.0), Map.entry("6.2", 0.0),
        Map.entry("7.1", 1.0), Map.entry("7.2", 4.0), Map.entry("8.1", 1.0), Map.entry("8.2", 1.0),
        Map.entry("8.3", 40.0), Map.entry("9.1", 90.0));
    values(data, "G01", government);
    values(data, "G02", government);
    Map<String, Double> g03 = new java.util.HashMap<>(government);
    g03.put("1.1", 1.0);
    values(data, "G03", g03);
    values(data, "M01", Map.ofEntries(Map.entry("1.1", 1.0), Map.entry("1.2", 6.0), Map.entry("2.1", 1.0),
        Map.entry("2.2", 100.0), Map.entry("6.1", 100.0), Map.entry("6.2", 0.0), Map.entry("7.1", 1.0),
        Map.entry("7.2", 8.0), Map.entry("8.1", 1.0), Map.entry("8.2", 1.0), Map.entry("8.3", 50.0),
        Map.entry("9.1", 70.0)));
    data.event(new AdjustmentEvent("G02", Q4, "veto.illegal-act", 1, "held accountable"))
        .event(new AdjustmentEvent("G03", Q4, "bonus.demonstration", 1, "demo"))
        .event(new AdjustmentEvent("G03", Q4, "bonus.regulation", 3, "three bills"))
        .event(new AdjustmentEvent("M01", Q4, "deduction.fabrication", 1, "fabricated"))
        .event(new AdjustmentEvent("M01", Q4, "deduction.notice", 6, "notices"));
    return ENGINE.evaluate(BaichengPolicy.policy(), data.build(), Q4);
  }

  private static void values(Dataset.Builder data, String unit, Map<String, Double> values) {
    values.forEach((indicator, value) -> data.value(unit, Q4, indicator, value));
  }
}
