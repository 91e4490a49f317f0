package io.appraisal.io.results;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.appraisal.core.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/**
 * How every output (CSV, JSON, the printed tables, {@code explain}, Excel, the HTML report) prints numbers: the same
 * digits on every JVM and in every locale, and one rule for each kind of number.
 *
 * <ul>
 *   <li>A <em>published</em> number (score rate, bonus, deduction, score, and every score shown beside them: an
 *       indicator's points, maximum and contribution) is rounded by the policy's {@link Rounding} and shows exactly
 *       its decimals ({@code 80.00}), never the unrounded double.
 *   <li>A <em>detail</em> number (a raw value as given, a rank under fractional ranking, a tolerance) keeps up to six
 *       decimals of the exact binary value, trailing zeros dropped ({@code 97.5}, {@code 0.333333}).
 * </ul>
 *
 * <p>Public for the other output modules (Excel, report, command line); not for applications.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Numbers {
  /** Decimals kept for unrounded detail values (raw values, points, contributions in JSON). */
  static final int DETAIL_SCALE = 6;

  private Numbers() {}

  /** A published number: rounded by the policy's rule, with exactly its scale ({@code 80.00}). */
  public static BigDecimal published(double value, Rounding rounding) {
    return rounding.round(value);
  }

  /** {@link #published(double, Rounding)} as text: {@code 80.00}, never with an exponent. */
  public static String publishedText(double value, Rounding rounding) {
    return text(published(value, rounding));
  }

  /** A number already rounded for publication, as text without exponent: {@code 80.00}. */
  public static String text(BigDecimal published) {
    return published.toPlainString();
  }

  /**
   * A signed published amount: {@code +3.00}, {@code -10.00} (with {@code minus} as the sign, {@code "-"} or the
   * typographic {@code "−"}), {@code ±0.00} for zero.
   */
  public static String signed(BigDecimal published, String minus) {
    String sign = published.signum() > 0 ? "+" : published.signum() < 0 ? minus : "±";
    return sign + text(published.abs());
  }

  /**
   * A detail number: the exact binary value rounded half-up to six decimals, trailing zeros dropped ({@code 97.5},
   * {@code 0.333333}); null for NaN. Independent of how the JVM prints doubles.
   */
  static BigDecimal detail(double value) {
    return decimal(value, DETAIL_SCALE);
  }

  /** {@link #detail(double)} as text; empty for NaN or an infinity. */
  public static String detailText(double value) {
    BigDecimal detail = detail(value);
    return detail == null ? "" : text(detail);
  }

  /**
   * The exact binary value rounded half-up to at most {@code decimals} decimals, trailing zeros dropped, as text
   * ({@code 0.25}, {@code 3}); for axis ticks and other figures that are not published scores. Empty for NaN.
   */
  public static String decimalText(double value, int decimals) {
    checkArgument(decimals >= 0 && decimals <= DETAIL_SCALE, "decimals must be in 0..%s but was: %s", DETAIL_SCALE,
        decimals);
    BigDecimal rounded = decimal(value, decimals);
    return rounded == null ? "" : text(rounded);
  }

  /** A weight as a percentage: 0.4 → {@code 40%}, 0.125 → {@code 12.5%}. */
  public static String percent(double fraction) {
    return text(strip(BigDecimal.valueOf(fraction).movePointRight(2))) + "%";
  }

  /** A rank: {@code 3}, or {@code 2.5} under fractional ranking. */
  static BigDecimal rank(double rank) {
    return detail(rank);
  }

  private static BigDecimal decimal(double value, int decimals) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    return strip(new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP));
  }

  private static BigDecimal strip(BigDecimal value) {
    requireNonNull(value, "value");
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? BigDecimal.ZERO : stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
