package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Denomination: a leaf scores its raw value divided by another raw input of the same unit and period, times {@code
 * per} ("cases per 10,000 population": {@code input = pop, per = 10000}), so units of different sizes compare. The
 * input is a column of the data (it need not be an indicator of the tree). A missing or zero denominator, where the
 * leaf has a value, is a problem located at the value or the denominator.
 *
 * @param input the id of the data column divided by
 * @param per the multiplier of the quotient (positive; 1 for a plain ratio)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Denominator(String input, double per) {
  public Denominator {
    requireNonNull(input, "input");
    check(!input.isBlank(), "problem.core.argument.denominator-input-blank");
    check(Double.isFinite(per) && per > 0, "problem.core.argument.denominator-per", per);
  }

  /**
   * {@code value × per / denominator}, multiplied first: counts times a round {@code per} are exact, so 30 cases in
   * 200,000 people are exactly 1.5 per 10,000.
   */
  public double apply(double value, double denominator) {
    return value * per / denominator;
  }
}
