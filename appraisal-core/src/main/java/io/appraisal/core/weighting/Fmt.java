package io.appraisal.core.weighting;

import java.util.Locale;

/** Locale-independent number formatting for messages and {@code toString}. */
final class Fmt {

  private Fmt() {}

  /** The exact shortest decimal form of {@code v} ({@link Double#toString} never depends on the locale). */
  static String num(double v) {
    return Double.toString(v);
  }

  /** {@code v} with four decimals, always with a '.' separator and ASCII digits. */
  static String fixed4(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** {@code v} with two decimals, always with a '.' separator and ASCII digits. */
  static String fixed2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** What is wrong with a non-finite value: "is NaN" or "is infinite (Infinity)". */
  static String nonFinite(double v) {
    return Double.isNaN(v) ? "is NaN" : "is infinite (" + num(v) + ")";
  }
}
