package io.appraisal.cli;

import static io.appraisal.cli.Cli.run;
import static io.appraisal.cli.Cli.words;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.appraisal.example.ExampleData;
import io.appraisal.cli.Cli.Run;
import io.appraisal.io.results.PublishedRanking;
import io.appraisal.io.results.RankingJson;
import io.appraisal.io.results.RankingTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rank's formats, --force, --locale and progress; verify; report; the example's corrections in the outputs. */
class OutputsTest {
  @TempDir
  Path dir;

  @Test
  void anExistingResultIsNeverReplacedSilently() throws IOException {
    Path out = dir.resolve("results");
    assertEquals(0, run("rank", "--out", out.toString()).exit());
    Path json = out.resolve("ranking-2022-Q4.json");
    Files.writeString(json, "edited by hand\n");
    Run again = run("rank", "--out", out.toString(), "--format", "csv");
    assertEquals(1, again.exit());
    assertEquals("", again.out());
    assertEquals("a result for 2022-Q4 already exists: " + out.resolve("ranking-2022-Q4.csv") + ", " + json + "\n"
        + "  a result is never replaced silently; give --force to replace it. Nothing was written.\n", again.err());
    assertEquals("edited by hand\n", Files.readString(json));
    // Another period is not the same result.
    assertEquals(0, run("rank", "--out", out.toString(), "--period", "2022-Q3").exit());
    Run forced = run("rank", "--out", out.toString(), "--force");
    assertEquals(0, forced.exit(), forced.err());
    assertTrue(forced.out().contains("Wrote " + json.toAbsolutePath()), forced.out());
    assertTrue(Files.readString(json).startsWith("{\n  \"format\": \"appraisal-ranking\""));
    Run withoutOut = run("rank", "--force");
    assertEquals(2, withoutOut.exit());
    assertTrue(withoutOut.err().startsWith("--force needs --out DIR"), withoutOut.err());
  }

  @Test
  void rankWritesEveryFormatAndTheFormatOnlyAsked() throws IOException {
    Path out = dir.resolve("all");
    Run run = Cli.asGiven("rank", "--out", out.toString(), "--format", "csv,json,xlsx,html");
    assertEquals(0, run.exit(), run.err());
    byte[] xlsx = Files.readAllBytes(out.resolve("ranking-2022-Q4.xlsx"));
    assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(xlsx, 2), "a zip container");
    String html = Files.readString(out.resolve("ranking-2022-Q4.html"), StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    assertTrue(html.contains("lang=\"zh-CN\""), "the report's labels default to Chinese");
    Path english = dir.resolve("en");
    assertEquals(0, run("rank", "--out", english.toString(), "--format", "html", "--locale", "en").exit());
    assertTrue(Files.readString(english.resolve("ranking-2022-Q4.html")).contains("lang=\"en\""));
    try (Stream<Path> files = Files.list(english)) {
      // the asked format, the set's manifest and the lock that kept other runs out
      assertEquals(List.of(".appraisal.lock", "ranking-2022-Q4.html", "ranking-2022-Q4.sha256"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    Run bad = run("rank", "--out", english.toString(), "--format", "pdf");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("'pdf' is not a format: use csv, json, xlsx or html"), bad.err());
  }

  @Test
  void reportWritesTheHtmlReport() throws IOException {
    Run run = run("report", "--out", dir.toString(), "--period", "2022", "--locale", "zh");
    assertEquals(0, run.exit(), run.err());
    assertEquals("已写入 " + dir.resolve("ranking-2022.html").toAbsolutePath() + "\n已写入 "
        + dir.resolve("ranking-2022.sha256") + "（该组文件的 SHA-256 清单）\n", run.out());
    String html = Files.readString(dir.resolve("ranking-2022.html"));
    assertTrue(html.contains("市水利局"));
    Run again = run("report", "--out", dir.toString(), "--period", "2022");
    assertEquals(1, again.exit());
    Run missingOut = run("report");
    assertEquals(2, missingOut.exit());
  }

  @Test
  void theTableInChinese() {
    Run run = run("rank", "--locale", "zh");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.lines().get(0).startsWith("综合排序 2022-Q4 · "), run.lines().get(0));
    assertTrue(run.lines().get(0).endsWith(" · 67 个单位 · 与上期比较 2022-Q3"), run.lines().get(0));
    assertEquals(RankingTable.header(Locale.CHINESE), words(run.lines().get(1)));
    assertTrue(run.out().contains("一票否决：\n  G16 市水利局  veto.illegal-act：列末位（第 67 名），等次 较差"), run.out());
    Run bad = run("rank", "--locale", "fr");
    assertEquals(2, bad.exit());
    // not a language: said in the default one
    assertTrue(bad.err().startsWith("选项 '--locale' 的取值无效：'fr' 不是语言：请用 zh 或 en\n"), bad.err());
  }

  @Test
  void theProgressBarIsOffInTestsAndDeterministicWhenAsked() throws IOException {
    assertEquals("", run("rank", "--out", dir.resolve("a").toString()).err(), "not a terminal, 67 units: no bar");
    Run run = run("rank", "--out", dir.resolve("b").toString(), "--progress");
    assertEquals(0, run.exit());
    assertEquals("[------------------------] 1/5 reading the data\n"
        + "[####--------------------] 2/5 evaluating 2022-Q4\n"
        + "[#########---------------] 3/5 comparing with 2022-Q3\n"
        + "[##############----------] 4/5 writing ranking-2022-Q4.csv\n"
        + "[###################-----] 5/5 writing ranking-2022-Q4.json\n"
        + "[########################] done\n", run.err());
    assertEquals("", run("rank", "--no-progress").err());
  }

  @Test
  void theExampleCorrectionAndOverrideAndTheSelfAssessmentFlagAppearInTheOutputs() throws IOException {
    Run q4 = run("rank", "--out", dir.toString());
    assertEquals(0, q4.exit(), q4.err());
    assertEquals(List.of("11", "G34", "市畜牧业管理局", "政府部门", "96.30", "良好", "(override)", "↑1"), q4.row("G34"));
    assertTrue(q4.out().contains("Corrections applied (review log 复核):\n  G34 市畜牧业管理局  2022-Q4 grade: 优秀 → 良好"
        + " — 执法案卷评查发现程序问题经考评委员会研究等次由优秀调整为良好 (市绩效考评委员会, 2023-01-18T07:30:00Z)\n"), q4.out());
    assertTrue(q4.out().contains("Self-assessments (自评) flagged: self-assessed score rate above the verified one by"
        + " more than 5:\n  G32 市信访局  self 97.43 vs verified 82.12: gap 15.31\n"), q4.out());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("ranking-2022-Q4.json").toFile());
    JsonNode g34 = unit(json, "G34");
    assertEquals("良好", g34.get("grade").asText());
    assertEquals("GRADE", g34.get("corrections").get(0).get("target").asText());
    assertEquals("优秀", g34.get("corrections").get(0).get("before").asText());
    assertTrue(unit(json, "G32").get("selfAssessmentFlagged").asBoolean());
    assertEquals(97.428571, unit(json, "G32").get("selfScoreRate").asDouble(), 1e-6);
    assertFalse(unit(json, "P03").get("selfAssessmentFlagged").asBoolean());
    assertTrue(unit(json, "G09").get("selfScoreRate").isNull());
    String csv = Files.readString(dir.resolve("ranking-2022-Q4.csv"));
    assertTrue(csv.contains(",G34,市畜牧业管理局,government,96.30,0.00,0.00,96.30,良好,false,+1\n"), csv);

    Run q2 = run("rank", "--period", "2022-Q2", "--unit", "G12");
    assertTrue(q2.out().contains("Corrections applied (review log 复核):\n  G12 市自然资源局  2022-Q2 raw value 5.1: 35 → 15"
        + " — 二审改判4件行政诉讼案件败诉率由35%更正为15% (市委依法治市办, 2022-08-26T02:30:00Z)\n"), q2.out());
    assertEquals(List.of("47", "G12", "市自然资源局", "政府部门", "77.07", "一般", "↓13"), q2.row("G12"));
    // Without the log (an empty corrections file) G12 has 2022-Q2's published loss rate and ranks lower.
    Path empty = Files.writeString(dir.resolve("none.csv"), "unit,period,target,indicator,before,after,reason,author,"
        + "time\n");
    Run raw = run("rank", "--period", "2022-Q2", "--unit", "G12", "--corrections", empty.toString());
    assertEquals(0, raw.exit(), raw.err());
    assertEquals(List.of("55", "G12", "市自然资源局", "政府部门", "73.07", "一般", "↓21"), raw.row("G12"));
  }

  private static JsonNode unit(JsonNode json, String id) {
    for (JsonNode unit : json.get("units")) {
      if (unit.get("unitId").asText().equals(id)) {
        return unit;
      }
    }
    throw new AssertionError("no unit " + id);
  }

  @Test
  void verifyPassesOnAFreshResultAndListsEveryDifferenceOfATamperedOne() throws IOException {
    assertEquals(0, run("rank", "--out", dir.toString()).exit());
    Path json = dir.resolve("ranking-2022-Q4.json");
    Run verified = run("verify", json.toString());
    assertEquals(0, verified.exit(), verified.out() + verified.err());
    assertTrue(verified.out().startsWith("verified: " + json + " matches a recomputation of 2022-Q4 (67 units;"
        + " policy sha256 "), verified.out());

    String text = Files.readString(json, StandardCharsets.UTF_8);
    String dataHash = new ObjectMapper().readTree(text).get("provenance").get("dataSha256").asText();
    String tampered = text.replace("\"score\": 95.61,", "\"score\": 95.71,")
        .replace(dataHash, "0".repeat(64))
        .replaceFirst("\"grade\": \"良好\"", "\"grade\": \"优秀\"");
    Path forged = Files.writeString(dir.resolve("forged.json"), tampered, StandardCharsets.UTF_8);
    Run failed = run("verify", forged.toString());
    assertEquals(1, failed.exit());
    List<String> lines = failed.lines();
    assertTrue(lines.get(0).startsWith("NOT verified: 3 differences between " + forged + " and a recomputation of"
        + " 2022-Q4 from policy (bundled) baicheng-example 2022.1; data (bundled synthetic Baicheng 2022):"),
        lines.get(0));
    assertEquals(List.of(
        "  provenance.dataSha256: published " + "0".repeat(64) + ", recomputed " + dataHash,
        "  units[G34].grade: published 优秀, recomputed 良好",
        "  units[G09].score: published 95.71, recomputed 95.61"), lines.subList(1, 4));
    Run chinese = Cli.asGiven("verify", forged.toString());
    assertEquals(1, chinese.exit());
    assertEquals(List.of(
        "  provenance.dataSha256：发布值 " + "0".repeat(64) + "，重新计算值 " + dataHash,
        "  units[G34].grade：发布值 优秀，重新计算值 良好",
        "  units[G09].score：发布值 95.71，重新计算值 95.61"), chinese.lines().subList(1, 4));
    String differences = String.join("\n", chinese.lines().subList(1, 4));
    assertTrue(!differences.matches("(?s).*[A-Za-z]+\\s+[A-Za-z]+.*"), differences);

    Run annual = run("annual", "--out", dir.toString(), "--format", "json");
    assertEquals(0, annual.exit(), annual.err());
    assertEquals(0, run("verify", dir.resolve("ranking-2022.json").toString()).exit());
  }

  @Test
  void verifyComparesThePerIndicatorBreakdownToo() throws IOException {
    assertEquals(0, run("rank", "--out", dir.toString()).exit());
    Path json = dir.resolve("ranking-2022-Q4.json");
    ObjectMapper mapper = new ObjectMapper();
    JsonNode tree = mapper.readTree(json.toFile());
    ObjectNode indicator = null;
    for (JsonNode candidate : unit(tree, "G09").get("indicators")) {
      if (candidate.get("indicator").asText().equals("1.2")) {
        indicator = (ObjectNode) candidate;
      }
    }
    // As written (RankingJson keeps the digits); the tree is only for the edit.
    PublishedRanking.PublishedIndicator written = RankingJson.read(json).unit("G09").orElseThrow().indicators()
        .stream().filter(i -> i.indicator().equals("1.2")).findFirst().orElseThrow();
    String raw = written.raw().toPlainString();
    String score = written.score().toPlainString();
    indicator.put("raw", written.raw().add(BigDecimal.ONE));
    indicator.put("score", new BigDecimal("0.5"));
    Path edited = dir.resolve("edited.json");
    mapper.writeValue(edited.toFile(), tree);
    Run failed = run("verify", edited.toString());
    assertEquals(1, failed.exit(), failed.out());
    assertEquals(List.of(
        "  units[G09].indicators[1.2].raw: published " + written.raw().add(BigDecimal.ONE).toPlainString()
            + ", recomputed " + raw,
        "  units[G09].indicators[1.2].score: published 0.5, recomputed " + score), failed.lines().subList(1, 3));
    assertTrue(failed.lines().get(0).startsWith("NOT verified: 2 differences between " + edited), failed.out());
  }

  @Test
  void verifyAgainstOtherInputsAndBrokenFiles() throws IOException {
    assertEquals(0, run("rank", "--out", dir.toString(), "--period", "2022-Q2").exit());
    Path json = dir.resolve("ranking-2022-Q2.json");
    Path empty = Files.writeString(dir.resolve("none.csv"), "unit,period,target,indicator,before,after,reason,author,"
        + "time\n");
    Run withoutAppeal = run("verify", json.toString(), "--corrections", empty.toString());
    assertEquals(1, withoutAppeal.exit());
    assertTrue(withoutAppeal.out().contains("\n  units[G12].score: published 77.07, recomputed 73.07\n"), withoutAppeal.out());
    assertTrue(withoutAppeal.out().contains("\n  units[G12].rank: published 47, recomputed 55\n"), withoutAppeal.out());

    Run missing = run("verify", dir.resolve("nope.json").toString());
    assertEquals(1, missing.exit());
    assertEquals("1 problem in the input:\n  " + dir.resolve("nope.json") + ": no such file\n", missing.err());
    Path notJson = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"appraisal-ranking\", \"formatVersion\":"
        + " 1, \"units\": 3}");
    Run bad = run("verify", notJson.toString());
    assertEquals(1, bad.exit());
    assertTrue(bad.err().contains(notJson + ": field 'policy': missing"), bad.err());
    assertTrue(bad.err().contains(notJson + ": field 'units': must be a list"), bad.err());
    Run usage = run("verify");
    assertEquals(2, usage.exit());
  }

  @Test
  void validateReportsTheLogAndTheDetectedEncodings() throws IOException {
    Run run = run("validate");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains(" 2 corrections, "), run.out());
    assertFalse(run.out().contains("was read as"), run.out());
    assertEquals(ExampleData.load().valueCount(), 4090);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rank", "annual", "explain", "verify", "report", "validate"})
  void everyCommandHasHelpWithAnExample(String command) {
    Run run = run(command, "--help", "--locale", "en");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Examples:\n  appraisal " + command), run.out());
  }

  @Test
  void theTopLevelHelpListsTheCommandsAndExitCodes() {
    Run run = run("--help");
    assertEquals(0, run.exit());
    for (String command : List.of("rank", "annual", "explain", "verify", "report", "validate")) {
      assertTrue(run.out().contains("\n  " + command + " "), command + " in\n" + run.out());
    }
    assertTrue(run.out().contains("Exit codes:\n  0   ok (verify: verified)\n"), run.out());
  }
}
