package io.appraisal.robustness;

import io.appraisal.core.Unit;
import java.util.List;

/** Each unit's rank change (rank without the indicator − nominal rank) when one indicator is removed. */
public final class LeaveOneOut {
  private final List<Unit> units;
  private final List<String> indicators;
  private final double[][] shifts;

  LeaveOneOut(List<Unit> units, List<String> indicators, double[][] shifts) {
    this.units = units;
    this.indicators = List.copyOf(indicators);
    this.shifts = shifts;
  }

  /** The units, in dataset order. */
  public List<Unit> units() {
    return units;
  }

  /** The indicators removed one at a time, parents before children. */
  public List<String> indicators() {
    return indicators;
  }

  /** The rank change of the unit at dataset index {@code unit} without the {@code i}-th indicator. */
  public double shift(int i, int unit) {
    return shifts[i][unit];
  }

  /** The largest |rank change| of any unit without the {@code i}-th indicator. */
  public double maxAbsoluteShift(int i) {
    double max = 0;
    for (double shift : shifts[i]) {
      max = Math.max(max, Math.abs(shift));
    }
    return max;
  }
}
