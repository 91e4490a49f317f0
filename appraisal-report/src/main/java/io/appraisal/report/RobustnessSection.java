package io.appraisal.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.appraisal.core.Messages;
import io.appraisal.io.results.Numbers;
import io.appraisal.robustness.Sobol;
import io.appraisal.robustness.SensitivityResult;
import io.appraisal.robustness.UncertaintyResult;
import io.appraisal.robustness.UnitRobustness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The robustness section of an {@link HtmlReport}: the verdicts, each unit's rank interval as an inline SVG chart
 * (units down the page in nominal order, the nominal rank a dot, the 5–95 % interval of the sampled ranks a bar,
 * red where the rank is not robust), the first-order and total Sobol indices of each factor as bars, and each
 * unit's figures in a table. Styled by SVG attributes alone, so that it needs nothing from the page's style sheet.
 */
final class RobustnessSection {
  static final double WIDTH = 760;
  static final double LEFT = 170;
  static final double RIGHT = 20;
  static final double TOP = 26;
  static final double ROW = 13;
  private static final String ROBUST = "#2f6db5";
  private static final String VARIES = "#c2453d";
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private final UncertaintyResult result;
  private final SensitivityResult sensitivity;
  private final double tolerance;
  private final Messages messages;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  /**
   * @param sensitivity the Sobol indices, or null to leave them out
   * @param tolerance how many places a robust rank's 5–95 % interval may stray from the nominal rank
   */
  RobustnessSection(UncertaintyResult result, SensitivityResult sensitivity, double tolerance, Messages messages) {
    this.result = result;
    this.sensitivity = sensitivity;
    this.tolerance = tolerance;
    this.messages = messages;
  }

  /** The x coordinate of rank {@code rank} among {@code n} units. */
  static double x(double rank, int n) {
    return LEFT + (rank - 1) / Math.max(1, n - 1) * (WIDTH - LEFT - RIGHT);
  }

  String render() {
    List<UnitRobustness> units = new ArrayList<>(result.units());
    units.sort(Comparator.comparingDouble(UnitRobustness::nominalRank).thenComparing(u -> u.unit().id()));
    int robustRanks = 0;
    int keptGrades = 0;
    for (UnitRobustness unit : units) {
      robustRanks += unit.rankRobust(tolerance) ? 1 : 0;
      keptGrades += gradeRobust(unit) ? 1 : 0;
    }
    out.append("<section id=\"robustness\">\n<h2>").append(esc(messages.text("report.robustness"))).append("</h2>\n")
        .append("<p class=\"sub\">").append(esc(messages.text("report.robustness-summary", result.samples(),
            factors()))).append("</p>\n<p>")
        .append(esc(messages.text("report.robustness-verdicts", robustRanks, units.size(), number(tolerance),
            keptGrades))).append("</p>\n");
    rankChart(units);
    if (sensitivity != null && !sensitivity.factors().isEmpty()) {
      sobolChart();
    }
    table(units);
    out.append("</section>\n");
    return out.toString();
  }

  private String factors() {
    return sensitivity == null || sensitivity.factors().isEmpty() ? "—" : String.join(", ", sensitivity.factors());
  }

  private static boolean gradeRobust(UnitRobustness unit) {
    return unit.gradeKept() >= 0.95;
  }

  private void rankChart(List<UnitRobustness> units) {
    int n = units.size();
    double height = TOP + ROW * n + 8;
    out.append("<h3>").append(esc(messages.text("report.robustness-chart"))).append("</h3>\n")
        .append("<svg id=\"rank-interval-chart\" viewBox=\"0 0 ").append(c(WIDTH)).append(' ').append(c(height))
        .append("\" role=\"img\" aria-label=\"").append(esc(messages.text("report.robustness-chart"))).append("\">\n");
    for (int tick = 1; tick <= n; tick = tick == 1 ? 10 : tick + 10) {
      axisTick(tick, n, height);
    }
    if (n % 10 != 0 && n > 1) {
      axisTick(n, n, height);
    }
    out.append("<text x=\"").append(c(LEFT - 6)).append("\" y=\"12\" text-anchor=\"end\" font-size=\"10\">")
        .append(esc(messages.text("report.robustness-rank-axis"))).append("</text>\n");
    for (int i = 0; i < n; i++) {
      UnitRobustness unit = units.get(i);
      double y = TOP + ROW * i + ROW / 2;
      String colour = unit.rankRobust(tolerance) ? ROBUST : VARIES;
      out.append("<g class=\"interval\" data-unit=\"").append(esc(unit.unit().id())).append("\"><title>")
          .append(esc(unit.unit().name() + ": " + number(unit.nominalRank()) + " · "
              + messages.text("report.robustness-median") + " " + number(unit.rank().median()) + " · 5–95 % "
              + number(unit.rank().low()) + "–" + number(unit.rank().high())))
          .append("</title><text x=\"").append(c(LEFT - 6)).append("\" y=\"").append(c(y + 3.5))
          .append("\" text-anchor=\"end\" font-size=\"9\">").append(esc(unit.unit().name())).append("</text>")
          .append("<line class=\"bar\" x1=\"").append(c(x(unit.rank().low(), n))).append("\" x2=\"")
          .append(c(x(unit.rank().high(), n))).append("\" y1=\"").append(c(y)).append("\" y2=\"").append(c(y))
          .append("\" stroke=\"").append(colour).append("\" stroke-width=\"4\" stroke-linecap=\"round\""
              + " stroke-opacity=\"0.45\"/>")
          .append("<circle class=\"nominal\" cx=\"").append(c(x(unit.nominalRank(), n))).append("\" cy=\"")
          .append(c(y)).append("\" r=\"3\" fill=\"").append(colour).append("\"/></g>\n");
    }
    out.append("</svg>\n<p class=\"sub\">").append(esc(messages.text("report.robustness-chart-note")))
        .append("</p>\n");
  }

  private void axisTick(int rank, int n, double height) {
    double x = x(rank, n);
    out.append("<line x1=\"").append(c(x)).append("\" x2=\"").append(c(x)).append("\" y1=\"").append(c(TOP - 4))
        .append("\" y2=\"").append(c(height - 4)).append("\" stroke=\"#e6ebf0\"/><text x=\"").append(c(x))
        .append("\" y=\"").append(c(TOP - 8)).append("\" text-anchor=\"middle\" font-size=\"10\">").append(rank)
        .append("</text>\n");
  }

  /** The first-order and total indices on the mean |Δrank| of each factor, as bars from 0 to 1. */
  private void sobolChart() {
    List<String> factors = sensitivity.factors();
    List<Sobol.Index> indices = sensitivity.meanAbsoluteShift();
    double left = 150;
    double plot = WIDTH - left - 130;
    double row = 26;
    double height = 8 + row * factors.size();
    out.append("<h3>").append(esc(messages.text("report.robustness-sobol"))).append("</h3>\n")
        .append("<svg id=\"sobol-chart\" viewBox=\"0 0 ").append(c(WIDTH)).append(' ').append(c(height))
        .append("\" role=\"img\" aria-label=\"").append(esc(messages.text("report.robustness-sobol")))
        .append("\">\n");
    for (int f = 0; f < factors.size(); f++) {
      Sobol.Index index = indices.get(f);
      double y = 4 + row * f;
      out.append("<g class=\"factor\" data-factor=\"").append(esc(factors.get(f))).append("\"><text x=\"")
          .append(c(left - 6)).append("\" y=\"").append(c(y + 14)).append("\" text-anchor=\"end\" font-size=\"11\">")
          .append(esc(factors.get(f))).append("</text>");
      bar("first", messages.text("report.robustness-first"), left, y + 2, plot, index.first(), index.firstError(),
          ROBUST);
      bar("total", messages.text("report.robustness-total"), left, y + 12, plot, index.total(), index.totalError(),
          "#9ab8de");
      out.append("</g>\n");
    }
    out.append("</svg>\n<p class=\"sub\">").append(esc(messages.text("report.robustness-sobol-note")))
        .append("</p>\n");
  }

  private void bar(String kind, String label, double left, double y, double plot, double value, double error,
      String colour) {
    double width = Double.isFinite(value) ? Math.max(0, Math.min(1, value)) * plot : 0;
    out.append("<rect class=\"").append(kind).append("\" x=\"").append(c(left)).append("\" y=\"").append(c(y))
        .append("\" width=\"").append(c(width)).append("\" height=\"9\" fill=\"").append(colour).append("\"/>")
        .append("<text x=\"").append(c(left + plot + 6)).append("\" y=\"").append(c(y + 8))
        .append("\" font-size=\"9\">").append(esc(label)).append(' ')
        .append(decimals(value)).append(" ± ").append(decimals(error)).append("</text>");
  }

  private void table(List<UnitRobustness> units) {
    out.append("<details>\n<summary>").append(esc(messages.text("report.robustness-table")))
        .append("</summary>\n<table>\n<thead><tr><th class=\"num\">").append(esc(messages.text("report.rank")))
        .append("</th><th>").append(esc(messages.text("report.unit")))
        .append("</th><th class=\"num\">").append(esc(messages.text("report.robustness-median")))
        .append("</th><th class=\"num\">").append(esc(messages.text("report.robustness-interval")))
        .append("</th><th class=\"num\">").append(esc(messages.text("report.robustness-within-k", result.k())))
        .append("</th><th>").append(esc(messages.text("report.grade")))
        .append("</th><th class=\"num\">").append(esc(messages.text("report.robustness-grade-kept")))
        .append("</th><th>").append(esc(messages.text("report.robustness-verdict"))).append("</th></tr></thead>\n")
        .append("<tbody>\n");
    for (UnitRobustness unit : units) {
      boolean rank = unit.rankRobust(tolerance);
      boolean grade = gradeRobust(unit);
      String verdict = messages.text(rank && grade ? "report.robustness-robust" : rank
          ? "report.robustness-grade-varies" : grade ? "report.robustness-rank-varies" : "report.robustness-both-vary");
      out.append("<tr><td class=\"num\">").append(number(unit.nominalRank())).append("</td><td>")
          .append(esc(unit.unit().name())).append("</td><td class=\"num\">").append(number(unit.rank().median()))
          .append("</td><td class=\"num\">").append(number(unit.rank().low())).append("–")
          .append(number(unit.rank().high())).append("</td><td class=\"num\">")
          .append(percent(unit.probabilityWithinK())).append("</td><td>")
          .append(esc(unit.nominalGrade().orElse("—"))).append("</td><td class=\"num\">")
          .append(percent(unit.gradeKept())).append("</td><td")
          .append(rank && grade ? "" : " class=\"down\"").append('>')
          .append(esc(verdict)).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</details>\n");
  }

  private static String esc(String text) {
    return ESCAPER.escape(text);
  }

  /** A rank: whole, or with one decimal for a fractional rank. */
  private static String number(double value) {
    return Double.isNaN(value) ? "—" : Numbers.decimalText(value, 1);
  }

  private static String percent(double share) {
    return Numbers.decimalText(100 * share, 1) + "%";
  }

  private static String decimals(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "—";
  }

  /** An SVG coordinate: one decimal, '.' as decimal point whatever the default locale. */
  private static String c(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
