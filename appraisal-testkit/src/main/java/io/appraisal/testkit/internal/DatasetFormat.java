package io.appraisal.testkit.internal;

import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.Dataset;
import io.appraisal.core.Period;
import io.appraisal.core.Unit;
import java.util.Locale;
import java.util.OptionalDouble;
import net.jqwik.api.SampleReportingFormat;
import org.apiguardian.api.API;

/**
 * Prints a {@link Dataset} in a jqwik report as a table a person can read: one line per unit with its category,
 * attributes and values, then the events. Registered with jqwik through {@code META-INF/services}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DatasetFormat implements SampleReportingFormat {
  @Override
  public boolean appliesTo(Object value) {
    return value instanceof Dataset;
  }

  @Override
  public Object report(Object value) {
    return SampleReportingFormat.plainLabel(describe((Dataset) value));
  }

  /** The dataset as text: {@code u1 (c1): 1.1=3.5, 1.2=n/a}, one unit a line, then the events. */
  public static String describe(Dataset data) {
    StringBuilder out = new StringBuilder();
    out.append("Dataset of ").append(data.size()).append(data.size() == 1 ? " unit" : " units");
    for (Period period : data.periods()) {
      out.append(System.lineSeparator()).append("  ").append(period).append(':');
      for (Unit unit : data.units()) {
        out.append(System.lineSeparator()).append("    ").append(unit.id()).append(" (").append(unit.category());
        unit.attributes().forEach(attribute -> out.append(", ").append(attribute));
        out.append("):");
        for (String indicator : data.indicators(period)) {
          OptionalDouble raw = data.value(unit.id(), period, indicator);
          if (raw.isPresent()) {
            out.append(' ').append(indicator).append('=').append(number(raw.getAsDouble()));
          } else if (data.isNotApplicable(unit.id(), period, indicator)) {
            out.append(' ').append(indicator).append("=n/a");
          }
        }
        for (AdjustmentEvent event : data.events()) {
          if (event.unit().equals(unit.id()) && event.period().equals(period)) {
            out.append(" +").append(event.item()).append('×').append(event.count());
          }
        }
      }
    }
    if (!data.problems().isEmpty()) {
      out.append(System.lineSeparator()).append("  problems: ").append(data.problems());
    }
    return out.toString();
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
