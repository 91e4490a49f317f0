package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One adjustment event as applied to a unit's score.
 *
 * @param item the adjustment item id
 * @param kind bonus, deduction or veto
 * @param count occurrences
 * @param requested points before any cap ({@code count × pointsEach})
 * @param applied points actually added or taken (positive for both); 0 for a veto
 * @param capNote empty, or which cap cut the points ({@code "item cap 2"}, {@code "total bonus cap 3"})
 * @param note the event's note from the data
 */
@API(status = STABLE, since = "0.1")
public record AppliedAdjustment(
    String item, AdjustmentKind kind, int count, double requested, double applied, String capNote, String note) {
  public AppliedAdjustment {
    requireNonNull(item, "item");
    requireNonNull(kind, "kind");
    requireNonNull(capNote, "capNote");
    requireNonNull(note, "note");
  }

  public boolean wasCapped() {
    return !capNote.isEmpty();
  }
}
