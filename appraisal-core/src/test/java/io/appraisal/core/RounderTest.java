package io.appraisal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** {@link Rounder} against {@link Rounding#round} on values where binary doubles mislead. */
class RounderTest {
  private static long key(int scale, RoundingMode mode, double value) {
    return new Rounder(Rounding.of(scale, mode)).key(value);
  }

  private static void agree(int scale, RoundingMode mode, double value, String expected) {
    BigDecimal exact = Rounding.of(scale, mode).round(value);
    assertEquals(new BigDecimal(expected), exact, "Rounding.round(" + value + ") " + mode);
    assertEquals(exact.unscaledValue().longValueExact(), key(scale, mode, value),
        "Rounder.key(" + value + ") " + mode + " at scale " + scale);
  }

  @Test
  void halfUpRoundsTheDecimalAPersonReads() {
    // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875; 2.675 * 100 = 267.49999999999997.
    // Rounding applies to the shortest representation "2.675", so half-up gives 2.68 (key 268), not 2.67.
    agree(2, RoundingMode.HALF_UP, 2.675, "2.68");
    // 1.005 is stored as 1.00499999999999989...; 1.005 * 100 = 100.49999999999999 -> still 1.01
    agree(2, RoundingMode.HALF_UP, 1.005, "1.01");
    // 0.125 is exact in binary; half-up -> 0.13
    agree(2, RoundingMode.HALF_UP, 0.125, "0.13");
    // not near a boundary: the fast path
    agree(2, RoundingMode.HALF_UP, 2.6749, "2.67");
    agree(2, RoundingMode.HALF_UP, 2.6751, "2.68");
    agree(2, RoundingMode.HALF_UP, 89.995, "90.00");
    agree(2, RoundingMode.HALF_UP, 0, "0.00");
  }

  @Test
  void halfEvenAndHalfDown() {
    // 0.125 -> the even neighbour 0.12; 0.135 -> 0.14; 0.145 (stored 0.14499999999999999) -> 0.14
    agree(2, RoundingMode.HALF_EVEN, 0.125, "0.12");
    agree(2, RoundingMode.HALF_EVEN, 0.135, "0.14");
    agree(2, RoundingMode.HALF_EVEN, 0.145, "0.14");
    agree(2, RoundingMode.HALF_EVEN, 2.675, "2.68");
    agree(2, RoundingMode.HALF_DOWN, 2.675, "2.67");
    agree(2, RoundingMode.HALF_DOWN, 1.005, "1.00");
    agree(2, RoundingMode.HALF_DOWN, 1.0051, "1.01");
    // scale 0: 2.5 -> 2 and 3.5 -> 4 half-even; 2.5 -> 3 half-up; 2.5 -> 2 half-down
    agree(0, RoundingMode.HALF_EVEN, 2.5, "2");
    agree(0, RoundingMode.HALF_EVEN, 3.5, "4");
    agree(0, RoundingMode.HALF_UP, 2.5, "3");
    agree(0, RoundingMode.HALF_DOWN, 2.5, "2");
  }

  @Test
  void negativeValues() {
    // half-up rounds half away from zero: -2.675 -> -2.68; half-down towards zero: -2.67
    agree(2, RoundingMode.HALF_UP, -2.675, "-2.68");
    agree(2, RoundingMode.HALF_DOWN, -2.675, "-2.67");
    agree(2, RoundingMode.HALF_EVEN, -0.125, "-0.12");
    agree(2, RoundingMode.HALF_UP, -1.234, "-1.23");
    agree(2, RoundingMode.HALF_UP, -1.236, "-1.24");
    agree(0, RoundingMode.HALF_UP, -2.5, "-3");
    // FLOOR goes down, CEILING up, DOWN towards zero, UP away from zero
    agree(2, RoundingMode.FLOOR, -1.231, "-1.24");
    agree(2, RoundingMode.CEILING, -1.239, "-1.23");
    agree(2, RoundingMode.DOWN, -1.239, "-1.23");
    agree(2, RoundingMode.UP, -1.231, "-1.24");
  }

  @Test
  void directedModesOnValuesJustBelowTheirDecimal() {
    // 0.29 * 100 = 28.999999999999996 in binary; FLOOR of the decimal 0.29 must stay 0.29 (key 29), not 0.28
    agree(2, RoundingMode.FLOOR, 0.29, "0.29");
    agree(2, RoundingMode.DOWN, 0.29, "0.29");
    agree(2, RoundingMode.CEILING, 0.29, "0.29");
    agree(2, RoundingMode.UP, 0.29, "0.29");
    agree(2, RoundingMode.FLOOR, -0.29, "-0.29");
    // 0.57 * 100 = 56.99999999999999
    agree(2, RoundingMode.FLOOR, 0.57, "0.57");
    // 1.1 * 100 = 110.00000000000001: CEILING must not give 1.11
    agree(2, RoundingMode.CEILING, 1.1, "1.10");
    agree(2, RoundingMode.UP, 1.1, "1.10");
    // genuinely between two decimals
    agree(2, RoundingMode.FLOOR, 0.291, "0.29");
    agree(2, RoundingMode.CEILING, 0.291, "0.30");
    agree(2, RoundingMode.DOWN, 0.299, "0.29");
    agree(2, RoundingMode.UP, 0.291, "0.30");
  }

  @Test
  void largeValuesTakeTheExactPath() {
    // 1e8 * 100 = 1e10 is beyond the fast limit 1e9
    agree(2, RoundingMode.HALF_UP, 123_456_789.125, "123456789.13");
    agree(2, RoundingMode.FLOOR, 123_456_789.129, "123456789.12");
    agree(9, RoundingMode.HALF_EVEN, 0.1234567895, "0.123456790");
  }

  @Test
  void thresholdKeyIsTheSmallestKeyPublishedAtOrAboveTheThreshold() {
    Rounder rounder = new Rounder(Rounding.DEFAULT);
    // 90 -> 90.00 -> 9000
    assertEquals(9000, rounder.thresholdKey(90));
    // 89.995 -> 8999.5 -> ceiling 9000: 89.99 < 89.995 <= 90.00
    assertEquals(9000, rounder.thresholdKey(89.995));
    assertEquals(8999, rounder.thresholdKey(89.99));
    // 89.991 -> 8999.1 -> 9000
    assertEquals(9000, rounder.thresholdKey(89.991));
    // 0.29 must not become 28.999... -> 29
    assertEquals(29, rounder.thresholdKey(0.29));
    // -5.001 -> -500.1 -> ceiling -500: -5.00 >= -5.001 but -5.01 is not
    assertEquals(-500, rounder.thresholdKey(-5.001));
    assertEquals(0, rounder.thresholdKey(0));
    Rounder whole = new Rounder(Rounding.of(0, RoundingMode.HALF_UP));
    assertEquals(60, whole.thresholdKey(59.5));
    assertEquals(60, whole.thresholdKey(60));
  }

  @Test
  void publishedCarriesTheScale() {
    Rounder rounder = new Rounder(Rounding.DEFAULT);
    assertEquals(new BigDecimal("90.00"), rounder.published(9000));
    assertEquals(new BigDecimal("-0.05"), rounder.published(-5));
    assertEquals(new BigDecimal("7"), new Rounder(Rounding.of(0, RoundingMode.FLOOR)).published(7));
  }

  @Test
  void roundingRejectsBadSettings() {
    IllegalArgumentException unnecessary =
        assertThrows(IllegalArgumentException.class, () -> Rounding.of(2, RoundingMode.UNNECESSARY));
    assertEquals("rounding mode UNNECESSARY cannot publish a score", unnecessary.getMessage());
    IllegalArgumentException scale =
        assertThrows(IllegalArgumentException.class, () -> Rounding.of(10, RoundingMode.HALF_UP));
    assertEquals("scale must be in 0..9 but was: 10", scale.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Rounding.of(-1, RoundingMode.HALF_UP));
  }
}
