package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/**
 * How published scores are rounded. Rounding applies to the decimal a person would read for the computed double
 * (its shortest representation, as {@link BigDecimal#valueOf(double)} gives), so 2.675 rounds half-up to 2.68.
 *
 * @param scale decimals kept (0 to 9)
 * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} is not allowed
 */
@API(status = STABLE, since = "0.1")
public record Rounding(int scale, RoundingMode mode) {
  /** Two decimals, half up: the default of the library. */
  public static final Rounding DEFAULT = new Rounding(2, RoundingMode.HALF_UP);

  public Rounding {
    check(scale >= 0 && scale <= 9, "problem.core.argument.rounding-scale", scale);
    requireNonNull(mode, "mode");
    check(mode != RoundingMode.UNNECESSARY, "problem.core.argument.rounding-mode");
  }

  public static Rounding of(int scale, RoundingMode mode) {
    return new Rounding(scale, mode);
  }

  public BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(scale, mode);
  }
}
