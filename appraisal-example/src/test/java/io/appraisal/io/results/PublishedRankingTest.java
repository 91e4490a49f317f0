package io.appraisal.io.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Messages;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.example.ExampleData;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.TestFiles;
import io.appraisal.rules.BuiltInRules;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What {@link RankingJson} writes reads back as the same {@link PublishedRanking}. */
class PublishedRankingTest {
  private static final CompiledPolicy POLICY =
      AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(ExampleData.policy());

  private static RankingReport report(String period) {
    LoadedDataset data = ExampleData.load();
    return RankingReport.withPrevious(POLICY, data.dataset(), data.correctionLog(),
        data.evaluate(POLICY, Period.parse(period)));
  }

  @Test
  void aWrittenRankingReadsBackEqualDigitForDigit() {
    for (String period : List.of("2022-Q1", "2022-Q2", "2022-Q4", "2022")) {
      RankingReport report = report(period);
      PublishedRanking expected = PublishedRanking.of(report);
      byte[] bytes = RankingJson.bytes(report);
      PublishedRanking read = RankingJson.read("ranking-" + period + ".json", bytes);
      assertEquals(expected, read, period);
      assertArrayEquals(bytes, RankingJson.bytes(read), "the tree writes the same bytes: " + period);
      assertEquals(List.of(), read.differencesFrom(expected));
    }
    PublishedRanking q4 = RankingJson.read("q4.json", RankingJson.bytes(report("2022-Q4")));
    PublishedRanking.PublishedUnit g09 = q4.unit("G09").orElseThrow();
    assertEquals(new BigDecimal("95.61"), g09.score());
    assertEquals(new BigDecimal("3.00"), g09.bonus(), "the published scale is kept");
    assertEquals(new BigDecimal("13"), g09.rank());
    assertEquals("2022-Q3", q4.previousPeriod());
    assertEquals("良好", q4.unit("G34").orElseThrow().grade());
    assertEquals("GRADE", q4.unit("G34").orElseThrow().corrections().get(0).target());
    assertTrue(q4.unit("G32").orElseThrow().selfAssessmentFlagged());
    assertFalse(q4.frozen());
    assertTrue(RankingJson.read("f.json", RankingJson.bytes(q4.withFrozen(true))).frozen());
  }

  @Test
  void differencesCompareNumbersByValueAndNameWhatDiffers() {
    PublishedRanking q4 = PublishedRanking.of(report("2022-Q4"));
    PublishedRanking q3 = PublishedRanking.of(report("2022-Q3"));
    List<PublishedRanking.Difference> differences = q4.differencesFrom(q3);
    assertEquals("provenance.dataSha256", differences.get(0).what());
    assertEquals(new PublishedRanking.Difference("period", "2022-Q4", "2022-Q3"), differences.get(1));
    PublishedRanking.Difference score = differences.stream().filter(d -> d.what().equals("units[G09].score"))
        .findFirst().orElseThrow();
    assertEquals("units[G09].score: published 95.61, recomputed 90.91", score.toString());
    assertEquals("units[G09].score：发布值 95.61，重新计算值 90.91", score.render(Messages.of(Locale.CHINESE)));
    assertEquals("units[G09].score: published 95.61, recomputed 90.91", score.render(Messages.of(Locale.ENGLISH)));
  }

  /** A unit, indicator or category on one side only is one difference naming its path, its id as the value. */
  @Test
  void elementsOnOneSideOnlyAreNamedByTheirPath() {
    PublishedRanking q4 = PublishedRanking.of(report("2022-Q4"));
    List<PublishedRanking.PublishedUnit> units = q4.units();
    PublishedRanking withoutFirst = new PublishedRanking(q4.format(), q4.formatVersion(), q4.policy(), q4.period(),
        q4.previousPeriod(), q4.scale(), q4.rounding(), q4.rankingMethod(), q4.provenance(), q4.frozen(),
        q4.categories(), units.subList(1, units.size()), q4.notes());
    String first = units.get(0).unitId();
    assertEquals(List.of(new PublishedRanking.Difference("units[" + first + "]", first, "")),
        q4.differencesFrom(withoutFirst));
    assertEquals(List.of(new PublishedRanking.Difference("units[" + first + "]", "", first)),
        withoutFirst.differencesFrom(q4));
    assertEquals("units[" + first + "]：发布值 （无），重新计算值 " + first,
        withoutFirst.differencesFrom(q4).get(0).render(Messages.of(Locale.CHINESE)));
  }

  @Test
  void aFileThatIsNotARankingListsWhatIsWrong() {
    InvalidInputException notJson = assertThrows(InvalidInputException.class,
        () -> RankingJson.read("x.json", "{".getBytes(StandardCharsets.UTF_8)));
    assertTrue(notJson.problems().get(0).toString().startsWith("x.json:1: not valid JSON: "));
    InvalidInputException other = assertThrows(InvalidInputException.class,
        () -> RankingJson.read("x.json", "{\"format\": \"appraisal-dataset\"}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(new Problem("x.json", 0, "format", "appraisal-dataset",
        "not a ranking file: expected \"appraisal-ranking\"")), TestFiles.plain(other.problems()));
    String broken = new String(RankingJson.bytes(report("2022-Q4")), StandardCharsets.UTF_8)
        .replaceFirst("\"score\": 99.39", "\"score\": \"99.39\"")
        .replaceFirst("\"rank\": 1,", "");
    InvalidInputException fields = assertThrows(InvalidInputException.class,
        () -> RankingJson.read("x.json", broken.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(new Problem("x.json", 0, "units[0].rank", "", "missing"),
        new Problem("x.json", 0, "units[0].score", "", "must be a number")), TestFiles.plain(fields.problems()));
  }

  @Test
  void theFreezeRule() {
    FrozenResult.Entry appeal = new FrozenResult.Entry("G12", "2022-Q2", "RAW_VALUE", "5.1", "35", "15", "r", "a",
        "2022-08-26T02:30:00Z");
    FrozenResult.Entry later = new FrozenResult.Entry("G12", "2022-Q2", "RAW_VALUE", "5.1", "15", "12", "r", "a",
        "2022-09-26T02:30:00Z");
    FrozenResult frozen = new FrozenResult("2022-Q2", "p", "d", "i", List.of(appeal));
    assertEquals(FrozenResult.Verdict.UNCHANGED, frozen.check("p", "d", "i", List.of(appeal)));
    assertEquals(FrozenResult.Verdict.CORRECTIONS_ONLY, frozen.check("p", "d2", "i", List.of(appeal, later)));
    assertEquals(FrozenResult.Verdict.REFUSED, frozen.check("p", "d2", "i2", List.of(appeal, later)),
        "raw inputs changed");
    assertEquals(FrozenResult.Verdict.REFUSED, frozen.check("p", "d2", "i", List.of(later)), "log rewritten");
    assertEquals(FrozenResult.Verdict.REFUSED, frozen.check("p", "d2", "i", List.of()), "log shrunk");
    assertEquals(FrozenResult.Verdict.REFUSED, frozen.check("p2", "d", "i", List.of(appeal)), "another policy");
  }
}
