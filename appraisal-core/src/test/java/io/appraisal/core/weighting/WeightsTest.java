package io.appraisal.core.weighting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeightsTest {

  @Test
  void equalWeights() {
    assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, Weights.equal(4));
    assertArrayEquals(new double[] {1.0}, Weights.equal(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weights.equal(0));
    assertEquals("n must be at least 1 criterion, got 0", e.getMessage());
  }

  @Test
  void givenWeightsAreNormalisedCopies() {
    double[] raw = {2, 1, 1};
    double[] w = Weights.given(raw);
    assertArrayEquals(new double[] {0.5, 0.25, 0.25}, w, 1e-15);
    assertNotSame(raw, w);
    assertArrayEquals(new double[] {2, 1, 1}, raw);
    assertArrayEquals(new double[] {0, 1}, Weights.given(0, 3), 0);
    assertArrayEquals(new double[] {0.5, 0.5}, Weights.given(Double.MAX_VALUE, Double.MAX_VALUE), 1e-15);
  }

  @Test
  void givenWeightsRejectNegativeNanInfiniteAllZeroAndEmpty() {
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class, () -> Weights.given(1, -0.5, Double.NaN, Double.POSITIVE_INFINITY));
    String m = bad.getMessage();
    assertTrue(m.contains("weights[1] = -0.5 is negative"), m);
    assertTrue(m.contains("weights[2] is NaN"), m);
    assertTrue(m.contains("weights[3] is infinite (Infinity)"), m);
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> Weights.given(0, 0.0));
    assertTrue(zero.getMessage().contains("all 2 weight(s) are zero"), zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Weights.given());
    assertThrows(NullPointerException.class, () -> Weights.given((double[]) null));
  }

  @Test
  void longProblemListsAreCapped() {
    double[] many = new double[40];
    java.util.Arrays.fill(many, -1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weights.given(many));
    assertTrue(e.getMessage().contains("weights[24] = -1.0 is negative"), e.getMessage());
    assertTrue(e.getMessage().contains("... and 15 more problem(s)"), e.getMessage());
  }
}
