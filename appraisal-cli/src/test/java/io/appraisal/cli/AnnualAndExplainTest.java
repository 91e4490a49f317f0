package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static io.appraisal.cli.Cli.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.cli.Cli.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualAndExplainTest {
  @Test
  void annualPrints67RowsWithTheQuartersAndTheYearEndComponents() {
    Run run = run("annual");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    List<String> lines = run.lines();
    assertTrue(lines.get(0).startsWith("Annual result 2022 · "), lines.get(0));
    assertTrue(lines.get(0).endsWith(" · 67 units"), lines.get(0));
    assertEquals("Annual score = 40% × mean of the quarterly score rates + 30% × 年终实地考评 + 30% × 年终报评检查"
        + " + bonus − deduction of the year", lines.get(1));
    assertEquals(List.of("Rank", "ID", "Unit", "Category", "Q1", "Q2", "Q3", "Q4", "Mean", "年终实地考评",
        "年终报评检查", "Adj.", "Score", "Grade"), words(lines.get(2)));
    List<String> rows = run.rows(3);
    assertEquals(67, rows.size());
    assertEquals(67, rows.stream().map(row -> words(row).get(1)).distinct().count());
    // Hand check of G20 市卫生健康委员会 (no adjustment in the year), from the printed quarterly score rates and its
    // two year-end values:
    //   mean   = (93.62 + 93.71 + 96.55 + 96.71) / 4 = 380.59 / 4 = 95.1475   (printed 95.15)
    //   annual = 0.4 × 95.1475 + 0.3 × 91.90 + 0.3 × 96.00 = 38.059 + 27.570 + 28.800 = 94.429 → 94.43
    assertEquals(List.of("1", "G20", "市卫生健康委员会", "政府部门", "93.62", "93.71", "96.55", "96.71",
        "95.15", "91.90", "96.00", "94.43", "优秀"), words(rows.get(0)));
    // A veto in 2022-Q4 vetoes the year: G16's annual score (91.78) would be the 11th, but it gets the lowest grade
    // and the example ranks vetoed units last (列末位), so it is 67th and every unit below the 10th moves up one.
    assertEquals(List.of("67", "G16", "市水利局", "政府部门", "91.55", "91.60", "95.67", "96.28", "93.77", "88.10",
        "92.80", "91.78", "较差", "(veto)"), words(rows.get(66)));
    assertEquals(List.of("G16"), rows.stream().filter(row -> row.contains("(veto)"))
        .map(row -> words(row).get(1)).toList());
    // G34's only override lowered its 2022-Q4 grade; its annual grade 优秀 (93.38) is not an override.
    assertEquals(List.of("4", "G34", "市畜牧业管理局", "政府部门", "95.80", "96.00", "96.15", "96.30", "96.06", "91.00",
        "92.20", "93.38", "优秀"), run.row("G34"));
    // The year's own bonus: P04's regulation drafted (+1).
    assertTrue(run.row("P04").contains("+1.00"), run.row("P04").toString());
    // The appeal of G12's 2022-Q2 loss rate reaches the year through its corrected 2022-Q2 score rate.
    assertEquals("77.07", run.row("G12").get(5));
    // Every correction of the year's quarters, each once, under its period.
    assertTrue(run.out().contains("Corrections applied (review log 复核):\n"
        + "  G34 市畜牧业管理局  2022-Q4 grade: 优秀 → 良好 — 执法案卷评查发现程序问题经考评委员会研究等次由优秀调整为良好"
        + " (市绩效考评委员会, 2023-01-18T07:30:00Z)\n"
        + "  G12 市自然资源局  2022-Q2 raw value 5.1: 35 → 15 — 二审改判4件行政诉讼案件败诉率由35%更正为15%"
        + " (市委依法治市办, 2022-08-26T02:30:00Z)\n\n"), run.out());
    assertEquals(1, run.out().split("2022-Q4 grade: 优秀 → 良好", -1).length - 1, run.out());
    assertEquals(1, run.out().split("Corrections applied", -1).length - 1, run.out());
  }

  @Test
  void annualTakesAYearAndChineseLabels() {
    Run run = run("annual", "--year", "2022", "--locale", "zh");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.lines().get(0).startsWith("年度结果 2022 · "), run.lines().get(0));
    assertEquals(List.of("排名", "编号", "单位", "类别", "第一季度", "第二季度", "第三季度", "第四季度", "平均",
        "年终实地考评", "年终报评检查", "加减分", "得分", "等次"), words(run.lines().get(2)));
    Run noData = run("annual", "--year", "2021");
    assertEquals(1, noData.exit());
    assertTrue(noData.err().contains("no data for this quarter"), noData.err());
  }

  @Test
  void explainG09ListsItsCappedBonusesAndThePointsItLostInOrder() {
    Run run = run("explain", "--unit", "G09");
    assertEquals(0, run.exit(), run.err());
    String out = run.out();
    List<String> lines = run.lines();
    assertTrue(lines.get(0).startsWith("G09 市司法局 · 政府部门 · 2022-Q4 · "), lines.get(0));
    // every score figure shows the policy's two decimals, the applicable maximum (100) too
    assertEquals("Score 95.61 = score rate 92.61 + bonus 3.00 − deduction 0.00; score rate = points 92.61 / 100.00"
        + " applicable × 100", lines.get(1));
    assertEquals("Rank 13 of 67 (政府部门: 7 of 39); grade 优秀", lines.get(2));
    // The indicator table: raw → points → max → contribution, groups indented by depth.
    assertTrue(out.contains("\n    5.1    行政诉讼败诉率（%，越低越好）        3.9    6.00    6.00          6.00\n"),
        out);
    assertTrue(out.contains("Points lost, largest first:\n"
        + "  8.2 法治工作专门机构（是否设立）: −2.00 (0.00 / 2.00, raw 0)\n"
        + "  7.2 普法活动（次，目标4次）: −1.75 (5.25 / 7.00, raw 3)\n"
        + "  9.1 满意度调查得分（分档）: −1.00 (5.00 / 6.00, raw 88.2)\n"
        + "  2.2 述法评议得分: −0.85 (7.15 / 8.00, raw 89.4)\n"), out);
    assertTrue(out.contains("Adjustments (caps: item cap first, then the total caps):\n"
        + "  bonus.regulation ×3: +2.00 of +3.00 requested, CUT by the item cap 2 — 参与起草地方性法规3部\n"
        + "  bonus.demonstration ×1: +1.00 of +2.00 requested, CUT by the total bonus cap 3 — 牵头法治政府建设示范市创建\n"),
        out);
    assertTrue(out.contains("Corrections applied (review log 复核):\n  none\n"), out);
    assertTrue(out.contains("Self-assessment (自评):\n  none given\n"), out);
    assertTrue(out.contains("What it takes:\n"
        + "  next rank: rank 12 needs score 95.79, i.e. score rate 92.79 with this period's adjustments: +0.18 points"
        + " of score rate\n"
        + "  next grade: none: already in the best grade\n"), out);
  }

  @Test
  void explainAgainstAnEarlierQuarterListsWhatMovedTheRank() {
    Run run = run("explain", "--unit", "市水利局", "--against", "2022-Q3");
    assertEquals(0, run.exit(), run.err());
    String out = run.out();
    assertTrue(out.contains("Against 2022-Q3: rank 13 → 67 (↓54); score 95.67 → 96.28; score rate 95.67 → 96.28\n"
        + "Indicators that moved it, largest change of contribution first:\n"), out);
    List<String> lines = run.lines();
    int header = lines.indexOf("Indicators that moved it, largest change of contribution first:") + 1;
    assertEquals(List.of("Indicator", "Name", "Then", "Now", "Change"), words(lines.get(header)));
    // The yearly items enter in Q4 (Q3 had none of them), so they moved it most.
    assertEquals(List.of("2.1", "述法（是否完成）", "0.00", "4.00", "+4.00"), words(lines.get(header + 1)));
    assertEquals("7.1", words(lines.get(header + 2)).get(0));
    assertTrue(out.contains("  veto.illegal-act: veto: lowest grade, ranked after every unit without such a veto"
        + " — 重大违法行政行为被依法追责\n"), out);
    assertTrue(out.contains("  next rank: none: the veto places it after every unit not vetoed\n"), out);
    assertTrue(out.contains("  next grade: none: the veto decides the grade\n"), out);
  }

  @Test
  void explainShowsTheOverstatedSelfAssessmentAndTheOverride() {
    Run g32 = run("explain", "--unit", "G32");
    assertEquals(0, g32.exit(), g32.err());
    assertTrue(g32.out().contains("Self-assessment (自评):\n  self-assessed score rate 97.43 vs verified 82.12: gap"
        + " 15.31 > tolerance 5: FLAGGED as overstated\n"), g32.out());
    Run p03 = run("explain", "--unit", "P03");
    assertTrue(p03.out().contains(": not flagged\n"), p03.out());
    Run g34 = run("explain", "--unit", "G34", "--locale", "zh");
    assertTrue(g34.out().contains("；等次 良好（调整）\n"), g34.out());
    assertTrue(g34.out().contains("复核更正（已应用）：\n  2022-Q4 等次: 优秀 → 良好 — 执法案卷评查发现程序问题经考评委员会研究等次由优秀调整为良好"
        + " (市绩效考评委员会, 2023-01-18T07:30:00Z)\n"), g34.out());
    Run g12 = run("explain", "--unit", "G12", "--period", "2022-Q2");
    assertTrue(g12.out().contains("Corrections applied (review log 复核):\n  2022-Q2 raw value 5.1: 35 → 15 — "), g12.out());
  }

  @Test
  void explainOfAnUnknownUnitIsAUsageError() {
    Run run = run("explain", "--unit", "X99");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("--unit: no unit has the id or name 'X99'"), run.err());
    Run missing = run("explain");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().startsWith("Missing required option: '--unit'\n"), missing.err());
  }
}
