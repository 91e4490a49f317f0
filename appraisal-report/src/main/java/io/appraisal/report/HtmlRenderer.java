package io.appraisal.report;

import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.appraisal.core.AdjustmentKind;
import io.appraisal.core.AnnualRollup;
import io.appraisal.core.AppliedAdjustment;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Category;
import io.appraisal.core.Correction;
import io.appraisal.core.Grade;
import io.appraisal.core.GradeScheme;
import io.appraisal.core.Indicator;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.Note;
import io.appraisal.core.Policy;
import io.appraisal.core.Provenance;
import io.appraisal.core.RankMovement;
import io.appraisal.core.UnitResult;
import io.appraisal.core.Messages;
import io.appraisal.io.results.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes the page of an {@link HtmlReport}; one instance per page. */
final class HtmlRenderer {
  /** Category colours, cycled when a policy has more categories. */
  private static final String[] PALETTE =
      {"#2f6db5", "#d9822b", "#2e9a5a", "#a8479a", "#6c5ccc", "#8a7a2f", "#c2453d", "#3f9db3"};
  private static final String DASH = "—";
  /** How many units of each category the movement chart draws in colour. */
  private static final int MOVERS = 3;
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private static final String CSS = """
      :root{--fg:#1f2933;--muted:#5f6b7a;--line:#dde3ea;--bg:#f3f5f8;--card:#fff;--head:#16324f;--up:#17803d;\
      --down:#b3261e;--still:#b8c0ca}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--fg);font-size:14px;line-height:1.45;\
      font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","Noto Sans",system-ui,\
      sans-serif}
      header{background:var(--head);color:#fff;padding:18px 28px 16px}
      header h1{margin:0 0 4px;font-size:21px;font-weight:600}
      header p{margin:0;color:#c8d5e3}
      .chips{margin-top:10px;display:flex;flex-wrap:wrap;gap:8px}
      .chips span{background:rgba(255,255,255,.12);border-radius:12px;padding:2px 10px;font-size:13px}
      main{max-width:1500px;margin:0 auto;padding:18px 24px}
      .grid{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:18px;align-items:start}
      @media (max-width:1200px){.grid{grid-template-columns:minmax(0,1fr)}}
      section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;\
      margin-bottom:18px;overflow-x:auto}
      h2{font-size:16px;margin:0 0 10px}
      h3{font-size:14px;margin:12px 0 6px}
      table{border-collapse:collapse;width:100%}
      th,td{padding:3px 6px;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap}
      th{background:#eef2f6;font-weight:600;font-size:13px}
      #ranking-table th{white-space:normal;vertical-align:bottom}
      .num{text-align:right;font-variant-numeric:tabular-nums}
      td.wrap{white-space:normal}
      tbody tr:hover{background:#f7f9fc}
      a{color:inherit;text-decoration:none}
      a:hover{text-decoration:underline}
      .up{color:var(--up)}
      .down{color:var(--down)}
      .muted,.sub{color:var(--muted)}
      .sub{font-size:12px;margin:4px 0 6px}
      .sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px}
      .grade{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#e6ebf1}
      .g0{background:#d7f0df;color:#125c2c}
      .g1{background:#dbe8fa;color:#1c4b8c}
      .g2{background:#fbecd3;color:#7a4a06}
      .glow{background:#f9dcda;color:#8c1d18}
      .veto{color:var(--down);font-weight:600}
      .review{font-size:12px;white-space:normal}
      .review span{display:inline-block;border:1px solid #c9a227;border-radius:10px;padding:0 7px;margin:1px 2px 1px 0;\
      background:#fdf6dc;color:#6b5205}
      .tables{display:grid;grid-template-columns:repeat(auto-fill,minmax(400px,1fr));gap:8px 18px;align-items:start}
      .tables h3{margin-top:4px}
      .category-table td.unit{white-space:normal}
      .panels{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(300px,100%),1fr));gap:10px 18px;\
      align-items:start}
      .panels figure{margin:0}
      .panels figcaption{font-weight:600;font-size:13px;margin-bottom:2px}
      svg{display:block;width:100%;height:auto}
      svg text{font-family:inherit;fill:var(--fg)}
      .axis{stroke:#c3ccd6;stroke-width:1}
      .gridline{stroke:#e6ebf0;stroke-width:1}
      .range{stroke:#33404d;stroke-width:1.5}
      .dot{fill-opacity:.55;stroke:#fff;stroke-width:.6}
      #category-chart{max-width:560px}
      .panels svg.bump{width:auto;max-width:100%}
      .bump .line{fill:none;stroke-width:1.2;stroke-linejoin:round;stroke-linecap:round}
      .bump .still .line{stroke:var(--still)}
      .bump .still .pt{fill:var(--still)}
      .bump .still .lbl{fill:var(--muted)}
      .bump .moved .line{stroke-width:2.4}
      .bump .moved .lbl{font-weight:700}
      .bump .pt{stroke:#fff;stroke-width:.5}
      .bump .lbl{font-size:10px}
      .bump:hover .unit{opacity:.25}
      .bump .unit:hover{opacity:1}
      .bump .unit:hover .line{stroke-width:3}
      details{border-top:1px solid var(--line);padding:5px 0}
      details[open]{padding-bottom:12px}
      summary{cursor:pointer}
      .l0{font-weight:700}
      .l1{font-weight:600}
      .na td{color:var(--muted)}
      .capped{color:var(--down)}
      footer{max-width:1500px;margin:0 auto;padding:0 24px 28px;color:var(--muted);font-size:12px}
      footer code{font-size:11px;overflow-wrap:anywhere}
      @media print{
      @page{size:A4;margin:12mm 11mm 14mm}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      body{background:#fff;font-size:10.5px;line-height:1.35}
      header{background:none;color:var(--fg);padding:0 0 6px;border-bottom:2px solid var(--head)}
      header p{color:var(--muted)}
      .chips span{background:none;border:1px solid var(--line)}
      main{max-width:none;padding:8px 0 0}
      .grid{display:block}
      #category-chart{max-width:440px}
      section{border:0;border-radius:0;padding:0;margin:0 0 10px;overflow:visible;break-before:page}
      #ranking,#quarters{break-before:auto}
      h2,h3,summary{break-after:avoid}
      th{font-size:10px}
      th,td{padding:1px 4px}
      thead{display:table-header-group}
      tr,figure,svg,.tables>div{break-inside:avoid}
      tbody tr:hover{background:none}
      details{break-inside:avoid}
      .bump:hover .unit{opacity:1}
      footer{max-width:none;padding:8px 0 0;break-inside:avoid}
      }
      """;

  private final AppraisalResult result;
  private final ImmutableList<AppraisalResult> earlier;
  private final Messages messages;
  private final Policy policy;
  private final List<UnitResult> ranking;
  private final Map<String, RankMovement> movements = new HashMap<>();
  private final Map<String, Integer> categoryIndex = new HashMap<>();
  private final Map<String, String> indicatorNames = new HashMap<>();
  private final Map<String, Integer> depth = new HashMap<>();
  private final Map<String, String> parent = new HashMap<>();
  private final StringBuilder out = new StringBuilder(256 * 1024);
  /** The robustness section ({@link RobustnessSection}), or empty. */
  private final String robustness;

  HtmlRenderer(AppraisalResult result, ImmutableList<AppraisalResult> earlier, Messages messages, String robustness) {
    this.robustness = robustness;
    this.result = result;
    this.earlier = earlier;
    this.messages = messages;
    this.policy = result.policy();
    this.ranking = result.ranking();
    if (!earlier.isEmpty()) {
      RankMovement.between(earlier.get(earlier.size() - 1), result).forEach(m -> movements.put(m.unit(), m));
    }
    for (int c = 0; c < policy.categories().size(); c++) {
      categoryIndex.put(policy.categories().get(c).id(), c);
    }
    walk(policy.root(), 0);
    policy.annual().ifPresent(annual -> {
      for (AnnualRollup.YearEndComponent component : annual.components()) {
        indicatorNames.put(component.id(), component.name());
        depth.put(component.id(), 1);
      }
    });
  }

  private void walk(Indicator indicator, int level) {
    indicatorNames.put(indicator.id(), indicator.name());
    depth.put(indicator.id(), level);
    for (Indicator child : indicator.children()) {
      parent.put(child.id(), indicator.id());
      walk(child, level + 1);
    }
  }

  String render() {
    String title = policy.name() + " · " + result.period() + " · " + messages.text("report.report");
    out.append("<!DOCTYPE html>\n<html lang=\"").append(messages.htmlLanguage()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    header();
    out.append("<main>\n<div class=\"grid\">\n");
    rankingTable();
    out.append("<div>\n");
    categoryChart();
    movementChart();
    out.append("</div>\n</div>\n");
    categoryRankings();
    out.append(robustness);
    units();
    notes();
    out.append("</main>\n");
    footer();
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private void header() {
    out.append("<header>\n<h1>").append(esc(policy.name())).append(" · ").append(esc(messages.text("report.report")))
        .append("</h1>\n<p>").append(esc(messages.text("report.period"))).append(": ").append(esc(result.period().toString()))
        .append(" · ").append(esc(messages.text("report.units"))).append(": ").append(result.size())
        .append(" · ").append(esc(messages.text("report.policy-version"))).append(": ").append(esc(policy.version()))
        .append("</p>\n");
    policy.grades().ifPresent(scheme -> {
      Map<String, Integer> counts = new LinkedHashMap<>();
      scheme.bands().forEach(band -> counts.put(band.name(), 0));
      counts.put(scheme.lowest(), 0);
      for (UnitResult unit : ranking) {
        unit.grade().ifPresent(grade -> counts.merge(grade, 1, Integer::sum));
      }
      out.append("<div class=\"chips\" id=\"grade-counts\"><span>").append(esc(messages.text("report.grades"))).append("</span>");
      counts.forEach((grade, count) -> out.append("<span>").append(esc(grade)).append(' ').append(count)
          .append("</span>"));
      out.append("</div>\n");
    });
    out.append("</header>\n");
  }

  private void rankingTable() {
    out.append("<section id=\"ranking\">\n<h2>").append(esc(messages.text("report.section-ranking"))).append(" · ")
        .append(esc(result.period().toString())).append("</h2>\n");
    if (!earlier.isEmpty()) {
      out.append("<p class=\"sub\">").append(esc(messages.text("report.change"))).append(": ").append(esc(messages.text("report.change-since", earlier.get(earlier.size() - 1).period().toString()))).append("</p>\n");
    }
    out.append("<table id=\"ranking-table\">\n<thead><tr>")
        .append(th(true, "report.rank"))
        .append(th(false, "report.unit"))
        .append(th(false, "report.category"))
        .append(th(true, "report.category-rank"))
        .append(th(true, "report.score-rate"))
        .append(th(true, "report.adjustment"))
        .append(th(true, "report.score"))
        .append(th(false, "report.grade"))
        .append(th(true, "report.change"))
        .append(th(false, "report.review"))
        .append("</tr></thead>\n<tbody>\n");
    for (UnitResult unit : ranking) {
      out.append("<tr data-unit=\"").append(esc(unit.id())).append("\">")
          .append("<td class=\"num rank\">").append(UnitResult.rankText(unit.rank())).append("</td>")
          .append(unitCell(unit))
          .append("<td class=\"category\">").append(swatch(unit.unit().category()))
          .append(esc(categoryName(unit.unit().category()))).append("</td>")
          .append("<td class=\"num\">").append(UnitResult.rankText(unit.categoryRank())).append("</td>")
          .append("<td class=\"num\">").append(published(unit.scoreRate()))
          .append("</td>")
          .append("<td class=\"num\">").append(adjustment(unit)).append("</td>")
          .append("<td class=\"num score\">").append(Numbers.text(unit.published())).append("</td>")
          .append("<td class=\"grade-cell\">").append(grade(unit)).append("</td>")
          .append("<td class=\"num change\">").append(change(unit)).append("</td>")
          .append("<td class=\"review\">").append(review(unit)).append("</td>")
          .append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** One table per category, in the category's published order, with each unit's overall rank beside. */
  private void categoryRankings() {
    out.append("<section id=\"category-rankings\">\n<h2>")
        .append(esc(messages.text("report.section-category-rankings"))).append("</h2>\n<div class=\"tables\">\n");
    for (Category category : policy.categories()) {
      List<UnitResult> units = result.ranking(category.id());
      out.append("<div>\n<h3>").append(swatch(category.id())).append(esc(category.name())).append(" · n = ")
          .append(units.size()).append("</h3>\n<table class=\"category-table\" data-category=\"")
          .append(esc(category.id())).append("\">\n<thead><tr>")
          .append(th(true, "report.category-rank"))
          .append(th(false, "report.unit"))
          .append(th(true, "report.score-rate"))
          .append(th(true, "report.score"))
          .append(th(false, "report.grade"))
          .append(th(true, "report.overall-rank"))
          .append("</tr></thead>\n<tbody>\n");
      for (UnitResult unit : units) {
        out.append("<tr data-unit=\"").append(esc(unit.id())).append("\">")
            .append("<td class=\"num rank\">").append(UnitResult.rankText(unit.categoryRank())).append("</td>")
            .append(unitCell(unit))
            .append("<td class=\"num\">").append(published(unit.scoreRate())).append("</td>")
            .append("<td class=\"num score\">").append(Numbers.text(unit.published())).append("</td>")
            .append("<td class=\"grade-cell\">").append(grade(unit)).append("</td>")
            .append("<td class=\"num overall\">").append(UnitResult.rankText(unit.rank())).append("</td>")
            .append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n</div>\n");
    }
    out.append("</div>\n</section>\n");
  }

  /** A header cell labelled by the message {@code key}, right-aligned for a numeric column. */
  private String th(boolean numeric, String key) {
    return (numeric ? "<th class=\"num\">" : "<th>") + esc(messages.text(key)) + "</th>";
  }

  /** The unit's name, linked to its breakdown. */
  private String unitCell(UnitResult unit) {
    return "<td class=\"unit\"><a href=\"#" + anchor(unit.id()) + "\">" + esc(unit.unit().name()) + "</a></td>";
  }

  /** The unit's entries of the review log (复核), each with its reason and author as a tooltip. */
  private String review(UnitResult unit) {
    StringBuilder cell = new StringBuilder();
    for (Correction correction : unit.corrections()) {
      cell.append("<span title=\"").append(esc(correction.reason())).append(" · ").append(esc(correction.author()))
          .append("\">").append(esc(correction(correction))).append("</span>");
    }
    return cell.toString();
  }

  /** What a correction changed: {@code 等次 优秀→良好} or {@code 5.1 原始值 80→92}. */
  private String correction(Correction correction) {
    return switch (correction.target()) {
      case GRADE -> messages.text("report.review-grade", correction.before(), correction.after());
      case RAW_VALUE -> messages.text("report.review-raw", correction.indicator(), correction.before(),
          correction.after());
      case INDICATOR_SCORE -> messages.text("report.review-score", correction.indicator(), correction.before(),
          correction.after());
    };
  }

  private String adjustment(UnitResult unit) {
    if (unit.bonus() == 0 && unit.deduction() == 0) {
      return "";
    }
    return Numbers.signed(policy.rounding().round(unit.bonus()).subtract(policy.rounding().round(unit.deduction())),
        "−");
  }

  private String grade(UnitResult unit) {
    if (unit.grade().isEmpty()) {
      return "";
    }
    String name = unit.grade().get();
    List<String> bands = policy.grades().map(GradeScheme::bands).orElse(List.of()).stream().map(Grade::name)
        .toList();
    int band = bands.indexOf(name);
    String style = band < 0 ? "glow" : band < 3 ? "g" + band : "";
    String html = "<span class=\"grade " + style + "\">" + esc(name) + "</span>";
    return policy.adjustments().vetoEffect(unit.adjustments())
        .map(effect -> html + " <span class=\"veto\" title=\"" + esc(messages.vetoEffect(effect)) + "\">"
            + esc(messages.text("report.vetoed")) + "</span>").orElse(html);
  }

  private String change(UnitResult unit) {
    RankMovement movement = movements.get(unit.id());
    if (movement == null) {
      return "";
    }
    return switch (movement.status()) {
      case NEW -> "<span class=\"muted\">" + esc(messages.text("report.new")) + "</span>";
      case SAME, LEFT -> "<span class=\"muted\">=</span>";
      case UP -> "<span class=\"up\">↑" + UnitResult.rankText(movement.change()) + "</span>";
      case DOWN -> "<span class=\"down\">↓" + UnitResult.rankText(-movement.change()) + "</span>";
    };
  }

  /** One bar per category: the mean score rate, the range from lowest to highest, and a dot per unit. */
  private void categoryChart() {
    List<Category> categories = policy.categories();
    double width = 400;
    double height = 260;
    double left = 46;
    double right = 12;
    double top = 26;
    double bottom = 44;
    double plotHeight = height - top - bottom;
    double band = (width - left - right) / categories.size();
    double barWidth = Math.min(90, band * 0.46);
    double max = policy.scale();
    out.append("<section id=\"categories\">\n<h2>").append(esc(messages.text("report.section-categories"))).append("</h2>\n")
        .append("<svg id=\"category-chart\" viewBox=\"0 0 ").append(c(width)).append(' ').append(c(height))
        .append("\" role=\"img\" aria-label=\"").append(esc(messages.text("report.section-categories"))).append("\">\n");
    for (int i = 0; i <= 5; i++) {
      double value = max * i / 5;
      double y = top + plotHeight - plotHeight * i / 5;
      out.append("<line class=\"").append(i == 0 ? "axis" : "gridline").append("\" x1=\"").append(c(left))
          .append("\" y1=\"").append(c(y)).append("\" x2=\"").append(c(width - right)).append("\" y2=\"")
          .append(c(y)).append("\"/>")
          .append("<text x=\"").append(c(left - 6)).append("\" y=\"").append(c(y + 4))
          .append("\" text-anchor=\"end\" font-size=\"11\">").append(tick(value)).append("</text>\n");
    }
    for (int k = 0; k < categories.size(); k++) {
      Category category = categories.get(k);
      List<UnitResult> units = result.ranking(category.id());
      double center = left + band * (k + 0.5);
      String colour = colour(category.id());
      out.append("<g class=\"category\" data-category=\"").append(esc(category.id())).append("\">\n");
      if (!units.isEmpty()) {
        double sum = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (UnitResult unit : units) {
          sum += unit.scoreRate();
          lowest = Math.min(lowest, unit.scoreRate());
          highest = Math.max(highest, unit.scoreRate());
        }
        double mean = sum / units.size();
        String meanText = published(mean);
        double barTop = y(mean, max, top, plotHeight);
        out.append("<rect class=\"bar\" data-category=\"").append(esc(category.id())).append("\" x=\"")
            .append(c(center - barWidth / 2)).append("\" y=\"").append(c(barTop)).append("\" width=\"")
            .append(c(barWidth)).append("\" height=\"").append(c(top + plotHeight - barTop)).append("\" fill=\"")
            .append(colour).append("\" fill-opacity=\"0.8\" rx=\"2\"><title>").append(esc(category.name()))
            .append(": ").append(esc(messages.text("report.mean"))).append(' ').append(meanText).append(" (n = ")
            .append(units.size()).append(")</title></rect>\n");
        double yLow = y(lowest, max, top, plotHeight);
        double yHigh = y(highest, max, top, plotHeight);
        out.append("<line class=\"range\" x1=\"").append(c(center)).append("\" y1=\"").append(c(yLow))
            .append("\" x2=\"").append(c(center)).append("\" y2=\"").append(c(yHigh)).append("\"/>")
            .append("<line class=\"range\" x1=\"").append(c(center - 6)).append("\" y1=\"").append(c(yLow))
            .append("\" x2=\"").append(c(center + 6)).append("\" y2=\"").append(c(yLow)).append("\"/>")
            .append("<line class=\"range\" x1=\"").append(c(center - 6)).append("\" y1=\"").append(c(yHigh))
            .append("\" x2=\"").append(c(center + 6)).append("\" y2=\"").append(c(yHigh)).append("\"/>\n");
        for (int i = 0; i < units.size(); i++) {
          UnitResult unit = units.get(i);
          double x = center + barWidth * 0.75 + (i % 5) * 4;
          out.append("<circle class=\"dot\" cx=\"").append(c(x)).append("\" cy=\"")
              .append(c(y(unit.scoreRate(), max, top, plotHeight))).append("\" r=\"2.6\" fill=\"").append(colour)
              .append("\"><title>").append(esc(unit.unit().name())).append(": ")
              .append(published(unit.scoreRate())).append("</title></circle>\n");
        }
        out.append("<text x=\"").append(c(center)).append("\" y=\"").append(c(yHigh - 7))
            .append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\">").append(meanText)
            .append("</text>\n");
      }
      out.append("<text x=\"").append(c(center)).append("\" y=\"").append(c(height - bottom + 18))
          .append("\" text-anchor=\"middle\" font-size=\"12\">").append(esc(category.name())).append("</text>")
          .append("<text x=\"").append(c(center)).append("\" y=\"").append(c(height - bottom + 33))
          .append("\" text-anchor=\"middle\" font-size=\"11\" class=\"muted\">n = ").append(units.size())
          .append("</text>\n</g>\n");
    }
    out.append("</svg>\n<p class=\"sub\">").append(esc(messages.text("report.bar-note"))).append("</p>\n</section>\n");
  }

  private static double y(double value, double max, double top, double plotHeight) {
    double clamped = Math.max(0, Math.min(max, value));
    return top + plotHeight - plotHeight * clamped / max;
  }

  /**
   * Small multiples, one panel per category: each unit's position within its category over the earlier quarters and
   * this period, in published order. The {@link #MOVERS} units of each category that moved most over the year are
   * drawn in the category's colour, the others in grey.
   */
  private void movementChart() {
    List<AppraisalResult> periods = new ArrayList<>(earlier);
    periods.add(result);
    out.append("<section id=\"quarters\">\n<h2>").append(esc(messages.text("report.section-quarters")))
        .append("</h2>\n<div id=\"bump-chart\" class=\"panels\">\n");
    for (Category category : policy.categories()) {
      List<UnitResult> members = result.ranking(category.id());
      if (!members.isEmpty()) {
        movementPanel(category, members, periods);
      }
    }
    out.append("</div>\n<p class=\"sub\">").append(esc(messages.text(earlier.isEmpty() ? "report.no-earlier"
        : "report.bump-note", MOVERS))).append("</p>\n</section>\n");
  }

  private void movementPanel(Category category, List<UnitResult> members, List<AppraisalResult> periods) {
    List<Map<String, Integer>> positions = new ArrayList<>();
    List<Map<String, Double>> ranks = new ArrayList<>();
    int rows = 0;
    for (AppraisalResult period : periods) {
      Map<String, Integer> position = new HashMap<>();
      Map<String, Double> rank = new HashMap<>();
      List<UnitResult> order = period == result ? members : period.ranking(category.id());
      for (int i = 0; i < order.size(); i++) {
        position.put(order.get(i).id(), i);
        rank.put(order.get(i).id(), order.get(i).rank());
      }
      positions.add(position);
      ranks.add(rank);
      rows = Math.max(rows, order.size());
    }
    Set<String> moved = mostMoved(members, positions);
    double left = 26;
    double top = 24;
    double row = 12;
    double gap = periods.size() > 1 ? 180.0 / (periods.size() - 1) : 0;
    double labelWidth = 0;
    for (UnitResult unit : members) {
      labelWidth = Math.max(labelWidth, textWidth(UnitResult.rankText(unit.rank()) + ' ' + unit.unit().name()));
    }
    double width = left + gap * (periods.size() - 1) + 8 + labelWidth + 4;
    double height = top + row * rows + 4;
    String colour = colour(category.id());
    out.append("<figure data-category=\"").append(esc(category.id())).append("\"><figcaption>")
        .append(swatch(category.id())).append(esc(category.name())).append(" · n = ").append(members.size())
        .append("</figcaption>\n<svg class=\"bump\" width=\"").append(c(width)).append("\" height=\"")
        .append(c(height)).append("\" viewBox=\"0 0 ").append(c(width)).append(' ').append(c(height))
        .append("\" role=\"img\" aria-label=\"").append(esc(category.name())).append("\">\n");
    for (int p = 0; p < periods.size(); p++) {
      double x = left + gap * p;
      out.append("<line class=\"gridline\" x1=\"").append(c(x)).append("\" y1=\"").append(c(top - 6))
          .append("\" x2=\"").append(c(x)).append("\" y2=\"").append(c(height - 2)).append("\"/>")
          .append("<text x=\"").append(c(x)).append("\" y=\"").append(c(top - 11))
          .append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"600\">")
          .append(esc(periods.get(p).period().toString())).append("</text>\n");
    }
    for (int position = 0; position < rows; position++) {
      if (position == 0 || (position + 1) % 5 == 0) {
        out.append("<text x=\"").append(c(left - 10)).append("\" y=\"").append(c(top + row * position + 3))
            .append("\" text-anchor=\"end\" font-size=\"9\" class=\"muted\">").append(position + 1)
            .append("</text>\n");
      }
    }
    int last = periods.size() - 1;
    // Grey lines first, so that the coloured ones are drawn over them.
    List<UnitResult> drawn = new ArrayList<>(members.stream().filter(u -> !moved.contains(u.id())).toList());
    members.stream().filter(u -> moved.contains(u.id())).forEach(drawn::add);
    for (UnitResult unit : drawn) {
      boolean highlighted = moved.contains(unit.id());
      String stroke = highlighted ? colour : null;
      StringBuilder path = new StringBuilder();
      StringBuilder points = new StringBuilder();
      boolean drawing = false;
      for (int p = 0; p < periods.size(); p++) {
        Integer position = positions.get(p).get(unit.id());
        if (position == null) {
          drawing = false;
          continue;
        }
        double x = left + gap * p;
        double y = top + row * position;
        path.append(path.length() == 0 ? "" : " ").append(drawing ? "L" : "M").append(c(x)).append(' ')
            .append(c(y));
        drawing = true;
        points.append("<circle class=\"pt\" cx=\"").append(c(x)).append("\" cy=\"").append(c(y))
            .append("\" r=\"2\"").append(stroke == null ? "" : " fill=\"" + stroke + "\"").append("><title>")
            .append(esc(periods.get(p).period().toString())).append(": ").append(esc(messages.text("report.rank")))
            .append(' ').append(UnitResult.rankText(ranks.get(p).get(unit.id()))).append("</title></circle>");
      }
      double yLast = top + row * positions.get(last).get(unit.id());
      out.append("<g class=\"unit ").append(highlighted ? "moved" : "still").append("\" data-unit=\"")
          .append(esc(unit.id())).append("\"><path class=\"line\" data-unit=\"").append(esc(unit.id()))
          .append("\" d=\"").append(path).append('"').append(stroke == null ? "" : " stroke=\"" + stroke + "\"")
          .append("><title>").append(esc(unit.unit().name())).append("</title></path>").append(points)
          .append("<text class=\"lbl\" x=\"").append(c(left + gap * last + 8)).append("\" y=\"")
          .append(c(yLast + 3.5)).append("\">").append(UnitResult.rankText(unit.rank())).append(' ')
          .append(esc(unit.unit().name())).append("</text></g>\n");
    }
    out.append("</svg>\n</figure>\n");
  }

  /**
   * The width of a movement chart label at 10 px: a CJK character or punctuation mark (U+2E80 and above) is square,
   * anything else about 0.6 of it.
   */
  private static double textWidth(String text) {
    return text.codePoints().mapToDouble(cp -> cp >= 0x2E80 ? 10 : 6).sum();
  }

  /**
   * The at most {@link #MOVERS} units that travelled furthest within their category: the sum over consecutive periods
   * of the change of position; units that never moved are not among them; ties go to the better-placed unit.
   */
  private static Set<String> mostMoved(List<UnitResult> members, List<Map<String, Integer>> positions) {
    Map<String, Integer> travel = new HashMap<>();
    for (UnitResult unit : members) {
      int sum = 0;
      for (int p = 1; p < positions.size(); p++) {
        Integer before = positions.get(p - 1).get(unit.id());
        Integer after = positions.get(p).get(unit.id());
        if (before != null && after != null) {
          sum += Math.abs(after - before);
        }
      }
      travel.put(unit.id(), sum);
    }
    Set<String> moved = new HashSet<>();
    members.stream()
        .filter(unit -> travel.get(unit.id()) > 0)
        .sorted(Comparator.comparingInt((UnitResult unit) -> travel.get(unit.id())).reversed())
        .limit(MOVERS)
        .forEach(unit -> moved.add(unit.id()));
    return moved;
  }

  private void units() {
    out.append("<section id=\"units\">\n<h2>").append(esc(messages.text("report.section-units"))).append("</h2>\n");
    Map<String, List<Note>> notesByUnit = new HashMap<>();
    for (Note note : result.notes()) {
      notesByUnit.computeIfAbsent(note.unit(), u -> new ArrayList<>()).add(note);
    }
    for (UnitResult unit : ranking) {
      out.append("<details id=\"").append(anchor(unit.id())).append("\" data-unit=\"").append(esc(unit.id()))
          .append("\">\n<summary><b>").append(UnitResult.rankText(unit.rank())).append(".</b> ")
          .append(esc(unit.unit().name())).append(" <span class=\"muted\">").append(esc(unit.id())).append(" · ")
          .append(esc(categoryName(unit.unit().category()))).append("</span> · ").append(esc(messages.text("report.score")))
          .append(' ').append(Numbers.text(unit.published())).append(' ').append(grade(unit))
          .append("</summary>\n");
      indicators(unit);
      adjustments(unit);
      List<Note> notes = notesByUnit.getOrDefault(unit.id(), List.of());
      if (!notes.isEmpty()) {
        out.append("<h3>").append(esc(messages.text("report.notes"))).append("</h3>\n<ul class=\"notes\">\n");
        for (Note note : notes) {
          out.append("<li>").append(esc(note.indicator())).append(' ')
              .append(esc(indicatorNames.getOrDefault(note.indicator(), ""))).append(": ")
              .append(esc(messages.note(note))).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      if (!unit.corrections().isEmpty()) {
        out.append("<h3>").append(esc(messages.text("report.corrections"))).append("</h3>\n<ul class=\"corrections\">\n");
        for (Correction correction : unit.corrections()) {
          out.append("<li>").append(esc(correction(correction))).append(" · ").append(esc(correction.reason()))
              .append(" · ")
              .append(esc(correction.author())).append(' ').append(esc(correction.time().toString()))
              .append("</li>\n");
        }
        out.append("</ul>\n");
      }
      if (unit.selfAssessmentFlagged()) {
        out.append("<p class=\"capped\">").append(esc(messages.text("report.self-flagged", published(unit.selfScoreRate())))).append("</p>\n");
      }
      out.append("</details>\n");
    }
    out.append("</section>\n");
  }

  private void indicators(UnitResult unit) {
    out.append("<table class=\"indicators\">\n<thead><tr><th>").append(esc(messages.text("report.indicator"))).append("</th><th>")
        .append(esc(messages.text("report.status"))).append("</th><th class=\"num\">").append(esc(messages.text("report.raw")))
        .append("</th><th class=\"num\">").append(esc(messages.text("report.points"))).append("</th><th class=\"num\">")
        .append(esc(messages.text("report.max"))).append("</th><th class=\"num\">").append(esc(messages.text("report.contribution")))
        .append("</th></tr></thead>\n<tbody>\n");
    Set<String> notApplicableGroups = new HashSet<>();
    for (IndicatorScore score : unit.indicators()) {
      String id = score.indicator();
      String up = parent.get(id);
      if (up != null && notApplicableGroups.contains(up)) {
        notApplicableGroups.add(id); // the group says it once
        continue;
      }
      boolean notApplicable = score.status() == IndicatorScore.Status.NOT_APPLICABLE;
      if (notApplicable) {
        notApplicableGroups.add(id);
      }
      int level = depth.getOrDefault(id, 1);
      boolean shown = !notApplicable;
      out.append("<tr class=\"l").append(Math.min(level, 2)).append(notApplicable ? " na" : "")
          .append("\" data-indicator=\"").append(esc(id)).append("\"><td style=\"padding-left:")
          .append(7 + 14 * level).append("px\">").append(esc(id)).append(' ')
          .append(esc(indicatorNames.getOrDefault(id, ""))).append("</td><td>").append(esc(status(score.status())))
          .append("</td><td class=\"num\">").append(score.leaf() && shown ? raw(score.raw()) : "")
          .append("</td><td class=\"num\">").append(shown ? published(score.score()) : DASH)
          .append("</td><td class=\"num\">").append(shown ? published(score.max()) : DASH)
          .append("</td><td class=\"num\">").append(shown ? published(score.contribution()) : DASH)
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private String status(IndicatorScore.Status status) {
    return messages.text(switch (status) {
      case SCORED -> "report.scored";
      case NOT_APPLICABLE -> "report.not-applicable";
      case IMPUTED_ZERO -> "report.imputed-zero";
      case EXCLUDED -> "report.excluded";
      case IMPUTED -> "report.imputed";
    });
  }

  private void adjustments(UnitResult unit) {
    out.append("<h3>").append(esc(messages.text("report.adjustments"))).append("</h3>\n");
    if (unit.adjustments().isEmpty()) {
      out.append("<p class=\"muted\">").append(esc(messages.text("report.none"))).append("</p>\n");
      return;
    }
    out.append("<table class=\"adjustments\">\n<thead><tr><th>").append(esc(messages.text("report.item"))).append("</th><th>")
        .append(esc(messages.text("report.kind"))).append("</th><th class=\"num\">").append(esc(messages.text("report.count")))
        .append("</th><th class=\"num\">").append(esc(messages.text("report.requested"))).append("</th><th class=\"num\">")
        .append(esc(messages.text("report.applied"))).append("</th><th>").append(esc(messages.text("report.cap"))).append("</th><th>")
        .append(esc(messages.text("report.note"))).append("</th></tr></thead>\n<tbody>\n");
    for (AppliedAdjustment adjustment : unit.adjustments()) {
      boolean veto = adjustment.kind() == AdjustmentKind.VETO;
      String sign = adjustment.kind() == AdjustmentKind.BONUS ? "+" : "−";
      String name = policy.adjustments().item(adjustment.item()).map(item -> item.name()).orElse("");
      out.append("<tr data-item=\"").append(esc(adjustment.item())).append("\"><td>").append(esc(adjustment.item()))
          .append(' ').append(esc(name)).append("</td><td>").append(esc(kind(adjustment.kind())))
          .append("</td><td class=\"num\">").append(adjustment.count()).append("</td><td class=\"num\">")
          .append(veto ? DASH : sign + published(adjustment.requested())).append("</td><td class=\"num\">")
          .append(veto ? DASH : sign + published(adjustment.applied())).append("</td><td")
          .append(adjustment.wasCapped() ? " class=\"capped\"" : "").append('>').append(esc(adjustment.capNote()))
          .append("</td><td class=\"wrap\">").append(esc(adjustment.note())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private String kind(AdjustmentKind kind) {
    return messages.text(switch (kind) {
      case BONUS -> "report.bonus";
      case DEDUCTION -> "report.deduction";
      case VETO -> "report.veto";
    });
  }

  private void notes() {
    out.append("<section id=\"notes\">\n<h2>").append(esc(messages.text("report.section-notes"))).append("</h2>\n");
    if (result.notes().isEmpty()) {
      out.append("<p class=\"muted\">").append(esc(messages.text("report.none"))).append("</p>\n</section>\n");
      return;
    }
    out.append("<table id=\"notes-table\">\n<thead><tr><th>").append(esc(messages.text("report.unit"))).append("</th><th>")
        .append(esc(messages.text("report.indicator"))).append("</th><th>").append(esc(messages.text("report.kind"))).append("</th><th>")
        .append(esc(messages.text("report.note"))).append("</th></tr></thead>\n<tbody>\n");
    for (Note note : result.notes()) {
      String name = result.unit(note.unit()).map(u -> u.unit().name()).orElse("");
      out.append("<tr><td>").append(esc(note.unit())).append(' ').append(esc(name)).append("</td><td>")
          .append(esc(note.indicator())).append(' ').append(esc(indicatorNames.getOrDefault(note.indicator(), "")))
          .append("</td><td>").append(esc(messages.noteKind(note.kind()))).append("</td><td class=\"wrap\">")
          .append(esc(messages.note(note))).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void footer() {
    Provenance provenance = result.provenance();
    out.append("<footer>\n<p>").append(esc(messages.text("report.provenance"))).append(": ")
        .append(esc(messages.text("report.policy-sha"))).append(" <code>").append(esc(provenance.policySha256()))
        .append("</code> · ").append(esc(messages.text("report.data-sha"))).append(" <code>").append(esc(provenance.dataSha256()))
        .append("</code> · ").append(esc(messages.text("report.library-version"))).append(' ')
        .append(esc(provenance.libraryVersion())).append("</p>\n<p>").append(esc(policy.id())).append(' ')
        .append(esc(policy.version())).append(". ").append(esc(policy.description())).append(' ')
        .append(esc(messages.text("report.generated-by"))).append("</p>\n</footer>\n");
  }

  private String categoryName(String categoryId) {
    return policy.category(categoryId).map(Category::name).orElse(categoryId);
  }

  private String colour(String categoryId) {
    Integer index = categoryIndex.get(categoryId);
    return index == null ? "#7b8794" : PALETTE[index % PALETTE.length];
  }

  private String swatch(String categoryId) {
    return "<span class=\"sw\" style=\"background:" + colour(categoryId) + "\"></span>";
  }

  /** An id attribute for a unit: letters, digits, '-' and '_' kept, anything else as _hex_. */
  static String anchor(String unitId) {
    StringBuilder id = new StringBuilder("unit-");
    unitId.codePoints().forEach(cp -> {
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '-') {
        id.appendCodePoint(cp);
      } else {
        id.append('_').append(Integer.toHexString(cp)).append('_');
      }
    });
    return id.toString();
  }

  private static String esc(String text) {
    return ESCAPER.escape(text);
  }

  /** A published number, or a score shown beside published ones: the policy's rounding and decimals. */
  private String published(double value) {
    return Double.isFinite(value) ? Numbers.publishedText(value, policy.rounding()) : DASH;
  }

  /** A raw value: up to six decimals, trailing zeros dropped. */
  private static String raw(double value) {
    return Double.isFinite(value) ? Numbers.detailText(value) : DASH;
  }

  /** An axis label: up to four decimals, trailing zeros dropped. */
  private static String tick(double value) {
    return Numbers.decimalText(value, 4);
  }

  /** An SVG coordinate: one decimal, '.' as decimal point whatever the default locale. */
  private static String c(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
