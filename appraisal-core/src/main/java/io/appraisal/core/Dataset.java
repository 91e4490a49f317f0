package io.appraisal.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The units and their raw values per period and indicator, stored as one primitive column per (period,
 * indicator) with units indexed in the order they were added; plus adjustment events.
 *
 * <p>A value is present, missing (never given) or explicitly not applicable. Problems found while building
 * (a duplicate value, a value for an unknown unit, a non-finite number) do not throw: they are kept in {@link
 * #problems()} and reported together with every other problem when the dataset is validated against a policy.
 */
@API(status = STABLE, since = "0.1")
public final class Dataset {
  private final ImmutableList<Unit> units;
  private final ImmutableMap<String, Integer> unitIndex;
  private final ImmutableMap<Period, ImmutableMap<String, Column>> columns;
  private final ImmutableMap<Period, ImmutableMap<String, Column>> selfColumns;
  private final ImmutableList<AdjustmentEvent> events;
  private final ImmutableMap<Object, Origin> origins;
  private final Lines unitLines;
  private final ImmutableList<Problem> problems;
  private final String source;
  private volatile Profiles profiles;

  private Dataset(Dataset base, ImmutableMap<Period, ImmutableMap<String, Column>> columns) {
    this.units = base.units;
    this.unitIndex = base.unitIndex;
    this.columns = columns;
    this.selfColumns = base.selfColumns;
    this.events = base.events;
    this.origins = base.origins;
    this.unitLines = base.unitLines;
    this.problems = base.problems;
    this.source = base.source;
    this.profiles = base.profiles;
  }

  private Dataset(ImmutableList<Unit> units, ImmutableMap<String, Integer> unitIndex,
      ImmutableMap<Period, ImmutableMap<String, Column>> columns,
      ImmutableMap<Period, ImmutableMap<String, Column>> selfColumns, ImmutableList<AdjustmentEvent> events,
      ImmutableMap<Object, Origin> origins, Lines unitLines, ImmutableList<Problem> problems, String source) {
    this.units = units;
    this.unitIndex = unitIndex;
    this.columns = columns;
    this.selfColumns = selfColumns;
    this.events = events;
    this.origins = origins;
    this.unitLines = unitLines;
    this.problems = problems;
    this.source = source;
  }

  private Dataset(Builder builder, ImmutableMap<Period, ImmutableMap<String, Column>> columns,
      ImmutableMap<Period, ImmutableMap<String, Column>> selfColumns) {
    this.units = ImmutableList.copyOf(builder.units);
    this.unitIndex = ImmutableMap.copyOf(builder.unitIndex);
    this.columns = columns;
    this.selfColumns = selfColumns;
    this.events = ImmutableList.copyOf(builder.events);
    this.origins = ImmutableMap.copyOf(builder.origins);
    this.unitLines = builder.unitLines.trimmed();
    this.problems = ImmutableList.copyOf(builder.problems);
    this.source = builder.source;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The units, in index order. */
  public List<Unit> units() {
    return units;
  }

  public int size() {
    return units.size();
  }

  /** The index of a unit, or -1. */
  public int indexOf(String unitId) {
    Integer index = unitIndex.get(unitId);
    return index == null ? -1 : index;
  }

  /** The periods that have values or events, in order. */
  public NavigableSet<Period> periods() {
    ImmutableSortedSet.Builder<Period> periods = ImmutableSortedSet.naturalOrder();
    periods.addAll(columns.keySet());
    events.forEach(event -> periods.add(event.period()));
    return periods.build();
  }

  /** The indicator ids that have a column in {@code period}. */
  public NavigableSet<String> indicators(Period period) {
    return ImmutableSortedSet.copyOf(columns.getOrDefault(period, ImmutableMap.of()).keySet());
  }

  /** A unit's raw value, empty when missing or not applicable. */
  public OptionalDouble value(String unitId, Period period, String indicatorId) {
    Column column = column(period, indicatorId);
    int index = indexOf(unitId);
    if (column == null || index < 0 || Double.isNaN(column.values[index])) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(column.values[index]);
  }

  /** Whether the data says the indicator does not apply to the unit in the period. */
  public boolean isNotApplicable(String unitId, Period period, String indicatorId) {
    Column column = column(period, indicatorId);
    int index = indexOf(unitId);
    return column != null && index >= 0 && column.notApplicable.get(index);
  }

  /** The adjustment events, in the order added. */
  public List<AdjustmentEvent> events() {
    return events;
  }

  /** Problems found while building; validation reports them with every other problem. */
  public List<Problem> problems() {
    return problems;
  }

  /** The name of the data's source (a file name), used in problem messages. */
  public String source() {
    return source;
  }

  /**
   * Units grouped by what decides applicability (category and attributes), computed once per dataset so that
   * evaluation tests applicability per profile, not per unit.
   */
  Profiles profiles() {
    Profiles result = profiles;
    if (result == null) {
      Map<List<Object>, Integer> index = new HashMap<>();
      ImmutableList.Builder<Unit> exemplars = ImmutableList.builder();
      int[] ofUnit = new int[units.size()];
      for (int u = 0; u < ofUnit.length; u++) {
        Unit unit = units.get(u);
        Integer profile = index.get(List.of(unit.category(), unit.attributes()));
        if (profile == null) {
          profile = index.size();
          index.put(List.of(unit.category(), unit.attributes()), profile);
          exemplars.add(unit);
        }
        ofUnit[u] = profile;
      }
      result = new Profiles(ofUnit, exemplars.build());
      profiles = result;
    }
    return result;
  }

  /** The profile of each unit and one exemplar unit per profile. */
  static final class Profiles {
    final int[] ofUnit;
    final ImmutableList<Unit> exemplars;

    Profiles(int[] ofUnit, ImmutableList<Unit> exemplars) {
      this.ofUnit = ofUnit;
      this.exemplars = exemplars;
    }
  }

  /** A unit's self-assessed value (自评), empty when none was given. */
  public OptionalDouble selfAssessment(String unitId, Period period, String indicatorId) {
    Column column = selfColumn(period, indicatorId);
    int index = indexOf(unitId);
    if (column == null || index < 0 || Double.isNaN(column.values[index])) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(column.values[index]);
  }

  /** The indicator ids that have self-assessed values in {@code period}. */
  ImmutableSortedSet<String> selfAssessedIndicators(Period period) {
    return ImmutableSortedSet.copyOf(selfColumns.getOrDefault(period, ImmutableMap.of()).keySet());
  }

  /** Whether the unit self-assessed any indicator in the period. */
  boolean hasSelfAssessment(int unit, Period period) {
    return selfColumns.getOrDefault(period, ImmutableMap.of()).values().stream()
        .anyMatch(column -> !Double.isNaN(column.values[unit]));
  }

  /** The data with self-assessed values in place of verified ones for the period; null if there are none. */
  Dataset selfAssessed(Period period) {
    ImmutableMap<String, Column> self = selfColumns.get(period);
    if (self == null) {
      return null;
    }
    Map<ValueKey, Double> replacements = new HashMap<>();
    self.forEach((indicator, column) -> {
      for (int u = 0; u < column.values.length; u++) {
        if (!Double.isNaN(column.values[u])) {
          replacements.put(valueKey(units.get(u).id(), period, indicator), column.values[u]);
        }
      }
    });
    return withValues(replacements);
  }

  /**
   * A copy with values added for one period and indicator where the data has none, such as the values a panel
   * aggregates from rater scores ({@code io.appraisal.core.panel.Panels}); the columns not touched are shared.
   *
   * @throws IllegalArgumentException when a unit is unknown or already has a value (or NA) there
   */
  public Dataset withAddedValues(Period period, String indicatorId, Map<String, Double> byUnit) {
    requireNonNull(period, "period");
    requireNonNull(indicatorId, "indicatorId");
    Map<ValueKey, Double> added = new HashMap<>();
    byUnit.forEach((unitId, value) -> {
      checkArgument(indexOf(unitId) >= 0, "unknown unit: %s", unitId);
      checkArgument(value(unitId, period, indicatorId).isEmpty() && !isNotApplicable(unitId, period, indicatorId),
          "unit %s already has a value for %s in %s", unitId, indicatorId, period);
      checkArgument(Double.isFinite(value), "value of unit %s must be finite but was: %s", unitId, value);
      added.put(valueKey(unitId, period, indicatorId), value);
    });
    return withValues(added);
  }

  /**
   * The data of the units whose {@code keep} is true only, in the same order, with their values of every period and
   * their events (a panel's units present in one period).
   */
  Dataset only(boolean[] keep) {
    ImmutableList.Builder<Unit> kept = ImmutableList.builder();
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    int[] from = new int[units.size()];
    int size = 0;
    for (int u = 0; u < keep.length; u++) {
      if (keep[u]) {
        kept.add(units.get(u));
        index.put(units.get(u).id(), size);
        from[size++] = u;
      }
    }
    ImmutableList<AdjustmentEvent> keptEvents = events.stream()
        .filter(event -> !unitIndex.containsKey(event.unit()) || keep[unitIndex.get(event.unit())])
        .collect(ImmutableList.toImmutableList());
    return new Dataset(kept.build(), index.build(), slice(columns, from, size), slice(selfColumns, from, size),
        keptEvents, origins, unitLines.slice(from, size), problems, source);
  }

  private static ImmutableMap<Period, ImmutableMap<String, Column>> slice(
      ImmutableMap<Period, ImmutableMap<String, Column>> columns, int[] from, int size) {
    ImmutableMap.Builder<Period, ImmutableMap<String, Column>> sliced = ImmutableMap.builder();
    columns.forEach((period, byIndicator) -> {
      ImmutableMap.Builder<String, Column> byId = ImmutableMap.builder();
      byIndicator.forEach((indicator, column) -> {
        double[] values = new double[size];
        BitSet notApplicable = new BitSet();
        for (int u = 0; u < size; u++) {
          values[u] = column.values[from[u]];
          notApplicable.set(u, column.notApplicable.get(from[u]));
        }
        byId.put(indicator, new Column(values, notApplicable, column.lines.slice(from, size)));
      });
      sliced.put(period, byId.build());
    });
    return sliced.build();
  }

  /** A copy with some values replaced (corrections); the columns not touched are shared. */
  Dataset withValues(Map<ValueKey, Double> replacements) {
    Map<Period, Map<String, Column>> copy = new TreeMap<>();
    columns.forEach((period, byIndicator) -> copy.put(period, new TreeMap<>(byIndicator)));
    replacements.forEach((key, value) -> {
      Column column = copy.computeIfAbsent(key.period(), p -> new TreeMap<>()).computeIfAbsent(key.indicator(),
          i -> new Column(nanColumn(units.size()), new BitSet(), Lines.NONE));
      double[] values = column.values.clone();
      values[indexOf(key.unit())] = value;
      copy.get(key.period()).put(key.indicator(), new Column(values, column.notApplicable, column.lines));
    });
    ImmutableMap.Builder<Period, ImmutableMap<String, Column>> built = ImmutableMap.builder();
    copy.forEach((period, byIndicator) -> built.put(period, ImmutableMap.copyOf(byIndicator)));
    return new Dataset(this, built.build());
  }

  /**
   * A copy whose columns of {@code period} named in {@code values} hold those arrays instead (same length; the
   * marks and lines kept; a column the data lacks is added): a what-if's current values ({@link WhatIf}). The
   * arrays are not copied.
   */
  Dataset withColumnValues(Period period, Map<String, double[]> values) {
    ImmutableMap.Builder<Period, ImmutableMap<String, Column>> built = ImmutableMap.builder();
    Map<Period, Map<String, Column>> copy = new TreeMap<>();
    columns.forEach((p, byIndicator) -> copy.put(p, new TreeMap<>(byIndicator)));
    Map<String, Column> inPeriod = copy.computeIfAbsent(period, p -> new TreeMap<>());
    values.forEach((id, array) -> {
      Column column = inPeriod.get(id);
      inPeriod.put(id, column == null ? new Column(array, new BitSet(), Lines.NONE)
          : new Column(array, column.notApplicable, column.lines));
    });
    copy.forEach((p, byIndicator) -> built.put(p, ImmutableMap.copyOf(byIndicator)));
    return new Dataset(this, built.build());
  }

  Column column(Period period, String indicatorId) {
    ImmutableMap<String, Column> byIndicator = columns.get(period);
    return byIndicator == null ? null : byIndicator.get(indicatorId);
  }

  /** The self-assessed values of an indicator in a period, or null. */
  Column selfColumn(Period period, String indicatorId) {
    ImmutableMap<String, Column> byIndicator = selfColumns.get(period);
    return byIndicator == null ? null : byIndicator.get(indicatorId);
  }

  ImmutableMap<String, Column> columns(Period period) {
    return columns.getOrDefault(period, ImmutableMap.of());
  }

  /**
   * Where a value, unit or event was read from. The lines of values and units read from one file are kept in
   * primitive columns ({@link Lines}), not as one {@link Origin} object per value.
   */
  Origin origin(Object key) {
    Origin origin = origins.get(key);
    if (origin != null) {
      return origin;
    }
    if (key instanceof ValueKey value) {
      Column column = column(value.period(), value.indicator());
      int index = indexOf(value.unit());
      return column == null || index < 0 ? Origin.CODE : column.lines.origin(index);
    }
    if (key instanceof String unitId && indexOf(unitId) >= 0) {
      return unitLines.origin(indexOf(unitId));
    }
    return Origin.CODE;
  }

  static ValueKey valueKey(String unitId, Period period, String indicatorId) {
    return new ValueKey(unitId, period, indicatorId);
  }

  record ValueKey(String unit, Period period, String indicator) {}

  private static double[] nanColumn(int n) {
    double[] values = new double[n];
    Arrays.fill(values, Double.NaN);
    return values;
  }

  /**
   * One indicator's raw values in one period: NaN where missing; a bit set where explicitly not applicable; the
   * line each value was read from.
   */
  static final class Column {
    final double[] values;
    final BitSet notApplicable;
    final Lines lines;

    Column(double[] values, BitSet notApplicable, Lines lines) {
      this.values = values;
      this.notApplicable = notApplicable;
      this.lines = lines;
    }
  }

  /**
   * The lines items indexed 0..n−1 were read from, all in one source: 0 where an item has no line here (built in
   * code, or read from another source, whose {@link Origin} the dataset keeps by key). A growable primitive column
   * while building.
   */
  static final class Lines {
    static final Lines NONE = new Lines(null, new int[0]);

    private String source;
    private int[] lines;

    private Lines(String source, int[] lines) {
      this.source = source;
      this.lines = lines;
    }

    static Lines growable(int capacity) {
      return new Lines(null, new int[Math.max(capacity, 16)]);
    }

    /** Records item {@code index}'s origin; false when it is not a line of this column's source. */
    boolean set(int index, Origin origin) {
      if (origin.line() <= 0 || origin.line() > Integer.MAX_VALUE
          || (source != null && !source.equals(origin.source()))) {
        return false;
      }
      source = origin.source();
      if (index >= lines.length) {
        lines = Arrays.copyOf(lines, Math.max(index + 1, lines.length * 2));
      }
      lines[index] = (int) origin.line();
      return true;
    }

    Origin origin(int index) {
      return index < lines.length && lines[index] > 0 ? new Origin(source, lines[index]) : Origin.CODE;
    }

    /** The lines of items {@code from[0..size)}, renumbered 0..size−1 (the units kept of a panel's period). */
    Lines slice(int[] from, int size) {
      if (source == null) {
        return NONE;
      }
      int[] sliced = new int[size];
      for (int u = 0; u < size; u++) {
        sliced[u] = from[u] < lines.length ? lines[from[u]] : 0;
      }
      return new Lines(source, sliced);
    }

    /** A copy as long as the items recorded, or {@link #NONE} when no line was recorded. */
    Lines trimmed() {
      if (source == null) {
        return NONE;
      }
      int end = lines.length;
      while (end > 0 && lines[end - 1] == 0) {
        end--;
      }
      return new Lines(source, end == lines.length ? lines : Arrays.copyOf(lines, end));
    }
  }

  /** A column being built: values written in place by unit index, growing as units are added. */
  private static final class Staging {
    double[] values;
    final BitSet given = new BitSet();
    final BitSet notApplicable = new BitSet();
    final Lines lines;

    Staging(int n) {
      values = nanColumn(Math.max(n, 16));
      lines = Lines.growable(n);
    }

    void put(int index, double value) {
      if (index >= values.length) {
        int length = values.length;
        values = Arrays.copyOf(values, Math.max(index + 1, length * 2));
        Arrays.fill(values, length, values.length, Double.NaN);
      }
      values[index] = value;
      given.set(index);
    }

    Column column(int n) {
      double[] exact = values.length == n ? values : Arrays.copyOf(values, n);
      if (exact.length > values.length) {
        Arrays.fill(exact, values.length, n, Double.NaN);
      }
      return new Column(exact, notApplicable, lines.trimmed());
    }
  }

  /**
   * Builds a {@link Dataset}. Not thread-safe.
   *
   * <p>Values of units already added are written straight into primitive columns (one {@code double[]} per period
   * and indicator, indexed by unit), and their lines into an {@code int[]}, so that a million units with thirty
   * values each cost about their doubles, not a map entry and a boxed number per value. Add the units first: a value
   * for a unit not (yet) added is kept aside and resolved, or reported as an unknown unit, by {@link #build()}.
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final List<Unit> units = new ArrayList<>();
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final Lines unitLines = Lines.growable(16);
    private final Map<Period, Map<String, Staging>> staging = new TreeMap<>();
    private final Map<Period, Map<String, Map<String, Double>>> unresolved = new TreeMap<>();
    /** The period staged last and its columns. */
    private Period lastPeriod;
    private Map<String, Staging> lastByIndicator;
    private final Map<Period, Map<String, double[]>> bulk = new TreeMap<>();
    private final Map<Period, Map<String, Map<String, Double>>> selfStaged = new TreeMap<>();
    private final List<AdjustmentEvent> events = new ArrayList<>();
    private final Map<Object, Origin> origins = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private String source = "dataset";

    private Builder() {}

    /** Names the data's source (a file name) for problems; "dataset" by default. */
    public Builder source(String source) {
      this.source = requireNonNull(source, "source");
      return this;
    }

    public Builder unit(Unit unit) {
      return unit(unit, Origin.CODE);
    }

    /** Adds a unit; a second unit with the same id is a problem. */
    public Builder unit(Unit unit, Origin origin) {
      requireNonNull(unit, "unit");
      requireNonNull(origin, "origin");
      Integer existing = unitIndex.get(unit.id());
      if (existing != null) {
        Origin first = origins.getOrDefault(unit.id(), unitLines.origin(existing));
        problems.add(origin.problem("id", unit.id(), "problem.core.duplicate-unit", first.source(), first.line()));
        return this;
      }
      int index = units.size();
      unitIndex.put(unit.id(), index);
      units.add(unit);
      if (!unitLines.set(index, origin) && !origin.equals(Origin.CODE)) {
        origins.put(unit.id(), origin);
      }
      return this;
    }

    public Builder units(Iterable<Unit> units) {
      units.forEach(this::unit);
      return this;
    }

    public Builder value(String unitId, Period period, String indicatorId, double value) {
      return value(unitId, period, indicatorId, value, Origin.CODE);
    }

    /** Adds one raw value. A second value for the same unit, period and indicator is a problem. */
    public Builder value(String unitId, Period period, String indicatorId, double value, Origin origin) {
      requireNonNull(origin, "origin");
      if (!Double.isFinite(value)) {
        problems.add(origin.problem("value", Double.toString(value), "problem.core.value-not-finite"));
        return this;
      }
      stage(unitId, period, indicatorId, value, origin);
      return this;
    }

    /**
     * Adds a unit's self-assessed value (自评) next to the verified one. The policy scores the verified value; the
     * self-assessed one is scored only to show the gap.
     */
    public Builder selfAssessment(String unitId, Period period, String indicatorId, double value, Origin origin) {
      requireNonNull(origin, "origin");
      if (!Double.isFinite(value)) {
        problems.add(origin.problem("self", Double.toString(value), "problem.core.value-not-finite"));
        return this;
      }
      Map<String, Double> byUnit = selfStaged.computeIfAbsent(period, p -> new TreeMap<>())
          .computeIfAbsent(indicatorId, i -> new LinkedHashMap<>());
      if (byUnit.putIfAbsent(unitId, value) != null) {
        problems.add(origin.problem("self", Double.toString(value), "problem.core.duplicate-self-assessment", unitId,
            period, indicatorId));
      }
      return this;
    }

    /** Records that an indicator does not apply to a unit in a period although the policy says it would. */
    public Builder notApplicable(String unitId, Period period, String indicatorId, Origin origin) {
      requireNonNull(origin, "origin");
      stage(unitId, period, indicatorId, null, origin);
      return this;
    }

    /** Stages a value ({@code null}: not applicable): in place when the unit is known, aside when it is not. */
    private void stage(String unitId, Period period, String indicatorId, Double value, Origin origin) {
      requireNonNull(unitId, "unitId");
      requireNonNull(period, "period");
      requireNonNull(indicatorId, "indicatorId");
      Integer index = unitIndex.get(unitId);
      if (!period.equals(lastPeriod)) { // a file gives one period on many rows: one tree lookup per period change
        lastPeriod = period;
        lastByIndicator = staging.computeIfAbsent(period, p -> new HashMap<>());
      }
      Staging column = lastByIndicator.get(indicatorId);
      if (column == null) {
        column = new Staging(units.size());
        lastByIndicator.put(indicatorId, column);
      }
      boolean given = index == null
          ? unresolved.getOrDefault(period, Map.of()).getOrDefault(indicatorId, Map.of()).containsKey(unitId)
          : column.given.get(index);
      if (given) {
        ValueKey key = valueKey(unitId, period, indicatorId);
        Origin first = origins.getOrDefault(key, index == null ? Origin.CODE : column.lines.origin(index));
        problems.add(duplicate(origin, value, key, first));
        return;
      }
      if (index == null) {
        unresolved.computeIfAbsent(period, p -> new TreeMap<>())
            .computeIfAbsent(indicatorId, i -> new LinkedHashMap<>()).put(unitId, value);
        origins.put(valueKey(unitId, period, indicatorId), origin);
        return;
      }
      if (value == null) {
        column.given.set(index);
        column.notApplicable.set(index);
      } else {
        column.put(index, value);
      }
      if (!column.lines.set(index, origin) && !origin.equals(Origin.CODE)) {
        origins.put(valueKey(unitId, period, indicatorId), origin);
      }
    }

    private Origin originOf(Column column, int index, ValueKey key) {
      return origins.getOrDefault(key, column.lines.origin(index));
    }

    private Problem unknownUnit(Origin origin, String unitId) {
      return Suggestions.closest(unitId, unitIndex.keySet())
          .map(closest -> origin.problem("unit", unitId, "problem.core.unknown-unit-suggest", closest))
          .orElseGet(() -> origin.problem("unit", unitId, "problem.core.unknown-unit"));
    }

    private static Problem duplicate(Origin origin, Double value, ValueKey key, Origin first) {
      return origin.problem("value", value == null ? "n/a" : Double.toString(value), "problem.core.duplicate-value",
          key.unit(), key.period(), key.indicator(), first.source(), first.line());
    }

    /**
     * Adds a whole column at once: {@code values[i]} is the raw value of the i-th unit added, NaN where the value is
     * missing (the policy's missing-value rule decides); a column cannot mark a value not applicable, add those with
     * {@link #notApplicable}. The array is copied. For bulk loads of many units; the units must be added first.
     */
    public Builder column(Period period, String indicatorId, double[] values) {
      requireNonNull(period, "period");
      requireNonNull(indicatorId, "indicatorId");
      checkArgument(values.length == units.size(),
          "column %s/%s has %s values but the dataset has %s units", period, indicatorId, values.length,
          units.size());
      for (int i = 0; i < values.length; i++) {
        checkArgument(!Double.isInfinite(values[i]), "column %s/%s: value of unit %s is infinite",
            period, indicatorId, i);
      }
      double[] previous = bulk.computeIfAbsent(period, p -> new HashMap<>()).put(indicatorId, values.clone());
      checkArgument(previous == null, "column %s/%s was already given", period, indicatorId);
      return this;
    }

    public Builder event(AdjustmentEvent event) {
      return event(event, Origin.CODE);
    }

    public Builder event(AdjustmentEvent event, Origin origin) {
      requireNonNull(event, "event");
      requireNonNull(origin, "origin");
      events.add(event);
      origins.put(event, origin);
      return this;
    }

    public Builder events(Iterable<AdjustmentEvent> events) {
      events.forEach(this::event);
      return this;
    }

    /** Builds the dataset; values and events naming unknown units are left out and reported as problems. */
    public Dataset build() {
      int n = units.size();
      Map<Period, Map<String, Column>> built = new TreeMap<>();
      bulk.forEach((period, byIndicator) -> byIndicator.forEach((indicator, values) ->
          built.computeIfAbsent(period, p -> new TreeMap<>()).put(indicator,
              new Column(values, new BitSet(), Lines.NONE))));
      staging.forEach((period, byIndicator) -> byIndicator.forEach((indicator, staged) -> {
        Column whole = built.computeIfAbsent(period, p -> new TreeMap<>()).get(indicator);
        Column column = staged.column(n);
        if (whole != null) {
          for (int u = staged.given.nextSetBit(0); u >= 0; u = staged.given.nextSetBit(u + 1)) {
            ValueKey key = valueKey(units.get(u).id(), period, indicator);
            if (!Double.isNaN(whole.values[u])) {
              problems.add(originOf(column, u, key).problem("value", Double.toString(column.values[u]),
                  "problem.core.duplicate-value-column", key.unit(), period, indicator));
            } else if (!column.notApplicable.get(u)) {
              whole.values[u] = column.values[u];
            }
          }
          column = new Column(whole.values, column.notApplicable, column.lines);
        }
        built.get(period).put(indicator, column);
      }));
      unresolved.forEach((period, byIndicator) -> byIndicator.forEach((indicator, byUnit) -> {
        Column column = built.computeIfAbsent(period, p -> new TreeMap<>()).get(indicator);
        byUnit.forEach((unitId, value) -> {
          ValueKey key = valueKey(unitId, period, indicator);
          Integer index = unitIndex.get(unitId);
          if (index == null) {
            problems.add(unknownUnit(origins.get(key), unitId));
          } else if (!Double.isNaN(column.values[index]) || column.notApplicable.get(index)) {
            problems.add(duplicate(origins.get(key), value, key, originOf(column, index, key)));
          } else if (value == null) {
            column.notApplicable.set(index);
          } else {
            column.values[index] = value;
          }
        });
      }));
      for (AdjustmentEvent event : events) {
        if (!unitIndex.containsKey(event.unit())) {
          problems.add(unknownUnit(origins.get(event), event.unit()));
        }
      }
      ImmutableMap.Builder<Period, ImmutableMap<String, Column>> self = ImmutableMap.builder();
      selfStaged.forEach((period, byIndicator) -> {
        ImmutableMap.Builder<String, Column> byId = ImmutableMap.builder();
        byIndicator.forEach((indicator, byUnit) -> {
          double[] values = nanColumn(n);
          byUnit.forEach((unitId, value) -> {
            Integer index = unitIndex.get(unitId);
            if (index == null) {
              problems.add(Problem.keyed(source, "unit", unitId, "problem.core.unknown-self-assessment-unit"));
            } else {
              values[index] = value;
            }
          });
          byId.put(indicator, new Column(values, new BitSet(), Lines.NONE));
        });
        self.put(period, byId.build());
      });
      ImmutableMap.Builder<Period, ImmutableMap<String, Column>> columns = ImmutableMap.builder();
      built.forEach((period, byIndicator) -> columns.put(period, ImmutableMap.copyOf(byIndicator)));
      return new Dataset(this, columns.build(), self.build());
    }
  }
}
