package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/** The closed interval a raw value must lie in; either end may be infinite. */
@API(status = STABLE, since = "0.1")
public record ValueRange(double min, double max) {
  public static final ValueRange ANY = new ValueRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  public static final ValueRange NON_NEGATIVE = new ValueRange(0, Double.POSITIVE_INFINITY);
  public static final ValueRange PERCENT = new ValueRange(0, 100);
  public static final ValueRange YES_NO = new ValueRange(0, 1);

  public ValueRange {
    check(!Double.isNaN(min) && !Double.isNaN(max), "problem.core.argument.range-nan");
    check(min < max, "problem.core.argument.range-order", min, max);
  }

  public static ValueRange of(double min, double max) {
    return new ValueRange(min, max);
  }

  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%s, %s]", bound(min), bound(max));
  }

  private static String bound(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "+inf" : "-inf";
    }
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
