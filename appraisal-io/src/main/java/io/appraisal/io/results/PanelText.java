package io.appraisal.io.results;

import static java.util.Objects.requireNonNull;

import io.appraisal.core.Dataset;
import io.appraisal.core.Messages;
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

  /** The reports in the language of {@code messages}, each followed by a blank line; empty for no reports. */
  public static String render(List<PanelReport> reports, Dataset data, Messages messages) {
    requireNonNull(reports, "reports");
    requireNonNull(data, "data");
    requireNonNull(messages, "messages");
    StringBuilder out = new StringBuilder();
    for (PanelReport report : reports) {
      Panel panel = report.panel();
      String concordance = Double.isNaN(report.kendallW()) ? messages.text("panel.no-concordance")
          : messages.text("panel.concordance", String.format(Locale.ROOT, "%.3f", report.kendallW()),
              report.concordanceRaters());
      out.append(messages.text("panel.title", report.indicator(), report.period(), method(panel, messages),
          report.raters(), concordance)).append('\n');
      List<String> header = new ArrayList<>(List.of(messages.text("panel.unit"), messages.text("panel.name"),
          messages.text("panel.raters"), messages.text("panel.value")));
      header.addAll(panel.groups().keySet());
      header.addAll(List.of(messages.text("panel.sd"), messages.text("panel.range")));
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
        out.append(messages.text("panel.outliers", number(panel.outlierMads(), 2))).append('\n');
        for (PanelReport.Outlier outlier : report.outliers()) {
          List<String> parts = new ArrayList<>();
          outlier.rater().ifPresent(rater -> parts.add(messages.text("panel.rater", rater)));
          if (!outlier.group().isEmpty()) {
            parts.add(outlier.group());
          }
          parts.add(messages.text("panel.outlier-score", number(outlier.score(), 2), number(outlier.median(), 2),
              number(outlier.mad(), 2)));
          out.append("  ").append(outlier.unit()).append(' ').append(name(data, outlier.unit())).append(": ")
              .append(String.join(messages.text("panel.separator"), parts)).append('\n');
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String method(Panel panel, Messages messages) {
    String method = switch (panel.method()) {
      case MEAN -> messages.text("panel.mean");
      case MEDIAN -> messages.text("panel.median");
      case TRIMMED_MEAN -> messages.text(panel.groups().isEmpty() ? "panel.trimmed-mean"
          : "panel.trimmed-mean-within-groups", panel.trim());
    };
    if (panel.groups().isEmpty()) {
      return method;
    }
    List<String> groups = new ArrayList<>();
    panel.groups().forEach((group, weight) -> groups.add(group + " " + number(weight * 100, 2) + "%"));
    return messages.text("panel.weighted", method, String.join(messages.text("panel.separator"), groups));
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
