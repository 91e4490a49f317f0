package io.appraisal.io.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Dataset;
import io.appraisal.core.Period;
import io.appraisal.core.RankMovement;
import io.appraisal.core.Unit;
import io.appraisal.example.ExampleData;
import io.appraisal.rules.BuiltInRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingWritersTest {
  private static CompiledPolicy policy;
  private static Dataset data;
  private static RankingReport q4;

  @TempDir
  Path dir;

  @BeforeAll
  static void rank() {
    policy = AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(ExampleData.policy());
    data = ExampleData.dataset();
    q4 = RankingReport.withPrevious(policy, data, policy.evaluate(data, Period.parse("2022-Q4")));
  }

  private static List<String> csvLines(byte[] bytes) {
    return Arrays.asList(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\n", -1));
  }

  @Test
  void csvStartsWithTheBomAndHoldsEveryUnitInPublishedOrder() {
    byte[] bytes = RankingCsv.bytes(q4);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    List<String> lines = csvLines(bytes);
    assertEquals("rank,category_rank,unit_id,unit_name,category,score_rate,bonus,deduction,score,grade,vetoed,"
        + "rank_change", lines.get(0));
    assertEquals(69, lines.size()); // header, 67 units, and the empty string after the last '\n'
    assertEquals("", lines.get(68));
    assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("\r"));
    assertEquals("1,1,G24,市政府国有资产监督管理委员会,government,99.39,0.00,0.00,99.39,优秀,false,+1", lines.get(1));
    assertEquals("13,7,G09,市司法局,government,92.61,3.00,0.00,95.61,优秀,false,+14", lines.get(13));
    // The vetoed unit is placed last (列末位) whatever it publishes; it was 13th in 2022-Q3.
    assertEquals("67,39,G16,市水利局,government,96.28,0.00,0.00,96.28,较差,true,-54", lines.get(67));
    assertTrue(lines.contains("28,7,P05,市委统战部,party,90.81,0.00,0.00,90.81,良好,false,-19"));
    assertTrue(lines.contains("28,7,P09,市委编办,party,90.81,0.00,0.00,90.81,良好,false,+7"));
    assertTrue(lines.contains("61,36,G33,市粮食和物资储备局,government,78.48,0.00,10.00,68.48,一般,false,-6"));
  }

  @Test
  void csvWithoutAPreviousPeriodLeavesRankChangeEmpty() {
    RankingReport q1 = RankingReport.withPrevious(policy, data, policy.evaluate(data, Period.parse("2022-Q1")));
    assertTrue(q1.previous().isEmpty());
    List<String> lines = csvLines(RankingCsv.bytes(q1));
    assertTrue(lines.subList(1, 68).stream().allMatch(line -> line.endsWith(",")), lines.get(1));
  }

  @Test
  void jsonParsesBackWithEveryUnitAndMatchesItsSchema() throws IOException {
    byte[] bytes = RankingJson.bytes(q4);
    JsonNode json = new ObjectMapper().readTree(bytes);
    assertEquals("appraisal-ranking", json.get("format").asText());
    assertEquals("baicheng-example", json.get("policy").get("id").asText());
    assertEquals("2022.1", json.get("policy").get("version").asText());
    assertEquals("2022-Q4", json.get("period").asText());
    assertEquals("2022-Q3", json.get("previousPeriod").asText());
    assertEquals(2, json.get("rounding").get("scale").asInt());
    assertEquals(67, json.get("units").size());
    JsonNode g09 = json.get("units").get(12);
    assertEquals("G09", g09.get("unitId").asText());
    assertEquals(95.61, g09.get("score").asDouble());
    assertEquals(3, g09.get("bonus").asDouble());
    assertEquals(27, g09.get("previousRank").asInt());
    assertEquals(14, g09.get("rankChange").asInt());
    assertEquals("item cap 2", g09.get("adjustments").get(0).get("capNote").asText());
    assertEquals("total bonus cap 3", g09.get("adjustments").get(1).get("capNote").asText());
    JsonNode leaf = g09.get("indicators").get(2); // total, 1, 1.1
    assertEquals("1.1", leaf.get("indicator").asText());
    assertEquals("SCORED", leaf.get("status").asText());
    assertEquals(1, leaf.get("raw").asInt());
    // The text keeps the published scale: "score": 95.61, "bonus": 3.00.
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"bonus\": 3.00,"), "bonus written with the policy's two decimals");
    assertTrue(text.contains("\"score\": 95.61,"));
    assertTrue(text.endsWith("}\n"));
    assertFalse(text.contains("\r"));

    Schema schema;
    try (InputStream in = RankingJson.class.getClassLoader().getResourceAsStream(RankingJson.SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    assertEquals(List.of(), schema.validate(json));
  }

  @Test
  void jsonOfAYearHoldsTheYearEndComponents() throws IOException {
    AppraisalResult year = ExampleData.load().evaluate(policy, Period.year(2022));
    JsonNode json = new ObjectMapper().readTree(RankingJson.bytes(RankingReport.withPrevious(policy, data, year)));
    assertEquals("2022", json.get("period").asText());
    assertTrue(json.get("previousPeriod").isNull());
    JsonNode indicators = json.get("units").get(0).get("indicators");
    JsonNode last = indicators.get(indicators.size() - 1);
    assertEquals("year-end.review", last.get("indicator").asText());
    assertEquals("年终报评检查", last.get("name").asText());
  }

  @Test
  void sameResultSameBytes() {
    RankingReport again = RankingReport.withPrevious(policy, data, policy.evaluate(data, Period.parse("2022-Q4")));
    assertArrayEquals(RankingCsv.bytes(q4), RankingCsv.bytes(again));
    assertArrayEquals(RankingJson.bytes(q4), RankingJson.bytes(again));
  }

  @Test
  void movementsComeFromThePreviousQuarter() {
    assertEquals(RankMovement.Status.DOWN, q4.movement("G16").orElseThrow().status());
    assertEquals("↓54", q4.movementText(q4.current().unit("G16").orElseThrow()));
    assertEquals("+14", q4.movementSigned(q4.current().unit("G09").orElseThrow()));
    assertEquals("=", q4.movementText(q4.current().unit("P11").orElseThrow()));
  }

  @Test
  void aUnitWithoutValuesInThePreviousQuarterIsNew() {
    // Only G01 and G02 have 2022-Q3 values; G03 joins in 2022-Q4, where G01 falls from first to third. The yearly
    // items (2.1, 7.1, 8.1) are given in Q4 only.
    Period q3 = Period.parse("2022-Q3");
    Period q4period = Period.parse("2022-Q4");
    Map<String, Double> full = Map.ofEntries(Map.entry("1.1", 1.0), Map.entry("1.2", 6.0), Map.entry("2.1", 1.0),
        Map.entry("2.2", 90.0), Map.entry("6.1", 90.0), Map.entry("6.2", 0.0), Map.entry("7.1", 1.0),
        Map.entry("7.2", 4.0), Map.entry("8.1", 1.0), Map.entry("8.2", 1.0), Map.entry("8.3", 40.0),
        Map.entry("9.1", 80.0));
    Dataset.Builder clean = Dataset.builder();
    for (String id : List.of("G01", "G02", "G03")) {
      clean.unit(Unit.of(id, id, "mass"));
    }
    List<String> yearly = List.of("2.1", "7.1", "8.1");
    for (String id : List.of("G01", "G02")) {
      full.forEach((indicator, value) -> {
        if (!yearly.contains(indicator)) {
          clean.value(id, q3, indicator, id.equals("G02") && indicator.equals("2.2") ? 80.0 : value);
        }
      });
    }
    for (String id : List.of("G01", "G02", "G03")) {
      full.forEach((indicator, value) -> clean.value(id, q4period, indicator,
          id.equals("G01") && indicator.equals("2.2") ? 70.0 : value));
    }
    Dataset growing = clean.build();
    RankingReport report = RankingReport.withPrevious(policy, growing, policy.evaluate(growing, q4period));
    assertTrue(report.previousProblems().isEmpty(), report.previousProblems().toString());
    assertEquals("new", report.movementText(report.current().unit("G03").orElseThrow()));
    assertEquals("new", report.movementSigned(report.current().unit("G03").orElseThrow()));
    assertTrue(report.previousRank("G03").isEmpty());
    assertEquals(1, report.previousRank("G01").orElseThrow());
    assertEquals("↓2", report.movementText(report.current().unit("G01").orElseThrow()));
  }

  @Test
  void atomicWritesReplaceTheTargetAndLeaveNoTemporaryFile() throws IOException {
    Path target = dir.resolve("sub").resolve("ranking.csv");
    AtomicFiles.write(target, "old".getBytes(StandardCharsets.UTF_8));
    RankingCsv.write(q4, target);
    assertArrayEquals(RankingCsv.bytes(q4), Files.readAllBytes(target));
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void aFailedWriteLeavesTheTargetsUntouched() throws IOException {
    Path first = dir.resolve("a.csv");
    Files.writeString(first, "before");
    Path blocked = dir.resolve("file-not-dir");
    Files.writeString(blocked, "x");
    Map<Path, byte[]> files = new java.util.LinkedHashMap<>();
    files.put(first, "after".getBytes(StandardCharsets.UTF_8));
    files.put(blocked.resolve("b.csv"), "b".getBytes(StandardCharsets.UTF_8));
    try {
      AtomicFiles.writeAll(files);
    } catch (IOException expected) {
      // the second file's directory is a file
    }
    assertEquals("before", Files.readString(first));
    try (Stream<Path> list = Files.list(dir)) {
      assertEquals(2, list.count()); // no temporary file left
    }
  }

  @Test
  void tableWidthsCountChineseAsTwoColumns() {
    assertEquals(6, RankingTable.displayWidth("市文联"));
    assertEquals(8, RankingTable.displayWidth("G16 市水"));
  }
}
