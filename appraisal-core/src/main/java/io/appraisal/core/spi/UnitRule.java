package io.appraisal.core.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.appraisal.core.Direction;
import org.apiguardian.api.API;

/** A rule that scores each unit from its own raw value alone; implementers write one method. */
@API(status = STABLE, since = "0.1")
public abstract class UnitRule implements Rule {
  @Override
  public final boolean populationRelative() {
    return false;
  }

  /** The points for one raw value, in {@code [0, maxPoints]}. */
  protected abstract double points(double raw, double maxPoints, Direction direction);

  @Override
  public final void score(double[] raw, double[] points, ScoringContext context) {
    double max = context.maxPoints();
    Direction direction = context.direction();
    for (int i = 0; i < raw.length; i++) {
      double value = raw[i];
      if (!Double.isNaN(value)) {
        points[i] = points(value, max, direction);
      }
    }
  }
}
