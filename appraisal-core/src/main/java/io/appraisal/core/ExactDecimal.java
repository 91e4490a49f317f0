package io.appraisal.core;

import java.math.BigDecimal;

/**
 * The exact decimal value of a double, plain, without trailing zeros: the spelling of numbers in the canonical forms
 * of docs/PROVENANCE.md, the same text as {@code new BigDecimal(d).stripTrailingZeros().toPlainString()} but
 * without a {@code BigDecimal} or {@code BigInteger} per value, because the data hash spells every raw value (six
 * million of them for 200,000 units × 30 indicators).
 *
 * <p>A finite non-zero double is {@code m × 2^e} with an odd integer {@code m < 2^53}. For {@code e < 0} that is
 * {@code m × 5^-e / 10^-e}: the digits of the integer {@code m × 5^-e}, with the point {@code -e} places from the
 * right. Its last digit is 5 (an odd number times a power of 5), so nothing needs stripping. The integer is held in
 * base 10^9 limbs and multiplied by powers of 5 that fit one limb; integers of at most 63 bits are printed as longs,
 * larger ones (beyond 9.2e18, rare in appraisal data) through {@code BigDecimal}.
 */
final class ExactDecimal {
  private static final int BASE = 1_000_000_000;
  /** 5^13, the largest power of 5 below the base. */
  private static final int FIVE_13 = 1_220_703_125;
  private static final int[] FIVES = new int[14];

  static {
    FIVES[0] = 1;
    for (int i = 1; i < FIVES.length; i++) {
      FIVES[i] = FIVES[i - 1] * 5;
    }
  }

  private ExactDecimal() {}

  /**
   * Appends the spelling of {@code value} to {@code out}: {@code 0} for both zeros, {@code NaN}, {@code Infinity},
   * {@code -Infinity}, otherwise the exact decimal as described above.
   */
  static void append(double value, StringBuilder out) {
    if (Double.isNaN(value)) {
      out.append("NaN");
      return;
    }
    if (Double.isInfinite(value)) {
      out.append(value > 0 ? "Infinity" : "-Infinity");
      return;
    }
    if (value == 0) {
      out.append('0');
      return;
    }
    long bits = Double.doubleToRawLongBits(value);
    int biased = (int) ((bits >>> 52) & 0x7ff);
    long fraction = bits & 0xf_ffff_ffff_ffffL;
    long m = biased == 0 ? fraction : fraction | (1L << 52);
    int e = (biased == 0 ? 1 : biased) - 1075;
    int zeros = Long.numberOfTrailingZeros(m);
    m >>>= zeros;
    e += zeros;
    if (value < 0) {
      out.append('-');
    }
    if (e >= 0) {
      if (64 - Long.numberOfLeadingZeros(m) + e <= 63) {
        out.append(m << e);
      } else {
        out.append(new BigDecimal(Math.abs(value)).toPlainString());
      }
      return;
    }
    fraction(m, -e, out);
  }

  /** Appends {@code m / 2^k} for odd {@code m} and {@code k > 0}: the digits of {@code m × 5^k}, point inserted. */
  private static void fraction(long m, int k, StringBuilder out) {
    // m × 5^k has at most 53 + k·log2(5) bits; a limb holds log2(10^9) ≈ 29.9 of them.
    int[] limbs = new int[(53 + k * 7 / 3 + 1) / 29 + 2];
    limbs[0] = (int) (m % BASE);
    limbs[1] = (int) (m / BASE); // m < 2^53 < 10^18: two limbs
    int used = limbs[1] != 0 ? 2 : 1;
    for (int left = k; left > 0; left -= 13) {
      long factor = left >= 13 ? FIVE_13 : FIVES[left];
      long carry = 0;
      for (int i = 0; i < used; i++) {
        long product = limbs[i] * factor + carry;
        limbs[i] = (int) (product % BASE);
        carry = product / BASE;
      }
      while (carry != 0) {
        limbs[used++] = (int) (carry % BASE);
        carry /= BASE;
      }
    }
    char[] digits = new char[9 * used];
    for (int limb = 0, at = digits.length; limb < used; limb++) {
      for (int i = 0, v = limbs[limb]; i < 9; i++, v /= 10) {
        digits[--at] = (char) ('0' + v % 10);
      }
    }
    int first = 0;
    while (digits[first] == '0') {
      first++;
    }
    int whole = digits.length - first - k; // digits before the point
    if (whole <= 0) {
      out.append("0.");
      for (int i = whole; i < 0; i++) {
        out.append('0');
      }
      out.append(digits, first, digits.length - first);
    } else {
      out.append(digits, first, whole).append('.').append(digits, first + whole, k);
    }
  }
}
