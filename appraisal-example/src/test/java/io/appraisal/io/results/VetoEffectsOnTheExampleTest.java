package io.appraisal.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Note;
import io.appraisal.core.Period;
import io.appraisal.core.Policy;
import io.appraisal.core.UnitResult;
import io.appraisal.example.ExampleData;
import io.appraisal.io.LoadedDataset;
import io.appraisal.io.policy.PolicyFiles;
import io.appraisal.rules.BuiltInRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The example with its one veto item's effect changed in the policy file, as an analyst would: G16 (市水利局, 96.28
 * by score, vetoed in 2022-Q4 for 重大违法行政行为被问责) is ranked by score, placed last, or left out and listed
 * apart, and every output says which.
 */
class VetoEffectsOnTheExampleTest {
  private static final Period Q4 = Period.parse("2022-Q4");

  private static CompiledPolicy policy(String effect) {
    String text = PolicyFiles.write(ExampleData.policy(), PolicyFiles.Format.YAML);
    assertTrue(text.contains("ranked-last"), text);
    Policy policy = PolicyFiles.read("policy.yaml", text.replace("ranked-last", effect), PolicyFiles.Format.YAML);
    return AppraisalEngine.builder().rules(BuiltInRules.registry()).build().compile(policy);
  }

  private static RankingReport report(CompiledPolicy policy, Period period) {
    LoadedDataset data = ExampleData.load();
    return RankingReport.withPrevious(policy, data.dataset(), data.correctionLog(), data.evaluate(policy, period));
  }

  @Test
  void lowestGradeRanksTheVetoedUnitByItsScore() {
    RankingReport q4 = report(policy("lowest-grade"), Q4);
    UnitResult g16 = q4.current().unit("G16").orElseThrow();
    // 11 units publish more (G24 99.39 … G20 96.71, G34 96.30): rank 12 by score, grade 较差 by the veto
    assertEquals(12, g16.rank());
    assertEquals("较差", g16.grade().orElseThrow());
    assertFalse(g16.rankedLast());
    String table = RankingTable.render(q4, unit -> true, Locale.CHINESE);
    assertTrue(table.contains("G16 市水利局  veto.illegal-act：按得分排第 12 名，等次 较差"), table);
  }

  @Test
  void rankedLastPlacesItAfterEveryOtherUnit() {
    RankingReport q4 = report(policy("ranked-last"), Q4);
    assertEquals(67, q4.current().unit("G16").orElseThrow().rank());
    String table = RankingTable.render(q4, unit -> true, Locale.CHINESE);
    assertTrue(table.contains("G16 市水利局  veto.illegal-act：列末位（第 67 名），等次 较差"), table);
    assertFalse(table.contains("按得分排第"), table);
  }

  @Test
  void excludedLeavesItOutOfTheRankingAndEveryOutputListsItApart() {
    CompiledPolicy policy = policy("excluded");
    RankingReport q4 = report(policy, Q4);
    AppraisalResult result = q4.current();
    assertEquals(66, result.size());
    assertTrue(result.unit("G16").isEmpty());
    List<Note> notes = result.notes().stream().filter(note -> note.kind() == Note.Kind.EXCLUDED_BY_VETO).toList();
    assertEquals(1, notes.size());
    assertEquals("G16", notes.get(0).unit());
    assertTrue(notes.get(0).message().startsWith("vetoed by 重大违法行政行为被问责 in 2022-Q4"), notes.get(0).message());
    assertEquals(List.of(1, 66), List.of((int) result.ranking().get(0).rank(),
        (int) result.ranking().get(65).rank()));

    // the note's sentence in the table's language
    String zh = RankingTable.render(q4, unit -> true, Locale.CHINESE);
    assertTrue(zh.contains("\n  G16 ：一票否决，未参加排名：" + notes.get(0).message(Locale.CHINESE)), zh);
    String en = RankingTable.render(q4, unit -> true, Locale.ENGLISH);
    assertTrue(en.contains("\n  G16 : vetoed, not ranked: vetoed by 重大违法行政行为被问责 in 2022-Q4"), en);
    String json = new String(RankingJson.bytes(q4), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"EXCLUDED_BY_VETO\""), json);
    assertFalse(new String(RankingCsv.bytes(q4), StandardCharsets.UTF_8).contains("G16"));

    // the year: G16 was vetoed in 2022-Q4, so it is in no quarter of the roll-up and not in the annual ranking
    AppraisalResult year = ExampleData.load().evaluate(policy, Period.year(2022));
    assertEquals(66, year.size());
    assertTrue(year.unit("G16").isEmpty());
    assertTrue(year.notes().stream().anyMatch(note -> note.unit().equals("G16")
        && note.kind() == Note.Kind.EXCLUDED_BY_VETO), year.notes().toString());
  }
}
