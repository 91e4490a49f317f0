package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Annual roll-up, corrections, overrides, rank movement and explanations on three units and two leaves, worked by
 * hand. Leaves: a (60 points) and b (40 points), both linear from 0 to 100; score rate = a + b points.
 */
class AnnualAndCorrectionsTest {
  private static final int YEAR = 2022;
  private static final Period Q1 = Period.quarter(YEAR, 1);
  private static final Period Q3 = Period.quarter(YEAR, 3);
  private static final Period Q4 = Period.quarter(YEAR, 4);
  private static final Instant T = Instant.parse("2023-01-15T09:00:00Z");
  private static final AppraisalEngine ENGINE = TestRules.engine();

  static Policy policy(AnnualRollup.MissingQuarter missing) {
    return Policy.builder("annual-test")
        .category("c", "category")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("a", "a", linear(0, 100)).points(60))
            .child(Indicator.leaf("b", "b", linear(0, 100)).points(40))
            .build())
        .adjustments(new AdjustmentRules(List.of(AdjustmentItem.bonus("b1", "bonus", 1, 5)), 3, 10))
        .grades(GradeScheme.builder().band("A", 75).band("B", 60).otherwise("C"))
        .annual(new AnnualRollup(0.4, AnnualRollup.QuarterValue.SCORE_RATE,
            List.of(new AnnualRollup.YearEndComponent("ye", "year-end", 0.6, ValueRange.PERCENT)), missing))
        .build();
  }

  /*
   * Quarterly score rates (a × 0.6 + b × 0.4):
   *   U1: Q1 50/50 → 50, Q2 100/0 → 60, Q3 80/80 → 80, Q4 70/70 → 70; mean 65
   *   U2: 60/60 every quarter → 60; mean 60
   *   U3: 90/90 every quarter → 90; mean 90
   */
  static Dataset data(boolean withQ3) {
    Dataset.Builder data = Dataset.builder()
        .unit(Unit.of("U1", "one", "c")).unit(Unit.of("U2", "two", "c")).unit(Unit.of("U3", "three", "c"));
    double[][] u1 = {{50, 50}, {100, 0}, {80, 80}, {70, 70}};
    for (int q = 1; q <= 4; q++) {
      if (q == 3 && !withQ3) {
        continue;
      }
      Period period = Period.quarter(YEAR, q);
      data.value("U1", period, "a", u1[q - 1][0]).value("U1", period, "b", u1[q - 1][1]);
      data.value("U2", period, "a", 60).value("U2", period, "b", 60);
      data.value("U3", period, "a", 90).value("U3", period, "b", 90);
    }
    Period year = Period.year(YEAR);
    data.value("U1", year, "ye", 90).value("U2", year, "ye", 70).value("U3", year, "ye", 60);
    data.event(new AdjustmentEvent("U2", year, "b1", 2, "annual bonus"));
    return data.build();
  }

  /*
   * Annual = 0.4 × quarterly mean + 0.6 × year-end, then the year's events:
   *   U1: 0.4 × 65 + 0.6 × 90 = 26 + 54 = 80 → A, rank 1
   *   U2: 0.4 × 60 + 0.6 × 70 = 24 + 42 = 66; bonus 2 × 1 = 2 → 68 → B, rank 3
   *   U3: 0.4 × 90 + 0.6 × 60 = 36 + 36 = 72 → B, rank 2
   * Contributions of U1: the tree carries 26, shared by the mean quarterly points a = (30 + 60 + 48 + 42) / 4 = 45
   * and b = (20 + 0 + 32 + 28) / 4 = 20: a 26 × 45 / 65 = 18, b 26 × 20 / 65 = 8; ye 0.6 × 90 = 54.
   */
  @Test
  void annualRollUpWeighsTheQuarterlyMeanAndTheYearEndAppraisal() {
    AppraisalResult year = ENGINE.compile(policy(AnnualRollup.MissingQuarter.FAIL))
        .evaluateYear(data(true), YEAR, CorrectionLog.empty());
    assertEquals(Period.year(YEAR), year.period());
    UnitResult u1 = year.unit("U1").orElseThrow();
    assertEquals(80, u1.scoreRate(), 1e-9);
    assertEquals(new BigDecimal("80.00"), u1.published());
    assertEquals(Optional.of("A"), u1.grade());
    assertEquals(18, u1.indicator("a").orElseThrow().contribution(), 1e-9);
    assertEquals(8, u1.indicator("b").orElseThrow().contribution(), 1e-9);
    assertEquals(54, u1.indicator("ye").orElseThrow().contribution(), 1e-9);
    assertEquals(45, u1.indicator("a").orElseThrow().score(), 1e-9);

    UnitResult u2 = year.unit("U2").orElseThrow();
    assertEquals(66, u2.scoreRate(), 1e-9);
    assertEquals(2, u2.bonus(), 1e-12);
    assertEquals(new BigDecimal("68.00"), u2.published());
    assertEquals(3, u2.rank());
    assertEquals(new BigDecimal("72.00"), year.unit("U3").orElseThrow().published());
    assertEquals(List.of("U1", "U3", "U2"), year.ranking().stream().map(UnitResult::id).toList());
  }

  /*
   * Without Q3: FAIL refuses; MEAN_OF_PRESENT takes U1's (50 + 60 + 70) / 3 = 60 → 24 + 54 = 78;
   * ZERO counts Q3 as 0: (50 + 60 + 70) / 4 = 45 → 18 + 54 = 72. Both are reported in the notes.
   */
  @Test
  void aMissingQuarterIsAPolicyChoiceAndIsReported() {
    Dataset data = data(false);
    InvalidInputException e = assertThrows(InvalidInputException.class, () ->
        ENGINE.compile(policy(AnnualRollup.MissingQuarter.FAIL)).evaluateYear(data, YEAR, CorrectionLog.empty()));
    assertEquals(List.of(Problem.of("dataset", "period", "2022-Q3",
        "no data for this quarter, and the policy's roll-up needs all four")), Unkeyed.problems(e.problems()));

    AppraisalResult mean = ENGINE.compile(policy(AnnualRollup.MissingQuarter.MEAN_OF_PRESENT))
        .evaluateYear(data, YEAR, CorrectionLog.empty());
    assertEquals(78, mean.unit("U1").orElseThrow().scoreRate(), 1e-9);
    assertEquals(List.of(new Note("*", "", Note.Kind.QUARTER_MISSING,
        "no data for 2022-Q3; the roll-up uses the mean of the quarters present")), Unkeyed.notes(mean.notes()));

    AppraisalResult zero = ENGINE.compile(policy(AnnualRollup.MissingQuarter.ZERO))
        .evaluateYear(data, YEAR, CorrectionLog.empty());
    assertEquals(72, zero.unit("U1").orElseThrow().scoreRate(), 1e-9);
  }

  /** The roll-up of {@link #data} with one veto item of the given effect, and U1 vetoed by it in 2022-Q3. */
  private static AppraisalResult vetoedYear(VetoEffect effect) {
    Policy policy = Policy.builder("veto-year")
        .category("c", "category")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("a", "a", linear(0, 100)).points(60))
            .child(Indicator.leaf("b", "b", linear(0, 100)).points(40))
            .build())
        .adjustments(new AdjustmentRules(List.of(AdjustmentItem.veto("v", "veto", effect)), 3, 10))
        .grades(GradeScheme.builder().band("A", 75).band("B", 60).otherwise("C"))
        .annual(new AnnualRollup(0.4, AnnualRollup.QuarterValue.SCORE_RATE,
            List.of(new AnnualRollup.YearEndComponent("ye", "year-end", 0.6, ValueRange.PERCENT)),
            AnnualRollup.MissingQuarter.FAIL))
        .build();
    Dataset base = data(true);
    Dataset.Builder data = Dataset.builder().units(base.units());
    for (Period period : base.periods()) {
      for (Unit unit : base.units()) {
        for (String indicator : base.indicators(period)) {
          base.value(unit.id(), period, indicator).ifPresent(v -> data.value(unit.id(), period, indicator, v));
        }
      }
    }
    data.event(new AdjustmentEvent("U1", Q3, "v", 1, "held accountable"));
    return ENGINE.compile(policy).evaluateYear(data.build(), YEAR, CorrectionLog.empty());
  }

  @Test
  void aVetoInAnyQuarterVetoesTheYear() {
    // Annual as above without the bonus: U1 80, U3 72, U2 66. A lowest-grade veto keeps U1 first, graded C.
    AppraisalResult year = vetoedYear(VetoEffect.LOWEST_GRADE);
    UnitResult u1 = year.unit("U1").orElseThrow();
    assertTrue(u1.vetoed());
    assertFalse(u1.rankedLast());
    assertEquals(1, u1.rank());
    assertEquals(Optional.of("C"), u1.grade());
    assertEquals(new BigDecimal("80.00"), u1.published());
    assertEquals(List.of(new AppliedAdjustment("v", AdjustmentKind.VETO, 1, 0, 0, "", "2022-Q3: held accountable")),
        u1.adjustments());
  }

  @Test
  void aRankedLastVetoInAQuarterPlacesTheUnitLastInTheYear() {
    // U1 80.00 is placed after U3 72.00 (1) and U2 66.00 (2): rank 3, grade C, its score unchanged.
    AppraisalResult year = vetoedYear(VetoEffect.RANKED_LAST);
    assertEquals(List.of("U3", "U2", "U1"), year.ranking().stream().map(UnitResult::id).toList());
    UnitResult u1 = year.unit("U1").orElseThrow();
    assertTrue(u1.rankedLast());
    assertEquals(3, u1.rank());
    assertEquals(Optional.of("C"), u1.grade());
    assertEquals(new BigDecimal("80.00"), u1.published());
    assertEquals(Optional.of("B"), year.unit("U3").orElseThrow().grade()); // 72 ≥ 60
  }

  @Test
  void anExcludingVetoInAQuarterLeavesTheUnitOutOfTheYear() {
    // U1 is in no result of the year: U3 72.00 rank 1, U2 66.00 rank 2, and a note gives the veto as the reason.
    AppraisalResult year = vetoedYear(VetoEffect.EXCLUDED);
    assertEquals(List.of("U3", "U2"), year.ranking().stream().map(UnitResult::id).toList());
    assertEquals(2, year.unit("U2").orElseThrow().rank());
    assertEquals(new BigDecimal("72.00"), year.unit("U3").orElseThrow().published());
    assertTrue(year.unit("U1").isEmpty());
    assertEquals(List.of(new Note("U1", "", Note.Kind.EXCLUDED_BY_VETO,
        "vetoed by veto in 2022-Q3 (held accountable): excluded from the ranking")), Unkeyed.notes(year.notes()));
  }

  @Test
  void yearEndValuesAreValidated() {
    Dataset data = Dataset.builder().unit(Unit.of("U1", "one", "c"))
        .value("U1", Q1, "a", 1).value("U1", Q1, "b", 1)
        .value("U1", Period.year(YEAR), "ye", 120).value("U1", Period.year(YEAR), "zz", 1).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () ->
        ENGINE.compile(policy(AnnualRollup.MissingQuarter.MEAN_OF_PRESENT))
            .evaluateYear(data, YEAR, CorrectionLog.empty()));
    assertEquals(List.of(
        Problem.of("dataset", "indicator", "zz", "not a year-end component of the policy's roll-up; it has [ye]"),
        Problem.of("dataset", "value", "120", "outside the range [0, 100] of component ye")),
            Unkeyed.problems(e.problems()));
  }

  static CorrectionLog log() {
    return CorrectionLog.empty()
        // U2's Q4 value of a was re-verified on appeal: 60 → 100.
        .append(new Correction("U2", Q4, Correction.Target.RAW_VALUE, "a", "60", "100", "appeal upheld",
            "review board", T))
        // U3's Q4 points on b re-scored by the panel: 36 → 40.
        .append(new Correction("U3", Q4, Correction.Target.INDICATOR_SCORE, "b", "36", "40", "panel re-scored",
            "review board", T))
        // U1's Q4 grade lowered by decision: B → C.
        .append(new Correction("U1", Q4, Correction.Target.GRADE, "", "B", "C", "rectification not reported",
            "appraisal office", T));
  }

  /*
   * Q4 without corrections: U1 70 (B), U2 60 (B), U3 90 (A).
   * With corrections: U2 a = 100 → 60 points, + 24 = 84 (A); U3 b = 40 points, + 54 = 94 (A); U1 stays 70 but is
   * graded C by override. Ranks: U3 1, U2 2, U1 3 (was U3 1, U1 2, U2 3).
   */
  @Test
  void correctionsChangeRawValuesScoresAndGradesAndAreListed() {
    CompiledPolicy plan = ENGINE.compile(policy(AnnualRollup.MissingQuarter.FAIL));
    Dataset data = data(true);
    AppraisalResult original = plan.evaluate(data, Q4);
    AppraisalResult corrected = plan.evaluate(data, Q4, log());

    assertEquals(new BigDecimal("60.00"), original.unit("U2").orElseThrow().published());
    UnitResult u2 = corrected.unit("U2").orElseThrow();
    assertEquals(new BigDecimal("84.00"), u2.published());
    assertEquals(100, u2.indicator("a").orElseThrow().raw());
    assertEquals(List.of(log().entries().get(0)), u2.corrections());
    assertEquals(new BigDecimal("94.00"), corrected.unit("U3").orElseThrow().published());
    UnitResult u1 = corrected.unit("U1").orElseThrow();
    assertEquals(Optional.of("C"), u1.grade());
    assertEquals(Optional.of("B"), original.unit("U1").orElseThrow().grade());
    assertEquals(List.of("U3", "U2", "U1"), corrected.ranking().stream().map(UnitResult::id).toList());
    assertEquals(List.of("U3", "U1", "U2"), original.ranking().stream().map(UnitResult::id).toList());

    List<RankMovement> moves = RankMovement.between(original, corrected);
    assertEquals(List.of("=", "↑1", "↓1"), moves.stream().map(RankMovement::text).toList());
    assertNotEquals(original.provenance().dataSha256(), corrected.provenance().dataSha256());
    assertEquals(original.provenance().policySha256(), corrected.provenance().policySha256());
  }

  @Test
  void applyingTheLogToCorrectedDataChangesNothing() {
    CompiledPolicy plan = ENGINE.compile(policy(AnnualRollup.MissingQuarter.FAIL));
    AppraisalResult once = plan.evaluate(data(true), Q4, log());
    Dataset alreadyCorrected = data(true).withValues(Map.of(Dataset.valueKey("U2", Q4, "a"), 100.0));
    AppraisalResult twice = plan.evaluate(alreadyCorrected, Q4, log());
    assertEquals(once.ranking(), twice.ranking());
  }

  /*
   * A value corrected twice on appeal: U2's Q4 a 60 → 80, then 80 → 100; the result is that of 100 (84.00), and
   * data already holding 80 or 100 gives the same result.
   */
  @Test
  void aValueCanBeCorrectedTwiceAndTheChainIsIdempotent() {
    CompiledPolicy plan = ENGINE.compile(policy(AnnualRollup.MissingQuarter.FAIL));
    CorrectionLog chain = CorrectionLog.empty()
        .append(new Correction("U2", Q4, Correction.Target.RAW_VALUE, "a", "60", "80", "first review", "b", T))
        .append(new Correction("U2", Q4, Correction.Target.RAW_VALUE, "a", "80", "100", "appeal", "b", T));
    AppraisalResult result = plan.evaluate(data(true), Q4, chain);
    assertEquals(new BigDecimal("84.00"), result.unit("U2").orElseThrow().published());
    assertEquals(chain.entries(), result.unit("U2").orElseThrow().corrections());
    for (double held : new double[] {80, 100}) {
      Dataset corrected = data(true).withValues(Map.of(Dataset.valueKey("U2", Q4, "a"), held));
      assertEquals(result.ranking(), plan.evaluate(corrected, Q4, chain).ranking());
    }
    CorrectionLog broken = chain.append(
        new Correction("U2", Q4, Correction.Target.RAW_VALUE, "a", "90", "95", "x", "b", T));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan.evaluate(data(true), Q4, broken));
    assertEquals(List.of(Problem.of("corrections", "before", "90",
        "the previous correction of this value ended at 100 (correction of U2, 2022-Q4, RAW_VALUE)")),
            Unkeyed.problems(e.problems()));
  }

  @Test
  void theYearListsAndHashesTheQuartersCorrections() {
    CompiledPolicy plan = ENGINE.compile(policy(AnnualRollup.MissingQuarter.FAIL));
    AppraisalResult plain = plan.evaluateYear(data(true), YEAR, CorrectionLog.empty());
    AppraisalResult corrected = plan.evaluateYear(data(true), YEAR, log());
    assertEquals(List.of(log().entries().get(0)), corrected.unit("U2").orElseThrow().corrections());
    assertNotEquals(plain.provenance().dataSha256(), corrected.provenance().dataSha256());
  }

  @Test
  void aCorrectionThatDoesNotMatchIsRefusedWithEveryOtherProblem() {
    CorrectionLog wrong = CorrectionLog.empty()
        .append(new Correction("U2", Q4, Correction.Target.RAW_VALUE, "a", "55", "100", "x", "y", T))
        .append(new Correction("U9", Q4, Correction.Target.GRADE, "", "B", "C", "x", "y", T))
        .append(new Correction("U3", Q4, Correction.Target.INDICATOR_SCORE, "b", "36", "41", "x", "y", T))
        .append(new Correction("U1", Q4, Correction.Target.GRADE, "", "A", "Z", "x", "y", T));
    InvalidInputException e = assertThrows(InvalidInputException.class, () ->
        ENGINE.compile(policy(AnnualRollup.MissingQuarter.FAIL)).evaluate(data(true), Q4, wrong));
    assertEquals(List.of(
        Problem.of("corrections", "unit", "U9", "unknown unit (correction of U9, 2022-Q4, GRADE)"),
        Problem.of("corrections", "after", "Z", "unknown grade (correction of U1, 2022-Q4, GRADE)"),
        Problem.of("corrections", "before", "55", "the data holds 60 (correction of U2, 2022-Q4, RAW_VALUE)"),
        Problem.of("corrections", "after", "41",
            "outside [0, 40], the points available (correction of U3, 2022-Q4, INDICATOR_SCORE)")),
        Unkeyed.problems(e.problems()));
  }

  @Test
  void aGradeOverrideNeedsAReasonAndAnAuthor() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        new Correction("U1", Q4, Correction.Target.GRADE, "", "B", "C", " ", "office", T));
    assertEquals("a correction of unit U1 needs a reason", e.getMessage());
  }

  /*
   * U1 in Q4: a = 70 → 42 of 60 (lost 18), b = 70 → 28 of 40 (lost 12). Published 70, rank 2 behind U3 (90):
   * the next rank needs 90.00, a gap of 20; grade A needs 75, a gap of 5.
   * Since Q3 (80/80 → a 48, b 32): a −6, b −4.
   */
  @Test
  void explanationShowsLossesWhatItTakesAndWhatMoved() {
    CompiledPolicy plan = ENGINE.compile(policy(AnnualRollup.MissingQuarter.FAIL));
    AppraisalResult q4 = plan.evaluate(data(true), Q4);
    Explanation explanation = Explanation.of(q4, "U1");
    assertEquals(List.of("a", "b"), explanation.pointsLost().stream().map(IndicatorScore::indicator).toList());
    assertEquals(18, explanation.pointsLost().get(0).lost(), 1e-9);
    Explanation.Target rank = explanation.nextRank().orElseThrow();
    assertEquals("1", rank.what()); // the rank reached; the output says "rank 1" or "排名 1"
    assertEquals(new BigDecimal("90.00"), rank.published());
    assertEquals(20, rank.gap(), 1e-9);
    Explanation.Target grade = explanation.nextGrade().orElseThrow();
    assertEquals("A", grade.what());
    assertEquals(5, grade.gap(), 1e-9);
    List<Explanation.Change> changes = explanation.changesSince(plan.evaluate(data(true), Q3));
    assertEquals(List.of(new Explanation.Change("a", 48, 42), new Explanation.Change("b", 32, 28)), changes);
    assertTrue(Explanation.of(q4, "U3").nextRank().isEmpty());
  }
}
