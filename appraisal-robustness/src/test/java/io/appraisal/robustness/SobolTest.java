package io.appraisal.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SobolTest {
  /**
   * Y = 1·X₁ + 2·X₂ + 3·X₃ with X uniform on [0, 1] (variance 1/12 each): Var(Y) = (1 + 4 + 9)/12, so S_i =
   * w_i²/Σw² = 1/14, 4/14, 9/14, and S_Ti = S_i (no interactions).
   */
  @Test
  void reproducesTheIndicesOfALinearModelWithinItsReportedError() {
    double[] w = {1, 2, 3};
    List<Sobol.Index> indices = Sobol.analyse(3, 4_000, 11, 200, seeds -> {
      double y = 0;
      for (int i = 0; i < 3; i++) {
        y += w[i] * new SplittableRandom(seeds[i]).nextDouble();
      }
      return y;
    });
    for (int i = 0; i < 3; i++) {
      double analytic = w[i] * w[i] / 14;
      Sobol.Index index = indices.get(i);
      assertTrue(index.firstError() > 0 && index.firstError() < 0.05, "first-order error " + index);
      assertEquals(analytic, index.first(), 4 * index.firstError(), "S" + (i + 1));
      assertEquals(analytic, index.total(), 4 * index.totalError(), "ST" + (i + 1));
    }
  }

  /** Y = X₁·X₂ with X centred uniform: no first-order effect at all, all of the variance is the interaction. */
  @Test
  void aPureInteractionHasNoFirstOrderButFullTotalIndices() {
    List<Sobol.Index> indices = Sobol.analyse(2, 4_000, 3, 100, seeds ->
        (new SplittableRandom(seeds[0]).nextDouble() - 0.5) * (new SplittableRandom(seeds[1]).nextDouble() - 0.5));
    for (Sobol.Index index : indices) {
      assertEquals(0, index.first(), 4 * index.firstError() + 0.01);
      assertEquals(1, index.total(), 4 * index.totalError() + 0.01);
    }
  }

  @Test
  void anOutputThatDoesNotVaryHasNoIndices() {
    Sobol.Index index = Sobol.analyse(1, 10, 3, 10, seeds -> 5).get(0);
    assertTrue(Double.isNaN(index.first()) && Double.isNaN(index.total()));
  }

  /** Through the engine: only the exclusion factor moves the ranks, so it has all the variance. */
  @Test
  void throughTheEngineTheFactorThatMovesTheRanksGetsTheVariance() {
    SensitivityResult result = Fixtures.analysis(Fixtures.twoLeaves(), Fixtures.twoUnits(),
        Uncertainty.builder().factor("exclusion").exclude("b", 0.3).factor("tiny").relativeNoise("b", 0).build())
        .build().sensitivity(2_000, 100);
    assertEquals(List.of("exclusion", "tiny"), result.factors());
    Sobol.Index exclusion = result.meanAbsoluteShift().get(0);
    Sobol.Index tiny = result.meanAbsoluteShift().get(1);
    assertEquals(1, exclusion.first(), 4 * exclusion.firstError() + 1e-9);
    assertEquals(1, exclusion.total(), 4 * exclusion.totalError() + 1e-9);
    assertEquals(0, tiny.first(), 4 * tiny.firstError() + 1e-9);
    assertEquals(0, tiny.total(), 1e-12);
    assertEquals(1, result.rank(0).get(0).total(), 4 * result.rank(0).get(0).totalError() + 1e-9);
  }
}
