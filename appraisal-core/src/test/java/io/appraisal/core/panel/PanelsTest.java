package io.appraisal.core.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.Dataset;
import io.appraisal.core.Indicator;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.Problem;
import io.appraisal.core.RuleSpec;
import io.appraisal.core.Unit;
import io.appraisal.core.Unkeyed;
import io.appraisal.core.ValueRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PanelsTest {
  private static final Period Q4 = Period.quarter(2022, 4);
  private static final Panel WEIGHTED = Panel.builder(Panel.Method.TRIMMED_MEAN).trim(1).minRaters(6)
      .group("leaders", 0.4).group("representatives", 0.6).build();

  private static Policy policy(Panel panel) {
    return Policy.builder("shufa").category("leader", "述法人")
        .indicators(Indicator.group("total", "total")
            .child(Indicator.leaf("1", "述法评议", RuleSpec.of("linear", "lo", 0, "hi", 100)).range(ValueRange.PERCENT))
            .child(Indicator.leaf("2", "书面述法", RuleSpec.of("linear", "lo", 0, "hi", 100)))
            .build())
        .panel("1", panel)
        .build();
  }

  private static Dataset data() {
    return Dataset.builder().unit(Unit.of("U1", "甲", "leader")).unit(Unit.of("U2", "乙", "leader"))
        .value("U1", Q4, "2", 80).value("U2", Q4, "2", 90).build();
  }

  /** Raters L1..L3 (leaders) and R1..R3 (representatives), each scoring U1 and U2. */
  private static List<Rating> ratings() {
    List<Rating> ratings = new ArrayList<>();
    double[][] scores = {{80, 90, 85, 70, 75, 95}, {90, 92, 94, 88, 90, 86}};
    String[] raters = {"L1", "L2", "L3", "R1", "R2", "R3"};
    for (int u = 0; u < 2; u++) {
      for (int r = 0; r < raters.length; r++) {
        ratings.add(new Rating("U" + (u + 1), Q4, "1", raters[r], r < 3 ? "leaders" : "representatives",
            scores[u][r], "", "ratings.csv", 2 + 6 * u + r));
      }
    }
    return ratings;
  }

  @Test
  void groupsAreTrimmedOnTheirOwnThenWeighted() {
    PanelOutcome outcome = Panels.apply(policy(WEIGHTED), data(), ratings());

    assertEquals(List.of(), outcome.problems());
    PanelReport report = outcome.reports().get(0);
    PanelReport.UnitPanel u1 = report.units().get(0);
    // U1: leaders 80 90 85 → drop 80 and 90 → 85; representatives 70 75 95 → drop 70 and 95 → 75;
    // 0.4 × 85 + 0.6 × 75 = 34 + 45 = 79
    assertEquals(Map.of("leaders", 85.0, "representatives", 75.0), u1.groupValues());
    assertEquals(79, u1.value(), 1e-12);
    // U2: leaders 90 92 94 → 92; representatives 88 90 86 → 88; 0.4 × 92 + 0.6 × 88 = 36.8 + 52.8 = 89.6
    assertEquals(89.6, report.units().get(1).value(), 1e-12);
    assertEquals(79, outcome.dataset().value("U1", Q4, "1").getAsDouble(), 1e-12);
    assertEquals(89.6, outcome.dataset().value("U2", Q4, "1").getAsDouble(), 1e-12);
    assertEquals(80, outcome.dataset().value("U1", Q4, "2").getAsDouble(), "other values are kept");
    // U1's scores 80 90 85 70 75 95: mean 82.5; squared deviations 6.25 56.25 6.25 156.25 56.25 156.25 = 437.5;
    // 437.5 / 5 = 87.5; sd = 9.3541...; range 95 − 70 = 25
    assertEquals(Math.sqrt(87.5), u1.standardDeviation(), 1e-12);
    assertEquals(25, u1.range());
    assertEquals(6, u1.raters());
    // Five raters score U1 below U2, R3 above: R = 5·1 + 2 = 7 and 5·2 + 1 = 11; ΣR² = 170;
    // 12·170 − 3·6²·2·3² = 2040 − 1944 = 96; 6²·2·(2² − 1) = 216; W = 96 / 216 = 0.444...
    assertEquals(96.0 / 216, report.kendallW(), 1e-12);
    assertEquals(6, report.raters());
    assertEquals(6, report.concordanceRaters());
  }

  @Test
  void outliersAreListedWithoutRaterIdsUnlessAllowed() {
    List<Rating> ratings = new ArrayList<>(ratings());
    // U1 ungrouped scores 80 90 85 70 75 95 → replace R2's 75 by 20: sorted 20 70 80 85 90 95, median 82.5;
    // |deviations| 62.5 12.5 2.5 2.5 7.5 12.5 → sorted 2.5 2.5 7.5 12.5 12.5 62.5, median 10, scaled 14.826;
    // 3 × 14.826 = 44.478 < 62.5: only the 20 is an outlier
    ratings.set(4, new Rating("U1", Q4, "1", "R2", "representatives", 20, "", "ratings.csv", 6));
    Panel anonymous = Panel.builder(Panel.Method.MEDIAN).minRaters(6).build();
    Panel named = Panel.builder(Panel.Method.MEDIAN).minRaters(6).showRaterIds(true).build();

    PanelReport.Outlier hidden = Panels.apply(policy(anonymous), data(), ratings).reports().get(0).outliers().get(0);
    List<PanelReport.Outlier> shown = Panels.apply(policy(named), data(), ratings).reports().get(0).outliers();

    assertEquals(new PanelReport.Outlier("U1", Optional.empty(), "representatives", 20, 82.5, 10 * Stats.MAD_SCALE),
        hidden);
    assertEquals(List.of(new PanelReport.Outlier("U1", Optional.of("R2"), "representatives", 20, 82.5,
        10 * Stats.MAD_SCALE)), shown);
  }

  @Test
  void badRatingsAreReportedAllAtOnceWithFileLineFieldAndValue() {
    Panel panel = Panel.builder(Panel.Method.TRIMMED_MEAN).trim(1).minRaters(3)
        .group("leaders", 0.4).group("representatives", 0.6).build();
    List<Rating> ratings = new ArrayList<>(ratings().subList(0, 6)); // U1 complete, lines 2..7
    ratings.add(new Rating("U1", Q4, "1", "L1", "leaders", 82, "", "ratings.csv", 8));
    ratings.add(new Rating("U2", Q4, "1", "L1", "leaders", 120, "", "ratings.csv", 9));
    ratings.add(new Rating("U2", Q4, "1", "L2", "leaders", 90, "", "ratings.csv", 10));
    ratings.add(new Rating("X9", Q4, "1", "L1", "leaders", 90, "", "ratings.csv", 11));
    ratings.add(new Rating("U2", Q4, "9", "L1", "leaders", 90, "", "ratings.csv", 12));
    ratings.add(new Rating("U2", Q4, "2", "L1", "leaders", 90, "", "ratings.csv", 13));
    ratings.add(new Rating("U2", Q4, "1", "X1", "others", 90, "", "ratings.csv", 14));

    PanelOutcome outcome = Panels.apply(policy(panel), data(), ratings);

    assertEquals(List.of(
        new Problem("ratings.csv", 8, "rater", "L1", "the rater already scored unit U1 for 1 in 2022-Q4 at line 2"),
        new Problem("ratings.csv", 9, "score", "120", "score outside the indicator's range [0, 100]"),
        new Problem("ratings.csv", 11, "unit", "X9", "unknown unit"),
        new Problem("ratings.csv", 12, "indicator", "9", "unknown indicator"),
        new Problem("ratings.csv", 13, "indicator", "2", "the policy declares no panel for this indicator"),
        new Problem("ratings.csv", 14, "group", "others", "unknown group; the panel has leaders, representatives"),
        new Problem("ratings.csv", 10, "rater", "1",
            "unit U2 has 1 raters for 1 in 2022-Q4, fewer than the panel's minRaters 3"),
        new Problem("ratings.csv", 10, "group", "leaders",
            "unit U2 has 1 raters in group leaders for 1 in 2022-Q4; needs at least 3 to drop 1 at each end"),
        new Problem("ratings.csv", 10, "group", "representatives",
            "unit U2 has 0 raters in group representatives for 1 in 2022-Q4; needs at least 3 to drop 1 at each"
                + " end")), Unkeyed.problems(outcome.problems()));
    assertTrue(outcome.reports().isEmpty());
    assertTrue(outcome.dataset().value("U1", Q4, "1").isEmpty(), "nothing is added when there are problems");
  }

  @Test
  void aValueInTheDataAndRatingsForTheSameUnitIsAProblem() {
    Dataset data = Dataset.builder().unit(Unit.of("U1", "甲", "leader")).unit(Unit.of("U2", "乙", "leader"))
        .value("U1", Q4, "1", 80).build();

    List<Problem> problems = Unkeyed.problems(Panels.apply(policy(WEIGHTED), data, ratings()).problems());

    assertEquals(List.of(new Problem("ratings.csv", 2, "indicator", "1", "unit U1 has a value for this panel"
        + " indicator in the data as well; give either the value or the ratings")), problems);
  }

  @Property(tries = 200)
  void theOrderOfTheRatingsChangesNothing(@ForAll long seed) {
    List<Rating> shuffled = new ArrayList<>(ratings());
    Collections.shuffle(shuffled, new Random(seed));

    PanelOutcome expected = Panels.apply(policy(WEIGHTED), data(), ratings());
    PanelOutcome actual = Panels.apply(policy(WEIGHTED), data(), shuffled);

    assertEquals(expected.reports(), actual.reports());
  }
}
