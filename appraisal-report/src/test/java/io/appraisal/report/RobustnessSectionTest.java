package io.appraisal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.Period;
import io.appraisal.example.ExampleData;
import io.appraisal.robustness.RobustnessAnalysis;
import io.appraisal.robustness.SensitivityResult;
import io.appraisal.robustness.Sobol;
import io.appraisal.robustness.Uncertainty;
import io.appraisal.robustness.UncertaintyFile;
import io.appraisal.robustness.UncertaintyResult;
import io.appraisal.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RobustnessSectionTest {
  private static final Period Q4 = Period.parse("2022-Q4");
  private static final AppraisalEngine ENGINE = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();
  private static final AppraisalResult NOMINAL = ENGINE.evaluate(ExampleData.policy(), ExampleData.dataset(), Q4);
  private static final Pattern INTERVAL = Pattern.compile("<g class=\"interval\" data-unit=\"([^\"]+)\">.*?"
      + "<line class=\"bar\" x1=\"([0-9.]+)\" x2=\"([0-9.]+)\".*?<circle class=\"nominal\" cx=\"([0-9.]+)\"");

  private static RobustnessAnalysis analysis(Uncertainty uncertainty) {
    return RobustnessAnalysis.builder(ENGINE, ExampleData.policy(), ExampleData.dataset(), Q4)
        .uncertainty(uncertainty).seed(2022).build();
  }

  /** Each unit's bar (x1, x2) and dot (cx), in the chart's order. */
  private static List<String[]> intervals(String html) {
    List<String[]> found = new ArrayList<>();
    Matcher m = INTERVAL.matcher(html);
    while (m.find()) {
      found.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
    }
    return found;
  }

  /**
   * Without uncertainty every sample is the nominal ranking: each bar collapses onto its dot, at x = 170 + (rank −
   * 1) / 66 × 570 for the 67 units (the plot runs from x = 170 to 760 − 20 = 740): rank 1 at 170, rank 34 at 170 +
   * 285 = 455, rank 67 at 740. Every rank and grade is robust.
   */
  @Test
  void withoutUncertaintyEveryBarCollapsesToTheNominalDot() {
    UncertaintyResult result = analysis(Uncertainty.NONE).uncertainty(20, 10);
    String html = HtmlReport.builder(NOMINAL).robustness(result, null, 3).build().html();
    List<String[]> intervals = intervals(html);
    assertEquals(67, intervals.size());
    for (String[] interval : intervals) {
      assertEquals(interval[1], interval[2], "bar of " + interval[0] + " is a point");
      assertEquals(interval[1], interval[3], "the point is the dot of " + interval[0]);
      double rank = NOMINAL.unit(interval[0]).orElseThrow().rank();
      assertEquals(String.format(Locale.ROOT, "%.1f", 170 + (rank - 1) / 66 * 570), interval[3]);
    }
    assertEquals("170.0", intervals.get(0)[3]);
    assertEquals("740.0", intervals.get(66)[3]);
    assertTrue(html.contains("名次稳健：67/67 个单位（5%–95% 区间不超出名义名次 ±3 位）；等次稳健：67/67 个单位"), html);
    assertFalse(html.contains("id=\"sobol-chart\""), "no Sobol chart without a sensitivity result");
    // The section sits between the charts and the units' breakdown.
    assertTrue(html.indexOf("id=\"robustness\"") > html.indexOf("id=\"ranking\"")
        && html.indexOf("id=\"robustness\"") < html.indexOf("id=\"units\""));
  }

  /**
   * With the example's uncertainty each factor gets a first-order and a total bar of width index × 480 (the plot
   * runs from x = 150 to 760 − 130 = 630), clamped to [0, 480]; the intervals contain the median.
   */
  @Test
  void sobolBarsAreTheIndicesOnTheScaleOfOne() {
    UncertaintyFile.Parsed parsed = UncertaintyFile.readResource(ExampleData.class.getClassLoader(),
        ExampleData.RESOURCE_FOLDER + "uncertainty.yaml");
    RobustnessAnalysis analysis = analysis(parsed.uncertainty());
    UncertaintyResult result = analysis.uncertainty(200, 10);
    SensitivityResult sensitivity = analysis.sensitivity(40, 20);
    String html = HtmlReport.builder(NOMINAL).language("en").robustness(result, sensitivity, 3).build().html();
    for (int f = 0; f < sensitivity.factors().size(); f++) {
      Sobol.Index index = sensitivity.meanAbsoluteShift().get(f);
      String factor = sensitivity.factors().get(f);
      Matcher m = Pattern.compile("data-factor=\"" + Pattern.quote(factor) + "\">.*?<rect class=\"first\" x=\"150.0\""
          + " y=\"[0-9.]+\" width=\"([0-9.]+)\".*?<rect class=\"total\" x=\"150.0\" y=\"[0-9.]+\" width=\"([0-9.]+)\"")
          .matcher(html);
      assertTrue(m.find(), factor);
      assertEquals(String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(1, index.first())) * 480), m.group(1));
      assertEquals(String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(1, index.total())) * 480), m.group(2));
    }
    assertTrue(html.contains("Robust ranks: "), "English labels");
    for (String[] interval : intervals(html)) {
      assertTrue(Double.parseDouble(interval[1]) <= Double.parseDouble(interval[2]), interval[0]);
    }
  }

  @Test
  void aRobustnessResultOfAnotherPeriodIsRefused() {
    UncertaintyResult q3 = RobustnessAnalysis.builder(ENGINE, ExampleData.policy(), ExampleData.dataset(),
        Period.parse("2022-Q3")).build().uncertainty(5, 10);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HtmlReport.builder(NOMINAL).robustness(q3, null, 3));
    assertEquals("the robustness result is of 2022-Q3, policy baicheng-example, but the report's is of 2022-Q4,"
        + " policy baicheng-example", e.getMessage());
  }
}
