package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Indicator frequency (考核频次) worked by hand: a quarterly leaf a (60 points) and a yearly leaf y (40 points), both
 * linear from 0 to 100, under a sum root; the annual result is the mean of the quarters.
 */
class FrequencyTest {
  private static final int YEAR = 2022;
  private static final AppraisalEngine ENGINE = TestRules.engine();

  /** @param frequencyOfY y's frequency, or null to leave it unset */
  private static Policy policy(Frequency frequencyOfY) {
    Indicator.Builder y = Indicator.leaf("y", "y", linear(0, 100)).points(40);
    if (frequencyOfY != null) {
      y.frequency(frequencyOfY);
    }
    return Policy.builder("frequency-test")
        .category("c", "category")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("a", "a", linear(0, 100)).points(60))
            .child(y)
            .build())
        .annual(AnnualRollup.quartersOnly(AnnualRollup.MissingQuarter.FAIL))
        .build();
  }

  /** U1: a = 50, 60, 70, 80 in Q1..Q4 and y = 100 in Q4; U2: a = 80 every quarter and y = 0 in Q4. */
  private static Dataset.Builder data() {
    Dataset.Builder data = Dataset.builder().unit(Unit.of("U1", "one", "c")).unit(Unit.of("U2", "two", "c"));
    for (int q = 1; q <= 4; q++) {
      Period period = Period.quarter(YEAR, q);
      data.value("U1", period, "a", 40 + 10 * q).value("U2", period, "a", 80);
    }
    Period q4 = Period.quarter(YEAR, 4);
    return data.value("U1", q4, "y", 100).value("U2", q4, "y", 0);
  }

  /*
   * Q1: y is not due, so the maximum is a's 60: U1 30 / 60 → 50, U2 48 / 60 → 80 (U2 first).
   * Q4: U1 48 + 40 = 88 / 100 → 88, U2 48 + 0 = 48 / 100 → 48 (U1 first).
   */
  @Test
  void aYearlyItemIsNotApplicableInTheFirstThreeQuartersAndScoredInTheFourth() {
    CompiledPolicy plan = ENGINE.compile(policy(Frequency.YEARLY));
    Dataset data = data().build();
    AppraisalResult q1 = plan.evaluate(data, Period.quarter(YEAR, 1));
    UnitResult u1 = q1.unit("U1").orElseThrow();
    assertEquals(50, u1.scoreRate(), 1e-9);
    assertEquals(60, u1.maxPoints(), 1e-12);
    assertEquals(IndicatorScore.Status.NOT_APPLICABLE, u1.indicator("y").orElseThrow().status());
    assertEquals(80, q1.unit("U2").orElseThrow().scoreRate(), 1e-9);
    assertEquals(List.of(), q1.notes());

    AppraisalResult q4 = plan.evaluate(data, Period.quarter(YEAR, 4));
    assertEquals(88, q4.unit("U1").orElseThrow().scoreRate(), 1e-9);
    assertEquals(IndicatorScore.Status.SCORED, q4.unit("U1").orElseThrow().indicator("y").orElseThrow().status());
    assertEquals(48, q4.unit("U2").orElseThrow().scoreRate(), 1e-9);
    assertEquals(List.of("U1", "U2"), q4.ranking().stream().map(UnitResult::id).toList());
  }

  /*
   * Quarterly rates: U1 50, 60, 70, 88 → mean 268 / 4 = 67; U2 80, 80, 80, 48 → 288 / 4 = 72.
   * y's annual points are its Q4 points (the one quarter it is due in): U1 40 of 40, U2 0 of 40; a's are the
   * mean of four: U1 (30 + 36 + 42 + 48) / 4 = 39 of 60. The root's are the mean of its quarterly points:
   * U1 (30 + 36 + 42 + 88) / 4 = 49 of (60 + 60 + 60 + 100) / 4 = 70.
   */
  @Test
  void theAnnualRollUpShowsAYearlyItemWithItsFourthQuarterPoints() {
    AppraisalResult year = ENGINE.compile(policy(Frequency.YEARLY))
        .evaluateYear(data().build(), YEAR, CorrectionLog.empty());
    UnitResult u1 = year.unit("U1").orElseThrow();
    assertEquals(67, u1.scoreRate(), 1e-9);
    assertEquals(40, u1.indicator("y").orElseThrow().score(), 1e-12);
    assertEquals(40, u1.indicator("y").orElseThrow().max(), 1e-12);
    assertEquals(39, u1.indicator("a").orElseThrow().score(), 1e-12);
    assertEquals(49, u1.points(), 1e-12);
    assertEquals(70, u1.maxPoints(), 1e-12);
    UnitResult u2 = year.unit("U2").orElseThrow();
    assertEquals(72, u2.scoreRate(), 1e-9);
    assertEquals(0, u2.indicator("y").orElseThrow().score(), 1e-12);
    assertEquals(40, u2.indicator("y").orElseThrow().max(), 1e-12);
    assertEquals(List.of("U2", "U1"), year.ranking().stream().map(UnitResult::id).toList());
  }

  /* Half-yearly: due in Q2 and Q4. U1's y = 50 in Q2 → (36 + 20) / 100 = 56; in Q3 a alone, 42 / 60 → 70. */
  @Test
  void aHalfYearlyItemIsScoredInTheSecondAndFourthQuarters() {
    CompiledPolicy plan = ENGINE.compile(policy(Frequency.HALF_YEARLY));
    Dataset data = data().value("U1", Period.quarter(YEAR, 2), "y", 50).value("U2", Period.quarter(YEAR, 2), "y", 0)
        .build();
    assertEquals(56, plan.evaluate(data, Period.quarter(YEAR, 2)).unit("U1").orElseThrow().scoreRate(), 1e-9);
    assertEquals(70, plan.evaluate(data, Period.quarter(YEAR, 3)).unit("U1").orElseThrow().scoreRate(), 1e-9);
    // Its annual points are the mean of Q2 and Q4: U1 (20 + 40) / 2 = 30 of 40.
    UnitResult u1 = plan.evaluateYear(data, YEAR, CorrectionLog.empty()).unit("U1").orElseThrow();
    assertEquals(30, u1.indicator("y").orElseThrow().score(), 1e-12);
    assertEquals(40, u1.indicator("y").orElseThrow().max(), 1e-12);
  }

  @Test
  void aValueForAnItemThatIsNotDueIsAProblemNamingItsQuarters() {
    Dataset data = data().value("U2", Period.quarter(YEAR, 2), "y", 70).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ENGINE.compile(policy(Frequency.YEARLY)).evaluate(data, Period.quarter(YEAR, 2)));
    assertEquals(1, e.problems().size(), e.problems()::toString);
    Problem problem = e.problems().get(0);
    assertEquals("70", problem.value());
    assertEquals("indicator y is not due in period 2022-Q2: it is yearly, due in Q4", problem.message());
  }

  /* A yearly group makes its quarterly children yearly: in Q1 only a is scored. */
  @Test
  void aGroupsFrequencyHoldsForItsSubtree() {
    Policy policy = Policy.builder("nested")
        .category("c", "category")
        .indicators(Indicator.group("root", "root")
            .child(Indicator.leaf("a", "a", linear(0, 100)).points(60))
            .child(Indicator.group("g", "g").frequency(Frequency.YEARLY)
                .child(Indicator.leaf("y", "y", linear(0, 100)).points(40)))
            .build())
        .build();
    AppraisalResult q1 = ENGINE.compile(policy).evaluate(data().build(), Period.quarter(YEAR, 1));
    assertEquals(60, q1.unit("U1").orElseThrow().maxPoints(), 1e-12);
    assertEquals(IndicatorScore.Status.NOT_APPLICABLE, q1.unit("U1").orElseThrow().indicator("y").orElseThrow()
        .status());
  }

  /* Quarterly is the default: setting it changes nothing, not even the policy's hash; yearly does. */
  @Test
  void onlyAFrequencyOtherThanQuarterlyEntersThePolicysHash() {
    Policy plain = policy(null);
    assertEquals(Fingerprints.policy(plain), Fingerprints.policy(policy(Frequency.QUARTERLY)));
    assertNotEquals(Fingerprints.policy(plain), Fingerprints.policy(policy(Frequency.YEARLY)));
    assertTrue(Fingerprints.policyText(policy(Frequency.YEARLY)).contains("\tfrequency=\"YEARLY\""));
  }

  @Test
  void theFrequencyIsSetOnce() {
    Indicator.Builder builder = Indicator.leaf("y", "y", linear(0, 100)).frequency(Frequency.YEARLY);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder.frequency(Frequency.YEARLY));
    assertEquals("frequency of y was already set to YEARLY", e.getMessage());
  }

  /** The due quarters are nested: what is due yearly is due half-yearly, and that is due quarterly. */
  @Property
  void dueQuartersAreNested(@ForAll @IntRange(min = 0, max = 4) int quarter) {
    Period period = new Period(YEAR, quarter);
    assertTrue(Frequency.QUARTERLY.dueIn(period));
    if (Frequency.YEARLY.dueIn(period)) {
      assertTrue(Frequency.HALF_YEARLY.dueIn(period));
    }
    assertEquals(quarter == 0 || quarter == 4, Frequency.YEARLY.dueIn(period));
    assertEquals(quarter % 2 == 0, Frequency.HALF_YEARLY.dueIn(period));
    assertFalse(quarter == 1 && Frequency.HALF_YEARLY.dueIn(period));
  }
}
