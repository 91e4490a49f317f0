package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A tiny points policy evaluated end to end, every number computed by hand.
 *
 * <pre>
 * root (SUM)
 *   g1 Work (SUM)
 *     i1  linear lo 0 hi 100, 10 points, all units, range [0, 100]     points = raw / 10
 *     i2  linear lo 0 hi 10,  10 points, category A only                points = raw
 *   g2 Effect (SUM)
 *     i3  linear lo 0 hi 50,  30 points, LOWER is better, category B only   points = 30 × (50 − raw) / 50
 *     i4  linear lo 0 hi 100, 20 points, all units                      points = raw / 5
 * applicable maximum: A = 10 + 10 + 20 = 40, B = 10 + 30 + 20 = 60
 *
 * adjustments: bonus draft +1 each (item cap 2), demo +2 each (no item cap), total bonus cap 3;
 *              deduction notice −1 each (item cap 3), fraud −5 each (no item cap), total deduction cap 6;
 *              veto illegal
 * grades: excellent ≥ 90 within the best 30 % of the category, good ≥ 80, fair ≥ 60, else poor
 * ranking: COMPETITION, tie-break chain: higher i1 score
 *
 * unit cat  i1      i2    i3        i4       points          rate   adjustments                    composite
 * a1   A    90→9    9→9   n/a       90→18    36   / 40 = 90%   90     —                               90
 * a2   A    100→10  10→10 n/a       74→14.8  34.8 / 40 = 87%   87     draft×3: 3 → 2 (item cap 2)
 *                                                                     demo×1: 2 → 1 (total cap 3)   87 + 3 = 90
 * a3   A    80→8    7→7   n/a       75→15    30   / 40 = 75%   75     notice×4: 4 → 3 (item cap 3)
 *                                                                     fraud×1: 5 → 3 (total cap 6)  75 − 6 = 69
 * a4   A    100→10  10→10 n/a       100→20   40   / 40 = 100%  100    veto                            100
 * b1   B    95→9.5  n/a   5→27      95→19    55.5 / 60 = 92.5% 92.5   —                               92.5
 *
 * published: a4 100.00, b1 92.50, a1 90.00, a2 90.00 (an exact tie), a3 69.00
 * overall rank (competition): a4 1, b1 2, a1 3, a2 3, a3 5
 * category A: a4 1, a1 2, a2 2, a3 4; category B: b1 1
 * quota of excellent: A has 4 units -> floor(0.3 × 4) = floor(1.2) = 1; B has 1 unit -> floor(0.3) = 0.
 * a4 is vetoed: poor whatever its points, and it does not take a quota place (vetoed units count last).
 * ALL_QUALIFY: a1 and a2 tie for quota place 1 -> both excellent. b1 92.5 ≥ 90 but quota 0 -> good. a3 69 -> fair.
 * TIE_BREAK:   the chain decides: a2 has i1 = 10 > a1's 9 -> a2 excellent, a1 good.
 * </pre>
 */
class EndToEndTest {
  static final Period Q = Period.quarter(2022, 4);
  static final double EPS = 1e-9;

  static Policy policy(GradeScheme.QuotaTies ties, RoundingMode quotaRounding, VetoEffect veto,
      RankingMethod method) {
    return Policy.builder("tiny")
        .name("Tiny points policy")
        .category("A", "Alpha")
        .category("B", "Beta")
        .indicators(Indicator.group("root", "Total")
            .child(Indicator.group("g1", "Work")
                .child(Indicator.leaf("i1", "Study", linear(0, 100)).points(10).range(ValueRange.PERCENT))
                .child(Indicator.leaf("i2", "Decisions", linear(0, 10)).points(10)
                    .appliesTo(Applicability.categories("A"))))
            .child(Indicator.group("g2", "Effect")
                .child(Indicator.leaf("i3", "Loss rate", linear(0, 50)).points(30).lowerIsBetter()
                    .appliesTo(Applicability.categories("B")))
                .child(Indicator.leaf("i4", "Satisfaction", linear(0, 100)).points(20)))
            .build())
        .adjustments(new AdjustmentRules(List.of(
            AdjustmentItem.bonus("draft", "Regulation drafted", 1, 2),
            AdjustmentItem.bonus("demo", "Demonstration project", 2, Double.POSITIVE_INFINITY),
            AdjustmentItem.deduction("notice", "Criticised in a notice", 1, 3),
            AdjustmentItem.deduction("fraud", "Data fabrication", 5, Double.POSITIVE_INFINITY),
            AdjustmentItem.veto("illegal", "Major illegal act", veto)), 3, 6))
        .grades(GradeScheme.builder()
            .band("excellent", 90, 0.3)
            .band("good", 80)
            .band("fair", 60)
            .quotaTies(ties)
            .quotaRounding(quotaRounding)
            .otherwise("poor"))
        .ranking(Ranking.of(method, TieBreak.higherScoreIn("i1")))
        .build();
  }

  static Policy policy() {
    return policy(GradeScheme.QuotaTies.ALL_QUALIFY, RoundingMode.FLOOR, VetoEffect.LOWEST_GRADE,
        RankingMethod.COMPETITION);
  }

  static Dataset dataset() {
    return dataset(true);
  }

  static Dataset dataset(boolean withEvents) {
    return builder(withEvents).build();
  }

  private static Dataset.Builder builder(boolean withEvents) {
    Dataset.Builder data = Dataset.builder().source("tiny.csv");
    data.unit(Unit.of("a1", "Unit A1", "A"))
        .unit(Unit.of("a2", "Unit A2", "A"))
        .unit(Unit.of("a3", "Unit A3", "A"))
        .unit(Unit.of("a4", "Unit A4", "A"))
        .unit(Unit.of("b1", "Unit B1", "B"));
    values(data, "a1", 90, 9, Double.NaN, 90);
    values(data, "a2", 100, 10, Double.NaN, 74);
    values(data, "a3", 80, 7, Double.NaN, 75);
    values(data, "a4", 100, 10, Double.NaN, 100);
    values(data, "b1", 95, Double.NaN, 5, 95);
    if (!withEvents) {
      return data;
    }
    // data order differs from the policy's item order on purpose: the policy's order decides which event a cap cuts
    data.event(new AdjustmentEvent("a2", Q, "demo", 1, "pilot site"))
        .event(new AdjustmentEvent("a2", Q, "draft", 3, "three drafts"))
        .event(new AdjustmentEvent("a3", Q, "fraud", 1, "fabricated figures"))
        .event(new AdjustmentEvent("a3", Q, "notice", 4, "four notices"))
        .event(new AdjustmentEvent("a4", Q, "illegal", 1, "held accountable"))
        // another quarter: ignored
        .event(new AdjustmentEvent("a1", Q.previous(), "fraud", 1, "last quarter"));
    return data;
  }

  private static void values(Dataset.Builder data, String unit, double i1, double i2, double i3, double i4) {
    double[] values = {i1, i2, i3, i4};
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        data.value(unit, Q, "i" + (i + 1), values[i]);
      }
    }
  }

  static AppraisalResult evaluate(Policy policy) {
    return TestRules.engine().evaluate(policy, dataset(), Q);
  }

  private static UnitResult unit(AppraisalResult result, String id) {
    return result.unit(id).orElseThrow();
  }

  private static void assertUnit(AppraisalResult result, String id, double points, double max, double rate,
      double bonus, double deduction, double composite, String published, boolean vetoed, double rank,
      double categoryRank, String grade) {
    UnitResult u = unit(result, id);
    assertEquals(points, u.points(), EPS, id + " points");
    assertEquals(max, u.maxPoints(), EPS, id + " max");
    assertEquals(rate, u.scoreRate(), EPS, id + " score rate");
    assertEquals(bonus, u.bonus(), EPS, id + " bonus");
    assertEquals(deduction, u.deduction(), EPS, id + " deduction");
    assertEquals(composite, u.composite(), EPS, id + " composite");
    assertEquals(new BigDecimal(published), u.published(), id + " published");
    assertEquals(vetoed, u.vetoed(), id + " vetoed");
    assertEquals(rank, u.rank(), id + " rank");
    assertEquals(categoryRank, u.categoryRank(), id + " category rank");
    assertEquals(Optional.of(grade), u.grade(), id + " grade");
  }

  @Test
  void everyNumberOfEveryUnit() {
    AppraisalResult result = evaluate(policy());
    assertEquals(5, result.size());
    assertEquals(Q, result.period());
    //         unit  points max  rate  bonus ded composite published vetoed rank cat grade
    assertUnit(result, "a1", 36, 40, 90, 0, 0, 90, "90.00", false, 3, 2, "excellent");
    assertUnit(result, "a2", 34.8, 40, 87, 3, 0, 90, "90.00", false, 3, 2, "excellent");
    assertUnit(result, "a3", 30, 40, 75, 0, 6, 69, "69.00", false, 5, 4, "fair");
    assertUnit(result, "a4", 40, 40, 100, 0, 0, 100, "100.00", true, 1, 1, "poor");
    assertUnit(result, "b1", 55.5, 60, 92.5, 0, 0, 92.5, "92.50", false, 2, 1, "good");
    assertTrue(result.notes().isEmpty());
  }

  @Test
  void publishedOrderOverallAndPerCategory() {
    AppraisalResult result = evaluate(policy());
    // by rank, then unit id for the tie a1/a2
    assertEquals(List.of("a4", "b1", "a1", "a2", "a3"), result.ranking().stream().map(UnitResult::id).toList());
    assertEquals(List.of("a4", "a1", "a2", "a3"), result.ranking("A").stream().map(UnitResult::id).toList());
    assertEquals(List.of("b1"), result.ranking("B").stream().map(UnitResult::id).toList());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> result.ranking("Z"));
    assertEquals("unknown category 'Z'; the policy has [A, B]", e.getMessage());
    // the bulk accessors, by dataset index a1, a2, a3, a4, b1
    assertArrayEqualsWithin(new double[] {90, 87, 75, 100, 92.5}, result.scoreRates());
    assertArrayEqualsWithin(new double[] {3, 3, 5, 1, 2}, result.ranks());
    assertEquals("a3", result.unit(2).id());
    assertEquals(Optional.empty(), result.unit("nobody"));
  }

  private static void assertArrayEqualsWithin(double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], EPS, "index " + i);
    }
  }

  @Test
  void adjustmentsAreCappedInThePolicysItemOrderWithTheCapNamed() {
    AppraisalResult result = evaluate(policy());
    // a2: draft first (policy order) although the data gave demo first.
    //   draft ×3: requested 3 × 1 = 3, item cap 2 -> 2, total so far 2
    //   demo  ×1: requested 1 × 2 = 2, no item cap, total cap 3 − 2 = 1 -> 1
    assertEquals(List.of(
            new AppliedAdjustment("draft", AdjustmentKind.BONUS, 3, 3, 2, "item cap 2", "three drafts"),
            new AppliedAdjustment("demo", AdjustmentKind.BONUS, 1, 2, 1, "total bonus cap 3", "pilot site")),
        unit(result, "a2").adjustments());
    // a3: notice ×4: requested 4, item cap 3 -> 3; fraud ×1: requested 5, total cap 6 − 3 = 3 -> 3
    assertEquals(List.of(
            new AppliedAdjustment("notice", AdjustmentKind.DEDUCTION, 4, 4, 3, "item cap 3", "four notices"),
            new AppliedAdjustment("fraud", AdjustmentKind.DEDUCTION, 1, 5, 3, "total deduction cap 6",
                "fabricated figures")),
        unit(result, "a3").adjustments());
    assertTrue(unit(result, "a3").adjustments().stream().allMatch(AppliedAdjustment::wasCapped));
    // a4: a veto adds and takes nothing
    assertEquals(List.of(new AppliedAdjustment("illegal", AdjustmentKind.VETO, 1, 0, 0, "", "held accountable")),
        unit(result, "a4").adjustments());
    assertFalse(unit(result, "a4").adjustments().get(0).wasCapped());
    // a1's only event is in another quarter
    assertEquals(List.of(), unit(result, "a1").adjustments());
    assertEquals(0, unit(result, "a1").deduction());
  }

  @Test
  void bothCapsCanCutTheSameEvent() {
    // one event of 4 drafts after a demo: draft first (policy order): 4 -> item cap 2 -> 2; demo 2 -> total cap -> 1.
    // With a total bonus cap of 1.5 instead, draft 4 -> item cap 2 -> total cap 1.5 -> 1.5, "item cap 2, total..."
    Policy base = policy();
    Policy tight = Policy.builder("tight")
        .categories(base.categories())
        .indicators(base.root())
        .adjustments(new AdjustmentRules(base.adjustments().items(), 1.5, 6))
        .build();
    Dataset data = Dataset.builder()
        .unit(Unit.of("a1", "Unit A1", "A"))
        .value("a1", Q, "i1", 50).value("a1", Q, "i2", 5).value("a1", Q, "i4", 50)
        .event(new AdjustmentEvent("a1", Q, "draft", 4, ""))
        .event(new AdjustmentEvent("a1", Q, "demo", 1, ""))
        .build();
    UnitResult a1 = TestRules.engine().evaluate(tight, data, Q).unit("a1").orElseThrow();
    // rate: (5 + 5 + 10) / 40 = 50 %; bonus 1.5 -> composite 51.5
    assertEquals(List.of(
            new AppliedAdjustment("draft", AdjustmentKind.BONUS, 4, 4, 1.5, "item cap 2, total bonus cap 1.5", ""),
            new AppliedAdjustment("demo", AdjustmentKind.BONUS, 1, 2, 0, "total bonus cap 1.5", "")),
        a1.adjustments());
    assertEquals(new BigDecimal("51.50"), a1.published());
  }

  @Test
  void compositeNeverGoesBelowZero() {
    // rate (0 + 0 + 0) / 40 = 0, deductions 6 -> max(0, 0 − 6) = 0
    Dataset data = Dataset.builder()
        .unit(Unit.of("a1", "Unit A1", "A"))
        .value("a1", Q, "i1", 0).value("a1", Q, "i2", 0).value("a1", Q, "i4", 0)
        .event(new AdjustmentEvent("a1", Q, "fraud", 2, ""))
        .build();
    UnitResult a1 = TestRules.engine().evaluate(policy(), data, Q).unit("a1").orElseThrow();
    assertEquals(0, a1.scoreRate());
    assertEquals(6, a1.deduction());
    assertEquals(0, a1.composite());
    assertEquals(new BigDecimal("0.00"), a1.published());
    assertEquals(Optional.of("poor"), a1.grade());
  }

  @Test
  void contributionsOfTheLeavesAddUpToTheScoreRate() {
    AppraisalResult result = evaluate(policy());
    // a leaf's contribution in a SUM tree is its points over the unit's applicable maximum × 100
    // a2: i1 10/40 = 25, i2 10/40 = 25, i3 0 (n/a), i4 14.8/40 = 37; g1 50, g2 37, root 87
    assertContributions(unit(result, "a2"), 87, 50, 25, 25, 37, 0, 37);
    // a1: i1 9/40 = 22.5, i2 22.5, i4 18/40 = 45; g1 45, g2 45
    assertContributions(unit(result, "a1"), 90, 45, 22.5, 22.5, 45, 0, 45);
    // b1: i1 9.5/60 = 15.8333.., i2 0 (n/a), i3 27/60 = 45, i4 19/60 = 31.6666..; g1 15.8333.., g2 76.6666..
    assertContributions(unit(result, "b1"), 92.5, 9.5 / 60 * 100, 9.5 / 60 * 100, 0, 46 / 60.0 * 100, 45,
        19 / 60.0 * 100);
    for (UnitResult u : result.ranking()) {
      double sum = u.indicators().stream().filter(IndicatorScore::leaf).mapToDouble(IndicatorScore::contribution)
          .sum();
      assertEquals(u.scoreRate(), sum, EPS, u.id());
    }
  }

  private static void assertContributions(UnitResult u, double root, double g1, double i1, double i2, double g2,
      double i3, double i4) {
    double[] expected = {root, g1, i1, i2, g2, i3, i4};
    List<String> ids = List.of("root", "g1", "i1", "i2", "g2", "i3", "i4");
    assertEquals(ids, u.indicators().stream().map(IndicatorScore::indicator).toList(), "parents before children");
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(expected[i], u.indicator(ids.get(i)).orElseThrow().contribution(), EPS,
          u.id() + " " + ids.get(i));
    }
  }

  @Test
  void indicatorScoresCarryStatusRawScoreAndMaximum() {
    AppraisalResult result = evaluate(policy());
    UnitResult b1 = unit(result, "b1");
    IndicatorScore i3 = b1.indicator("i3").orElseThrow();
    // 30 × (50 − 5) / 50 = 27 of 30
    assertEquals(IndicatorScore.Status.SCORED, i3.status());
    assertTrue(i3.leaf());
    assertEquals(5, i3.raw());
    assertEquals(27, i3.score(), EPS);
    assertEquals(30, i3.max());
    assertEquals(3, i3.lost(), EPS);
    IndicatorScore i2 = b1.indicator("i2").orElseThrow();
    assertEquals(IndicatorScore.Status.NOT_APPLICABLE, i2.status());
    assertTrue(Double.isNaN(i2.raw()));
    assertEquals(0, i2.score());
    assertEquals(0, i2.max());
    IndicatorScore g2 = b1.indicator("g2").orElseThrow();
    // 27 + 19 = 46 of 30 + 20 = 50
    assertFalse(g2.leaf());
    assertEquals(IndicatorScore.Status.SCORED, g2.status());
    assertTrue(Double.isNaN(g2.raw()));
    assertEquals(46, g2.score(), EPS);
    assertEquals(50, g2.max(), EPS);
    // category A units: i3 does not apply; i4 of a2 = 74 / 5 = 14.8
    UnitResult a2 = unit(result, "a2");
    assertEquals(IndicatorScore.Status.NOT_APPLICABLE, a2.indicator("i3").orElseThrow().status());
    assertEquals(14.8, a2.indicator("i4").orElseThrow().score(), EPS);
    assertEquals(74, a2.indicator("i4").orElseThrow().raw());
    // g1 of a2 = 10 + 10 of 20
    assertEquals(20, a2.indicator("g1").orElseThrow().score(), EPS);
    assertEquals(20, a2.indicator("g1").orElseThrow().max(), EPS);
  }

  @Test
  void quotaTieBreakLetsTheChainDecideTheBoundary() {
    AppraisalResult result = evaluate(
        policy(GradeScheme.QuotaTies.TIE_BREAK, RoundingMode.FLOOR, VetoEffect.LOWEST_GRADE,
            RankingMethod.COMPETITION));
    // quota 1 in A; a1 and a2 tie at 90.00; the chain: higher i1 score -> a2 (10) before a1 (9)
    assertEquals(Optional.of("excellent"), unit(result, "a2").grade());
    assertEquals(Optional.of("good"), unit(result, "a1").grade());
    // the ranks are unchanged: COMPETITION still shares rank 3
    assertEquals(3, unit(result, "a1").rank());
    assertEquals(3, unit(result, "a2").rank());
    assertEquals(Optional.of("good"), unit(result, "b1").grade());
    assertEquals(Optional.of("poor"), unit(result, "a4").grade());
  }

  @Test
  void quotaRoundingDecidesHowManyFitTheQuota() {
    // CEILING: A -> ceil(1.2) = 2, B -> ceil(0.3) = 1: now b1 (92.5) is excellent; a1 and a2 are anyway
    AppraisalResult ceiling = evaluate(
        policy(GradeScheme.QuotaTies.TIE_BREAK, RoundingMode.CEILING, VetoEffect.LOWEST_GRADE,
            RankingMethod.COMPETITION));
    assertEquals(Optional.of("excellent"), unit(ceiling, "b1").grade());
    assertEquals(Optional.of("excellent"), unit(ceiling, "a1").grade());
    assertEquals(Optional.of("excellent"), unit(ceiling, "a2").grade());
    assertEquals(Optional.of("poor"), unit(ceiling, "a4").grade());
    // HALF_UP: A -> round(1.2) = 1, B -> round(0.3) = 0: as FLOOR
    AppraisalResult halfUp = evaluate(
        policy(GradeScheme.QuotaTies.TIE_BREAK, RoundingMode.HALF_UP, VetoEffect.LOWEST_GRADE,
            RankingMethod.COMPETITION));
    assertEquals(Optional.of("good"), unit(halfUp, "b1").grade());
    assertEquals(Optional.of("good"), unit(halfUp, "a1").grade());
    // quota counts directly
    GradeScheme floor = GradeScheme.builder().band("x", 90, 0.3).otherwise("y");
    assertEquals(1, Standing.quotaCount(0.3, 4, floor));
    assertEquals(0, Standing.quotaCount(0.3, 3, floor));
    assertEquals(3, Standing.quotaCount(0.3, 10, floor)); // exactly 3, not 2.9999...
    assertEquals(20, Standing.quotaCount(0.2, 100, floor));
  }

  @Test
  void twoUnitsRankedLastByVetoesAreOrderedByScoreAmongThemselves() {
    Policy policy = policy(GradeScheme.QuotaTies.ALL_QUALIFY, RoundingMode.FLOOR, VetoEffect.RANKED_LAST,
        RankingMethod.COMPETITION);
    Dataset data = builder(true).event(new AdjustmentEvent("a3", Q, "illegal", 1, "second case")).build();
    AppraisalResult result = TestRules.engine().evaluate(policy, data, Q);
    // not vetoed: b1 92.5 -> 1, a1 = a2 90 -> 2, 2; vetoed, by score: a4 100 -> 4, a3 69 -> 5
    assertEquals(List.of("b1", "a1", "a2", "a4", "a3"), result.ranking().stream().map(UnitResult::id).toList());
    assertEquals(4, unit(result, "a4").rank());
    assertEquals(5, unit(result, "a3").rank());
    // category A: a1 = a2 -> 1, a4 -> 3, a3 -> 4; both vetoed units poor, the quota place (floor(0.3 × 4) = 1) is
    // shared by a1 and a2 (all qualify)
    assertEquals(3, unit(result, "a4").categoryRank());
    assertEquals(4, unit(result, "a3").categoryRank());
    assertEquals(Optional.of("poor"), unit(result, "a3").grade());
    assertEquals(Optional.of("excellent"), unit(result, "a1").grade());
    assertTrue(unit(result, "a3").rankedLast() && unit(result, "a4").rankedLast());
    assertFalse(unit(result, "b1").rankedLast());
  }

  @Test
  void anExcludingVetoLeavesTheUnitOutOfTheRankingWithTheReason() {
    AppraisalResult result = evaluate(policy(GradeScheme.QuotaTies.ALL_QUALIFY, RoundingMode.FLOOR,
        VetoEffect.EXCLUDED, RankingMethod.COMPETITION));
    // a4 is not ranked: b1 92.5 -> 1, a1 = a2 90 -> 2, 2, a3 69 -> 4 of 4
    assertEquals(List.of("b1", "a1", "a2", "a3"), result.ranking().stream().map(UnitResult::id).toList());
    assertEquals(4, result.size());
    assertEquals(4, unit(result, "a3").rank());
    assertTrue(result.unit("a4").isEmpty());
    assertEquals(List.of(new Note("a4", "", Note.Kind.EXCLUDED_BY_VETO,
        "vetoed by Major illegal act in 2022-Q4 (held accountable): excluded from the ranking")),
            Unkeyed.notes(result.notes()));
    // category A now has 3 units: quota floor(0.3 × 3) = 0, so a1 and a2 (90) are good, not excellent
    assertEquals(Optional.of("good"), unit(result, "a1").grade());
    assertEquals(Optional.of("good"), unit(result, "a2").grade());
  }

  @Test
  void theStrongestEffectOfAUnitsVetoesDecides() {
    AdjustmentRules rules = new AdjustmentRules(List.of(AdjustmentItem.veto("g", "g", VetoEffect.LOWEST_GRADE),
        AdjustmentItem.veto("l", "l", VetoEffect.RANKED_LAST), AdjustmentItem.bonus("b", "b", 1, 1)), 3, 3);
    AppliedAdjustment g = new AppliedAdjustment("g", AdjustmentKind.VETO, 1, 0, 0, "", "");
    AppliedAdjustment l = new AppliedAdjustment("l", AdjustmentKind.VETO, 1, 0, 0, "", "");
    AppliedAdjustment b = new AppliedAdjustment("b", AdjustmentKind.BONUS, 1, 1, 1, "", "");
    assertEquals(Optional.of(VetoEffect.RANKED_LAST), rules.vetoEffect(List.of(g, l)));
    assertEquals(Optional.of(VetoEffect.LOWEST_GRADE), rules.vetoEffect(List.of(b, g)));
    assertEquals(Optional.empty(), rules.vetoEffect(List.of(b)));
    assertThrows(IllegalArgumentException.class, () -> new AdjustmentItem("x", "x", AdjustmentKind.BONUS, 1, 1,
        Optional.of(VetoEffect.EXCLUDED)));
    assertThrows(IllegalArgumentException.class, () -> new AdjustmentItem("x", "x", AdjustmentKind.VETO, 0, 1,
        Optional.empty()));
  }

  @Test
  void aRankedLastVetoMovesTheVetoedUnitBelowEveryone() {
    AppraisalResult result = evaluate(
        policy(GradeScheme.QuotaTies.ALL_QUALIFY, RoundingMode.FLOOR, VetoEffect.RANKED_LAST,
            RankingMethod.COMPETITION));
    // b1 92.5 -> 1; a1 = a2 90 -> 2, 2; a3 69 -> 4; a4 (vetoed, 100) -> 5
    assertEquals(1, unit(result, "b1").rank());
    assertEquals(2, unit(result, "a1").rank());
    assertEquals(2, unit(result, "a2").rank());
    assertEquals(4, unit(result, "a3").rank());
    assertEquals(5, unit(result, "a4").rank());
    // category A: a1 = a2 -> 1, a3 -> 3, a4 -> 4
    assertEquals(1, unit(result, "a1").categoryRank());
    assertEquals(1, unit(result, "a2").categoryRank());
    assertEquals(3, unit(result, "a3").categoryRank());
    assertEquals(4, unit(result, "a4").categoryRank());
    // its published score is still its own
    assertEquals(new BigDecimal("100.00"), unit(result, "a4").published());
    assertEquals(List.of("b1", "a1", "a2", "a3", "a4"), result.ranking().stream().map(UnitResult::id).toList());
  }

  @Test
  void ordinalRankingUsesTheTieBreakChain() {
    AppraisalResult result = evaluate(
        policy(GradeScheme.QuotaTies.ALL_QUALIFY, RoundingMode.FLOOR, VetoEffect.LOWEST_GRADE, RankingMethod.ORDINAL));
    // a4 1, b1 2, then the tie at 90.00: a2 (i1 10) before a1 (i1 9) -> a2 3, a1 4; a3 5
    assertEquals(3, unit(result, "a2").rank());
    assertEquals(4, unit(result, "a1").rank());
    assertEquals(5, unit(result, "a3").rank());
    // category A: a4 1, a2 2, a1 3, a3 4
    assertEquals(2, unit(result, "a2").categoryRank());
    assertEquals(3, unit(result, "a1").categoryRank());
    assertEquals(List.of("a4", "b1", "a2", "a1", "a3"), result.ranking().stream().map(UnitResult::id).toList());
  }

  @Test
  void denseAndFractionalRankingEndToEnd() {
    AppraisalResult dense = evaluate(
        policy(GradeScheme.QuotaTies.ALL_QUALIFY, RoundingMode.FLOOR, VetoEffect.LOWEST_GRADE, RankingMethod.DENSE));
    // 100, 92.5, 90, 90, 69 -> 1, 2, 3, 3, 4
    assertEquals(3, unit(dense, "a1").rank());
    assertEquals(4, unit(dense, "a3").rank());
    assertEquals(3, unit(dense, "a3").categoryRank()); // A: 100, 90, 90, 69 -> 1, 2, 2, 3
    AppraisalResult fractional = evaluate(
        policy(GradeScheme.QuotaTies.ALL_QUALIFY, RoundingMode.FLOOR, VetoEffect.LOWEST_GRADE,
            RankingMethod.FRACTIONAL));
    // the tie occupies positions 3 and 4 -> 3.5
    assertEquals(3.5, unit(fractional, "a1").rank());
    assertEquals(3.5, unit(fractional, "a2").rank());
    assertEquals(2.5, unit(fractional, "a2").categoryRank());
    assertEquals("3.5", UnitResult.rankText(unit(fractional, "a2").rank()));
    assertEquals("5", UnitResult.rankText(unit(fractional, "a3").rank()));
  }

  @Test
  void theEngineCompilesAPolicyOnce() {
    AppraisalEngine engine = TestRules.engine();
    Policy policy = policy();
    assertSame(engine.compile(policy), engine.compile(policy));
    assertSame(policy, engine.compile(policy).policy());
    assertEquals(List.of(), engine.compile(policy).validate(dataset(), Q));
  }

  @Test
  void aPolicyWithoutGradesGivesNoGrade() {
    Policy base = policy();
    Policy ungraded = Policy.builder("ungraded").categories(base.categories()).indicators(base.root()).build();
    AppraisalResult result = TestRules.engine().evaluate(ungraded, dataset(false), Q);
    assertEquals(Optional.empty(), result.unit("b1").orElseThrow().grade());
    // without adjustments a4 is not vetoed and a2 has no bonus: 87.00
    assertEquals(new BigDecimal("87.00"), result.unit("a2").orElseThrow().published());
    assertFalse(result.unit("a4").orElseThrow().vetoed());
  }
}
