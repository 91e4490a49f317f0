package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradeSchemeTest {
  private static final Period Q = Period.quarter(2022, 1);

  /** One unit scoring 50 % (raw 50 on a linear 0..100 leaf) graded by {@code scheme}. */
  private static Optional<String> gradeOfFifty(GradeScheme scheme) {
    Policy policy = Policy.builder("graded").category("A", "A")
        .indicators(Indicator.leaf("x", "X", linear(0, 100)).points(10).build())
        .grades(scheme)
        .build();
    Dataset data = Dataset.builder().unit(Unit.of("u", "U", "A")).value("u", Q, "x", 50).build();
    return TestRules.engine().evaluate(policy, data, Q).unit("u").orElseThrow().grade();
  }

  @Test
  void bandsAreJudgedOnThePublishedScore() {
    // 50.00 >= 50 -> "pass"; a threshold of 50.001 needs published 50.01 -> "fail"
    assertEquals(Optional.of("pass"), gradeOfFifty(GradeScheme.builder().band("pass", 50).otherwise("fail")));
    assertEquals(Optional.of("fail"), gradeOfFifty(GradeScheme.builder().band("pass", 50.001).otherwise("fail")));
    // 49.996 rounds to 50.00 at two decimals: a 50.00 score meets it
    assertEquals(Optional.of("pass"), gradeOfFifty(GradeScheme.builder().band("pass", 49.996).otherwise("fail")));
  }

  @Test
  void schemeChecks() {
    InvalidArgumentException order = assertThrows(InvalidArgumentException.class,
        () -> GradeScheme.builder().band("a", 60).band("b", 80).otherwise("c"));
    assertEquals("grade bands must be ordered best first with decreasing minScore, but b (80.0) follows a (60.0)",
        order.getMessage());
    assertEquals("problem.core.argument.grade-order", order.key());
    assertEquals(List.of("b", "80.0", "a", "60.0"), order.arguments());
    assertEquals("等次须从高到低排列、最低分（minScore）依次递减，而等次 b（80.0）排在等次 a（60.0）之后",
        order.message(Locale.CHINESE));
    assertThrows(IllegalStateException.class, () -> GradeScheme.builder().otherwise("c"));
    assertThrows(IllegalArgumentException.class, () -> new Grade("a", 90, 0));
    assertThrows(IllegalArgumentException.class, () -> new Grade("a", 90, 1.5));
    assertThrows(IllegalArgumentException.class, () -> new Grade("a", Double.NaN, 1));
    assertThrows(IllegalArgumentException.class,
        () -> GradeScheme.builder().band("a", 90).quotaRounding(RoundingMode.UNNECESSARY).otherwise("b"));
    assertEquals(BigDecimal.ONE, BigDecimal.valueOf(Standing.quotaCount(0.25, 4,
        GradeScheme.builder().band("a", 1).otherwise("b"))));
  }

  /**
   * BUG (Standing line 38 / Rounder.thresholdKey line 54): {@link Grade} accepts any non-NaN minScore, including
   * -Infinity (a band open below) and very low finite ones, but evaluation then crashes in {@code
   * Rounder.thresholdKey}: {@code BigDecimal.valueOf(-Infinity)} throws NumberFormatException, and {@code
   * longValueExact()} of -1e30 × 100 throws ArithmeticException("Overflow"). Either Grade should reject such a
   * minScore when it is built, or the threshold key should saturate (every published score meets -Infinity).
   */
  @Test
  void aGradeBandOpenBelowIsRefusedWhenBuilt() {
    for (double open : new double[] {Double.NEGATIVE_INFINITY, -1e30}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> GradeScheme.builder().band("top", 90).band("any", open).otherwise("none"));
      assertEquals("minScore of grade any must be a finite number within ±1e12 but was: " + open, e.getMessage());
    }
  }

}
