package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Dataset;
import io.appraisal.core.panel.Panel;
import io.appraisal.core.panel.PanelReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The panels' reports as text for a terminal: per panel indicator and period the method, the concordance (Kendall's
 * W), a table of the units' values with their consistency figures, and the outlying scores, by group only unless
 * the panel allows naming raters.
 */
public final class PanelText {
  private PanelText() {}

  /** The reports, each followed by a blank line; empty for no reports. */
  public static String render(List<PanelReport> reports, Dataset data) {
    requireNonNull(reports, "reports");
    requireNonNull(data, "data");
    StringBuilder out = new StringBuilder();
    for (PanelReport report : reports) {
      Panel panel = report.panel();
      out.append(String.format(Locale.ROOT, "Panel %s, %s: %s; %d raters; Kendall's W %s\n", report.indicator(),
          report.period(), method(panel), report.raters(), Double.isNaN(report.kendallW()) ? "n/a"
              : String.format(Locale.ROOT, "%.3f over the %d raters who scored every unit", report.kendallW(),
                  report.concordanceRaters())));
      List<String> header = new ArrayList<>(List.of("unit", "name", "raters", "value"));
      header.addAll(panel.groups().keySet());
      header.addAll(List.of("sd", "range"));
      boolean[] right = new boolean[header.size()];
      for (int c = 2; c < right.length; c++) {
        right[c] = true;
      }
      TextTable table = new TextTable(header, right);
      for (PanelReport.UnitPanel unit : report.units()) {
        List<String> row = new ArrayList<>(List.of(unit.unit(), name(data, unit.unit()),
            Integer.toString(unit.raters()), number(unit.value(), 4)));
        unit.groupValues().values().forEach(value -> row.add(number(value, 4)));
        row.add(number(unit.standardDeviation(), 2));
        row.add(number(unit.range(), 2));
        table.row(row);
      }
      out.append(table.render());
      if (!report.outliers().isEmpty()) {
        out.append(String.format(Locale.ROOT, "Outliers (|score - unit median| > %s x MAD):\n",
            number(panel.outlierMads(), 2)));
        for (PanelReport.Outlier outlier : report.outliers()) {
          out.append("  ").append(outlier.unit()).append(' ').append(name(data, outlier.unit())).append(": ")
              .append(outlier.rater().map(rater -> "rater " + rater + ", ").orElse(""))
              .append(outlier.group().isEmpty() ? "" : outlier.group() + ", ")
              .append("score ").append(number(outlier.score(), 2))
              .append(" (median ").append(number(outlier.median(), 2))
              .append(", MAD ").append(number(outlier.mad(), 2)).append(")\n");
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String method(Panel panel) {
    String method = switch (panel.method()) {
      case MEAN -> "mean";
      case MEDIAN -> "median";
      case TRIMMED_MEAN -> "trimmed mean dropping the " + panel.trim() + " highest and " + panel.trim() + " lowest"
          + (panel.groups().isEmpty() ? "" : " within each group");
    };
    if (panel.groups().isEmpty()) {
      return method;
    }
    List<String> groups = new ArrayList<>();
    panel.groups().forEach((group, weight) -> groups.add(group + " " + number(weight * 100, 2) + "%"));
    return method + ", weighted " + String.join(", ", groups);
  }

  private static String name(Dataset data, String unitId) {
    int index = data.indexOf(unitId);
    return index < 0 ? "" : data.units().get(index).name();
  }

  /** At most {@code decimals} decimals, trailing zeros dropped: 87.5, 86.9231. */
  static String number(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
