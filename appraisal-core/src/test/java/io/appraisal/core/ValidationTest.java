package io.appraisal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One dataset with many problems at once, against the tiny policy of {@link EndToEndTest} (i1 has range [0, 100];
 * i2 applies to category A, i3 to category B; every value is required). Every problem is reported, with the file,
 * line, field and value, and evaluate() throws with the same list.
 */
class ValidationTest {
  private static final Period Q = EndToEndTest.Q;
  private static final String FILE = "fake.csv";

  private static Origin line(long line) {
    return new Origin(FILE, line);
  }

  static Dataset broken() {
    return Dataset.builder().source(FILE)
        .unit(Unit.of("a1", "Unit A1", "A"), line(2))
        .unit(Unit.of("a2", "Unit A2", "A"), line(3))
        .unit(Unit.of("x1", "Unit X1", "ZZ"), line(4))            // unknown category
        .unit(Unit.of("x2", "Unit X2", ""), line(5))              // empty category
        .unit(Unit.of("a1", "Again", "B"), line(6))               // duplicate unit id
        .value("a1", Q, "i1", 90, line(10))
        .value("a1", Q, "i2", 9, line(11))
        .value("a1", Q, "i4", 90, line(12))
        .value("a1", Q, "i4", 80, line(13))                       // duplicate value
        .value("a2", Q, "i1", 150, line(14))                      // outside [0, 100]
        .value("a2", Q, "i2", Double.POSITIVE_INFINITY, line(15)) // non-finite; so a2's i2 is also missing
        .value("a2", Q, "i4", 70, line(16))
        .value("ghost", Q, "i1", 50, line(17))                    // unknown unit
        .value("a1", Q, "i9", 5, line(18))                        // unknown indicator
        .value("x1", Q, "i1", 50, line(19))
        .value("x1", Q, "i4", 50, line(20))
        .value("x2", Q, "i1", 50, line(21))
        .value("x2", Q, "i4", 50, line(22))
        .value("a1", Q, "i3", 10, line(23))                       // i3 does not apply to category A
        .event(new AdjustmentEvent("a1", Q, "lottery", 1, "won"), line(30))   // unknown adjustment item
        .event(new AdjustmentEvent("a2", Q, "draft", 1, "fine"), line(31))
        .event(new AdjustmentEvent("a2", Q.previous(), "lottery", 1, "other quarter: not checked"), line(32))
        .build();
  }

  /** In the order found: problems found while building, then unit categories, indicators, events, leaf by leaf. */
  private static final List<Problem> EXPECTED = List.of(
      new Problem(FILE, 6, "id", "a1", "duplicate unit id (first given at fake.csv:2)"),
      new Problem(FILE, 13, "value", "80.0",
          "duplicate value for unit a1, period 2022-Q4, indicator i4 (first given at fake.csv:12)"),
      new Problem(FILE, 15, "value", "Infinity", "value must be a finite number"),
      new Problem(FILE, 17, "unit", "ghost", "unknown unit"),
      new Problem(FILE, 4, "category", "ZZ", "unknown category of unit x1; the policy has [A, B]"),
      new Problem(FILE, 5, "category", "", "unit x2 has no category"),
      new Problem(FILE, 18, "indicator", "i9", "unknown indicator"),
      new Problem(FILE, 30, "item", "lottery",
          "unknown adjustment item; the policy has [draft, demo, notice, fraud, illegal]"),
      new Problem(FILE, 14, "value", "150", "outside the range [0, 100] of indicator i1"),
      new Problem(FILE, 0, "value", "", "required value missing for unit a2, period 2022-Q4, indicator i2"),
      new Problem(FILE, 23, "value", "10", "indicator i3 does not apply to unit a1 (category A)"));

  @Test
  void validateReportsEveryProblemWithItsLocation() {
    CompiledPolicy plan = TestRules.engine().compile(EndToEndTest.policy());
    assertEquals(EXPECTED, Unkeyed.problems(plan.validate(broken(), Q)));
  }

  @Test
  void evaluateThrowsWithTheSameProblems() {
    CompiledPolicy plan = TestRules.engine().compile(EndToEndTest.policy());
    Dataset data = broken();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan.evaluate(data, Q));
    assertEquals(EXPECTED, Unkeyed.problems(e.problems()));
    assertEquals(plan.validate(data, Q), e.problems());
    String message = e.getMessage();
    assertTrue(message.startsWith("11 problems in the input:"), message);
    assertTrue(message.contains(System.lineSeparator()
        + "  fake.csv:14: field 'value' = '150': outside the range [0, 100] of indicator i1"), message);
    assertTrue(message.contains(System.lineSeparator()
        + "  fake.csv: field 'value': required value missing for unit a2, period 2022-Q4, indicator i2"), message);
  }

  @Test
  void theDatasetKeepsItsOwnProblems() {
    Dataset data = broken();
    assertEquals(EXPECTED.subList(0, 4), Unkeyed.problems(data.problems()));
    assertEquals(4, data.size());
    assertEquals(-1, data.indexOf("ghost"));
    // the first value given is kept
    assertEquals(90, data.value("a1", Q, "i4").orElseThrow());
    assertTrue(data.value("a2", Q, "i2").isEmpty());
  }

  @Test
  void aPeriodWithoutValues() {
    CompiledPolicy plan = TestRules.engine().compile(EndToEndTest.policy());
    Dataset data = Dataset.builder().source(FILE).unit(Unit.of("a1", "A1", "A"))
        .value("a1", Q, "i1", 1).value("a1", Q, "i2", 1).value("a1", Q, "i4", 1).build();
    Period other = Period.quarter(2021, 1);
    List<Problem> problems = Unkeyed.problems(plan.validate(data, other));
    assertEquals(Problem.of(FILE, "period", "2021-Q1", "no values for this period; the data has [2022-Q4]"),
        problems.get(0));
    // only that: a period without values is one problem, not one per required value as well
    assertEquals(1, problems.size());
  }

  @Test
  void valuesForAGroupIndicator() {
    CompiledPolicy plan = TestRules.engine().compile(EndToEndTest.policy());
    Dataset data = Dataset.builder().source(FILE).unit(Unit.of("a1", "A1", "A"))
        .value("a1", Q, "i1", 1).value("a1", Q, "i2", 1).value("a1", Q, "i4", 1)
        .value("a1", Q, "g1", 5, line(7)).build();
    assertEquals(List.of(new Problem(FILE, 7, "indicator", "g1",
        "indicator g1 is a group; values belong to its leaves")), Unkeyed.problems(plan.validate(data, Q)));
  }

  @Test
  void problemRendering() {
    assertEquals("f.csv:3: field 'x' = 'v': bad", new Problem("f.csv", 3, "x", "v", "bad").toString());
    assertEquals("f.csv: field 'x': bad", Problem.of("f.csv", "x", "", "bad").toString());
    assertEquals("policy p: bad", Problem.of("policy p", "", "", "bad").toString());
  }
}
