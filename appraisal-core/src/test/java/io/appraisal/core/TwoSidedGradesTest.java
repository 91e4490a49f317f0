package io.appraisal.core;

import static io.appraisal.core.TestRules.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two-sided grade bands, as the UNDP Gender Development Index groups countries by their distance from parity: group
 * 1 |1 − GDI| ≤ 0.025, group 2 ≤ 0.05, group 3 ≤ 0.075, group 4 ≤ 0.1, group 5 beyond. Hand values (the repository
 * holds no published GDI table), published at three decimals.
 */
class TwoSidedGradesTest {
  private static final Period Q = Period.quarter(2022, 4);
  static final GradeScheme GDI_GROUPS = GradeScheme.builder().target(1)
      .within("1", 0.025).within("2", 0.05).within("3", 0.075).within("4", 0.1).otherwise("5");

  /*
   * The index is the score rate: one leaf 0..2 → 0..2 points, scale 2, so the score rate is the raw value.
   * Distances from 1: A 0.975 → 0.025 (the bound is inclusive) → 1; B 1.025 → 0.025 above parity → 1; C 0.974 →
   * 0.026 → 2; D 1.05 → 0.05 → 2; E 0.925 → 0.075 → 3; F 0.9 → 0.1 → 4; G 0.899 → 0.101 → 5; H 1.2 → 0.2 → 5.
   * I 0.9745 publishes 0.975 (half up), and the published value is graded → 1.
   */
  @Test
  void gdiGroupsByDistanceFromParity() {
    Policy policy = Policy.builder("gdi").category("c", "countries").scale(2)
        .indicators(Indicator.leaf("gdi", "GDI", linear(0, 2)).points(2).build())
        .rounding(Rounding.of(3, RoundingMode.HALF_UP))
        .grades(GDI_GROUPS)
        .build();
    String[] ids = {"A", "B", "C", "D", "E", "F", "G", "H", "I"};
    double[] gdi = {0.975, 1.025, 0.974, 1.05, 0.925, 0.9, 0.899, 1.2, 0.9745};
    Dataset.Builder data = Dataset.builder();
    for (int i = 0; i < ids.length; i++) {
      data.unit(Unit.of(ids[i], ids[i], "c")).value(ids[i], Q, "gdi", gdi[i]);
    }
    AppraisalResult result = TestRules.engine().evaluate(policy, data.build(), Q);
    List<String> groups = result.ranking().stream().sorted(java.util.Comparator.comparing(UnitResult::id))
        .map(u -> u.grade().orElseThrow()).toList();
    assertEquals(List.of("1", "1", "2", "2", "3", "4", "5", "5", "1"), groups);
    assertEquals(new BigDecimal("0.975"), result.unit("I").orElseThrow().published());
    // The next grade of a two-sided scheme is not a score to rise to.
    assertEquals(Optional.empty(), Explanation.of(result, "C").nextGrade());
  }

  @Test
  void theClosenessIsWhatTheBandsAreComparedWith() {
    assertEquals(new BigDecimal("-0.026"), GDI_GROUPS.graded(new BigDecimal("0.974")));
    assertEquals(new BigDecimal("-0.025"), GDI_GROUPS.graded(new BigDecimal("1.025")));
    assertEquals(-0.05, GDI_GROUPS.bands().get(1).minScore());
    assertTrue(GDI_GROUPS.twoSided());
    GradeScheme oneSided = GradeScheme.builder().band("A", 90).otherwise("B");
    assertEquals(new BigDecimal("0.974"), oneSided.graded(new BigDecimal("0.974")));
  }

  @Test
  void aTwoSidedSchemeHasOrderedDistancesAndNoQuotas() {
    assertThrows(IllegalArgumentException.class,
        () -> GradeScheme.builder().target(1).within("1", 0.05).within("2", 0.025).otherwise("3"));
    assertThrows(IllegalArgumentException.class,
        () -> GradeScheme.builder().target(1).band("1", -0.05, 0.5).otherwise("2"));
    assertThrows(IllegalArgumentException.class,
        () -> GradeScheme.builder().target(1).within("1", -0.05).otherwise("2"));
    assertThrows(IllegalStateException.class, () -> GradeScheme.builder().within("1", 0.05));
  }
}
