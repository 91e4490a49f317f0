package io.appraisal.core;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apiguardian.api.API;

/** The append-only log of corrections (复核). Immutable: {@link #append} returns a new log. */
@API(status = STABLE, since = "0.1")
public final class CorrectionLog {
  private static final CorrectionLog EMPTY = new CorrectionLog(ImmutableList.of());

  private final ImmutableList<Correction> entries;

  private CorrectionLog(ImmutableList<Correction> entries) {
    this.entries = entries;
  }

  public static CorrectionLog empty() {
    return EMPTY;
  }

  public static CorrectionLog of(List<Correction> entries) {
    return new CorrectionLog(ImmutableList.copyOf(entries));
  }

  public CorrectionLog append(Correction correction) {
    requireNonNull(correction, "correction");
    return new CorrectionLog(ImmutableList.<Correction>builder().addAll(entries).add(correction).build());
  }

  /** Every entry, oldest first. */
  public List<Correction> entries() {
    return entries;
  }

  /** The entries for one period, oldest first. */
  public List<Correction> entries(Period period) {
    return entries.isEmpty() ? entries
        : entries.stream().filter(c -> c.period().equals(period)).collect(ImmutableList.toImmutableList());
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CorrectionLog log && log.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "CorrectionLog" + entries;
  }
}
