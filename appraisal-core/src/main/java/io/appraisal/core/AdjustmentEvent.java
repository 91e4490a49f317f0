package io.appraisal.core;

import static io.appraisal.core.InvalidArgumentException.check;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * That an adjustment item happened to a unit in a period, {@code count} times.
 *
 * @param unit the unit id
 * @param period the period
 * @param item the {@link AdjustmentItem} id
 * @param count how many occurrences (positive)
 * @param note why, shown in the result
 */
@API(status = STABLE, since = "0.1")
public record AdjustmentEvent(String unit, Period period, String item, int count, String note) {
  public AdjustmentEvent {
    requireNonNull(unit, "unit");
    requireNonNull(period, "period");
    requireNonNull(item, "item");
    requireNonNull(note, "note");
    check(count > 0, "problem.core.argument.count", count);
  }
}
