package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static io.appraisal.cli.Cli.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three other appraisals of the source report, each run from its policy and data files in {@code seeds/} by the
 * command line, with their results pinned (ranks, scores, grades, recommendation, panel figures).
 */
class OtherAppraisalsTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final String RATINGS_HEADER = "unit,period,indicator,rater,group,score,comment\n";
  /** Lines 2 and 3: R01 scores L01 twice. */
  private static final String DUPLICATE = "L01,2022-Q4,1,R01,leaders,85,\nL01,2022-Q4,1,R01,leaders,86,\n";
  /** A score above the range [0, 100] and an unknown unit. */
  private static final String OUT_OF_RANGE_AND_UNKNOWN =
      "L01,2022-Q4,1,R03,leaders,101,\nL99,2022-Q4,1,R04,leaders,80,\n";

  private static Run rank(String appraisal, String... more) {
    Path dir = SEEDS.resolve(appraisal);
    List<String> args = new java.util.ArrayList<>(List.of("rank", "--policy", dir.resolve("policy.yaml").toString(),
        "--data", dir.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  @Test
  void countiesRankWithTheMunicipalSchemesShape() {
    Run run = rank("baicheng-counties-2022");
    assertEquals(0, run.exit(), run.err());
    List<String> rows = run.rows();
    // 镇赉县: score rate 96.12 (its explanation) + 2 for the recommended demonstration = 98.12
    assertEquals(List.of("1", "zhenlai", "镇赉县", "县(市、区)", "98.12", "+2.00", "优秀"), words(rows.get(0)));
    assertEquals(List.of("2", "daan", "大安市", "县(市、区)", "97.39", "+2.00", "优秀"), words(rows.get(1)));
    assertEquals(List.of("3", "taobei", "洮北区", "县(市、区)", "84.21", "良好"), words(rows.get(2)));
    assertEquals(List.of("4", "taonan", "洮南市", "县(市、区)", "82.15", "-1.00", "良好"), words(rows.get(3)));
    assertEquals(List.of("5", "tongyu", "通榆县", "县(市、区)", "80.60", "良好"), words(rows.get(4)));
  }

  @Test
  void demonstrationRecommendsZhenlaiAndDaanAndGatesTaobeiOnAMustPassItem() {
    Run run = rank("baicheng-demonstration-2022");
    assertEquals(0, run.exit(), run.err());
    // Self-assessed 89.00 against a verified 83.70: a gap of 5.30 above the tolerance 3.
    assertTrue(run.out().contains("  tongyu 通榆县  self 89.00 vs verified 83.70: gap 5.30\n"), run.out());
    String recommendation = run.out().substring(run.out().indexOf("Recommendation: "));
    List<String> lines = List.of(recommendation.split("\n"));
    assertEquals("Recommendation: the best 2 by rank among units not vetoed and passing every must-pass item (1.01,"
        + " 4.01, 5.01, 8.01 at 100% of their points)", lines.get(0));
    assertEquals(List.of("rank", "unit", "name", "score", "self", "gap", "grade", "outcome", "why"),
        words(lines.get(1)));
    // 洮北区 has the best verified score but completed 5.01 (enforcement systems) to 80 %: 0.8 of its 1 point.
    assertEquals(List.of("1", "taobei", "洮北区", "93.20", "93.60", "0.40", "优秀", "not-recommended", "failed",
        "must-pass", "5.01", "(0.8", "of", "1", "points)"), words(lines.get(2)));
    assertEquals(List.of("2", "zhenlai", "镇赉县", "91.60", "91.70", "0.10", "优秀", "recommended", "place", "1",
        "among", "4", "passing", "units"), words(lines.get(3)));
    assertEquals(List.of("3", "daan", "大安市", "89.80", "89.80", "0.00", "达标", "recommended", "place", "2", "among",
        "4", "passing", "units"), words(lines.get(4)));
    assertEquals("not-recommended", words(lines.get(5)).get(7));
    assertEquals(List.of("5", "tongyu", "通榆县", "83.70", "89.00", "5.30", "!", "达标", "not-recommended"),
        words(lines.get(6)).subList(0, 9));
  }

  @Test
  void shufaPanelScoresByTrimmedMeanWithinGroupsAndReportsConsistency() {
    Run run = rank("baicheng-shufa-2022");
    assertEquals(0, run.exit(), run.err());
    // L04: leaders 94 95 92 94 98 96 → drop 92 and 98 → 379 / 4 = 94.75; representatives 95 90 100 95 97 100 94 89
    // 96 → drop 89 and one 100 → 667 / 7 = 95.2857; 0.4 × 94.75 + 0.6 × 95.2857 = 95.0714;
    // score = 80 × 95.0714 / 100 + 20 × 91 / 100 = 76.0571 + 18.2 = 94.2571 → 94.26
    assertEquals(List.of("1", "L04", "市民政局主要负责人", "述法人", "94.26", "好"), words(run.rows().get(0)));
    assertEquals(List.of("11", "L01"), words(run.rows().get(10)).subList(0, 2));
    assertEquals(List.of("11", "L20"), words(run.rows().get(11)).subList(0, 2), "a tie at 81.87");
    assertEquals(List.of("20", "L15", "市卫生健康委员会主要负责人", "述法人", "71.72", "一般"),
        words(run.rows().get(19)));
    String out = run.out();
    assertTrue(out.contains("Panel 1, 2022-Q4: trimmed mean dropping the 1 highest and 1 lowest within each group,"
        + " weighted leaders 40%, representatives 60%; 15 raters; Kendall's W 0.889 over the 15 raters who scored"
        + " every unit\n"), out);
    assertEquals(List.of("L04", "市民政局主要负责人", "15", "95.0714", "94.75", "95.2857", "3.14", "11"),
        words(out.lines().filter(l -> l.startsWith("L04 ")).findFirst().orElseThrow()));
    // R11's 60 for L07 is dropped by the trim and listed, by group only (showRaterIds: false).
    assertTrue(out.endsWith("Outliers (|score - unit median| > 5 x MAD):\n"
        + "  L07 市人力资源和社会保障局主要负责人: representatives, score 60 (median 82, MAD 2.97)\n"), out);
    assertTrue(!out.contains("R11"), "rater ids stay out of the output");
  }

  /** The panel's report and the recommendation in Chinese: the same figures, every label from the bundle. */
  @Test
  void panelAndRecommendationPrintInChinese() {
    String panel = rank("baicheng-shufa-2022", "--locale", "zh").out();
    assertTrue(panel.contains("评议 1，2022-Q4：各组内去掉 1 个最高分和 1 个最低分后的平均值，按组加权：leaders 40%、"
        + "representatives 60%；评分人 15 位；肯德尔和谐系数 W 0.889（依据对每个单位都评了分的 15 位评分人）\n"), panel);
    assertEquals(List.of("单位", "名称", "评分人数", "评议值", "leaders", "representatives", "标准差", "极差"),
        words(panel.lines().filter(l -> l.startsWith("单位 ")).findFirst().orElseThrow()));
    assertEquals(List.of("L04", "市民政局主要负责人", "15", "95.0714", "94.75", "95.2857", "3.14", "11"),
        words(panel.lines().filter(l -> l.startsWith("L04 ")).findFirst().orElseThrow()));
    String outliers = panel.substring(panel.indexOf("\n离群评分"));
    assertEquals("\n离群评分（|评分 − 该单位中位数| > 5 × MAD）：\n"
        + "  L07 市人力资源和社会保障局主要负责人: representatives、评分 60（中位数 82，MAD 2.97）\n", outliers);
    // The group ids (leaders, representatives) are the policy's identifiers, as written there.
    String report = panel.substring(panel.indexOf("评议 1，")).replace("leaders", "").replace("representatives", "");
    assertTrue(!report.matches("(?s).*[A-Za-z]+\\s+[A-Za-z]+.*"), report);

    String out = rank("baicheng-demonstration-2022", "--locale", "zh").out();
    List<String> lines = List.of(out.substring(out.indexOf("推荐：")).split("\n"));
    assertEquals("推荐：在未被一票否决、且各必达项（1.01、4.01、5.01、8.01）均达到其分值 100% 的单位中，按排名取前 2 名",
        lines.get(0));
    assertEquals(List.of("排名", "单位", "名称", "得分", "自评", "差值", "等次", "结论", "理由"), words(lines.get(1)));
    assertEquals(List.of("1", "taobei", "洮北区", "93.20", "93.60", "0.40", "优秀", "不推荐"),
        words(lines.get(2)).subList(0, 8));
    assertEquals(List.of("2", "zhenlai", "镇赉县", "91.60", "91.70", "0.10", "优秀", "推荐"),
        words(lines.get(3)).subList(0, 8));
    // The reasons (the last column) come from the bundle too: no English sentence on any line.
    assertTrue(lines.get(2).contains("未达必达项"), lines.get(2));
    for (String line : lines) {
      assertTrue(!line.matches(".*[A-Za-z]+\\s+[A-Za-z]+.*"), line);
    }
  }

  @Test
  void badRatingsAreReportedWithFileLineFieldAndValueAndNothingIsComputed(@TempDir Path dir) throws IOException {
    Path seed = SEEDS.resolve("baicheng-shufa-2022");
    for (String file : List.of("units.csv", "values.csv", "adjustments.csv")) {
      Files.copy(seed.resolve(file), dir.resolve(file));
    }
    Files.writeString(dir.resolve("ratings.csv"), RATINGS_HEADER + DUPLICATE + "L01,2022-Q4,1,R02,leaders,many,\n"
        + OUT_OF_RANGE_AND_UNKNOWN);
    Run run = run("validate", "--policy", seed.resolve("policy.yaml").toString(), "--data", dir.toString());
    assertEquals(1, run.exit());
    String ratings = dir.resolve("ratings.csv").toString();
    assertTrue(run.err().contains(ratings + ":4: field 'score' = 'many': not a number: write the score with a '.'"
        + " decimal point"), run.err());
    Run ranked = run("rank", "--policy", seed.resolve("policy.yaml").toString(), "--data", dir.toString());
    assertEquals(1, ranked.exit());
    assertTrue(ranked.err().contains(ratings + ":4: field 'score' = 'many'"), ranked.err());
    Files.writeString(dir.resolve("ratings.csv"), RATINGS_HEADER + DUPLICATE + OUT_OF_RANGE_AND_UNKNOWN);
    Run located = run("rank", "--policy", seed.resolve("policy.yaml").toString(), "--data", dir.toString());
    assertEquals(1, located.exit());
    String err = located.err();
    assertTrue(err.contains(ratings + ":3: field 'rater' = 'R01': the rater already scored unit L01 for 1 in"
        + " 2022-Q4 at line 2"), err);
    assertTrue(err.contains(ratings + ":4: field 'score' = '101': score outside the indicator's range [0, 100]"), err);
    assertTrue(err.contains(ratings + ":5: field 'unit' = 'L99': unknown unit"), err);
    assertTrue(err.contains(ratings + ":2: field 'rater' = '1': unit L01 has 1 raters for 1 in 2022-Q4, fewer than"
        + " the panel's minRaters 13"), err);
    assertTrue(!err.contains("Exception"), err);
    assertEquals("", located.out());
  }
}
