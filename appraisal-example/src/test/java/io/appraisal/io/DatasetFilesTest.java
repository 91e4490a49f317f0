package io.appraisal.io;

import io.appraisal.example.ExampleData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Dataset;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Note;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.core.Unit;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.example.BaichengPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFilesTest {
  private static final AppraisalEngine ENGINE = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();
  private static final CompiledPolicy POLICY = ENGINE.compile(BaichengPolicy.policy());

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void theBundledExampleHas67UnitsAndFourQuarters() {
    LoadedDataset example = ExampleData.load();
    Dataset data = example.dataset();
    assertEquals(67, data.size());
    List<Period> quarters = data.periods().stream().filter(Period::isQuarter).toList();
    assertEquals(List.of(Period.parse("2022-Q1"), Period.parse("2022-Q2"), Period.parse("2022-Q3"),
        Period.parse("2022-Q4")), quarters);
    assertEquals(Period.parse("2022-Q4"), example.latestPeriod().orElseThrow());
    assertEquals(List.of(), example.parseProblems());
    assertEquals(List.of(), example.problems(POLICY, example.periodsWithValues()));
    assertEquals(18, data.units().stream().filter(u -> u.category().equals("party")).count());
    assertEquals(39, data.units().stream().filter(u -> u.category().equals("government")).count());
    assertEquals(10, data.units().stream().filter(u -> u.category().equals("mass")).count());
    assertEquals(35, data.units().stream().filter(u -> u.has("enforcement")).count());
    assertEquals(Unit.of("G16", "市水利局", "government", "enforcement"), data.units().get(data.indexOf("G16")));
    // 3,956 quarterly rows (seeds/README.md: the yearly items only in 2022-Q4) plus two year-end values per unit for
    // the annual roll-up.
    long quarterly = quarters.stream().mapToLong(p -> data.indicators(p).stream()
        .mapToLong(i -> data.units().stream().filter(u -> data.value(u.id(), p, i).isPresent()).count()).sum())
        .sum();
    assertEquals(3956, quarterly);
    assertEquals(OptionalDouble.empty(), data.value("M06", Period.parse("2022-Q2"), "9.1"));
    assertEquals(OptionalDouble.of(35), data.value("G12", Period.parse("2022-Q2"), "5.1"));
  }

  @Test
  void readsFilesWithBomCrlfQuotesNaAndEmptyValues() throws IOException {
    Path units = write("units.csv", "\uFEFFid,name,category,attributes\r\n"
        + "G01,\"市政府办公室\",government,\r\n"
        + "G02,\"Office, with comma\",government,enforcement; extra ;\r\n");
    Path values = write("values.csv", "unit,period,indicator,value\n"
        + "G01,2022-Q4,1.1,1\n"
        + "G01,2022-Q4,1.2,NA\n"
        + "G01,2022-Q4,1.3,\n"
        + " G02 , 2022-Q4 , 1.1 , 2.5 \n"
        + "\n");
    Path adjustments = write("adjustments.csv", "unit,period,item,count,note\n"
        + "G02,2022-Q4,bonus.regulation,2,\"起草, 两部\"\n");
    LoadedDataset loaded = DatasetFiles.read(units, values, adjustments);
    assertEquals(List.of(), loaded.parseProblems());
    Dataset data = loaded.dataset();
    assertEquals(List.of(Unit.of("G01", "市政府办公室", "government"),
        Unit.of("G02", "Office, with comma", "government", "enforcement", "extra")), data.units());
    Period q4 = Period.parse("2022-Q4");
    assertEquals(OptionalDouble.of(1), data.value("G01", q4, "1.1"));
    assertTrue(data.isNotApplicable("G01", q4, "1.2"));
    assertFalse(data.isNotApplicable("G01", q4, "1.3"));
    assertEquals(OptionalDouble.empty(), data.value("G01", q4, "1.3"));
    assertEquals(OptionalDouble.of(2.5), data.value("G02", q4, "1.1"));
    assertEquals(List.of(new AdjustmentEvent("G02", q4, "bonus.regulation", 2, "起草, 两部")), data.events());
    assertEquals(2, loaded.valueCount());
    assertEquals(1, loaded.notApplicableCount());
    assertEquals(1, loaded.eventCount());
  }

  @Test
  void aWrongHeaderNamesTheExpectedAndTheFoundColumns() throws IOException {
    Path units = write("units.csv", "id,name,category,attributes\nP01,市委办公室,party,\n");
    Path values = write("values.csv", "unit,period,value\nP01,2022-Q4,1\n");
    Path adjustments = write("adjustments.csv", "");
    LoadedDataset loaded = DatasetFiles.read(units, values, adjustments);
    assertEquals(List.of(
        new Problem(values.toString(), 1, "header", "unit,period,value",
            "expected the columns unit,period,indicator,value (optionally followed by self) but found 3:"
                + " unit,period,value"),
        new Problem(adjustments.toString(), 1, "header", "",
            "the file is empty; expected the header unit,period,item,count,note")),
        TestFiles.plain(loaded.parseProblems()));
  }

  @Test
  void aMissingFileIsAProblemLikeAnyOther() throws IOException {
    write("units.csv", "id,name,category,attributes\n");
    write("values.csv", "unit,period,indicator,value\n");
    LoadedDataset loaded = DatasetFiles.read(dir);
    assertEquals(List.of(new Problem(dir.resolve("adjustments.csv").toString(), 0, "", "", "no such file")),
        TestFiles.plain(loaded.parseProblems()));
  }

  @Test
  void badNumbersCountsAndPeriodsAreAllReported() throws IOException {
    Path units = write("units.csv", "id,name,category,attributes\nP01,市委办公室,party,\n");
    Path values = write("values.csv", "unit,period,indicator,value\n"
        + "P01,2022-Q4,1.1,1e400\n"
        + "P01,2022-Q4,1.2,NaN\n"
        + "P01,2022-Q4,2.1,\"1,5\"\n"
        + "P01,Q4-2022,2.2,80\n"
        + ",2022-Q4,,80\n");
    Path adjustments = write("adjustments.csv", "unit,period,item,count,note\n"
        + "P01,2022-Q4,deduction.notice,0,\n"
        + "P01,2022-Q4,deduction.notice,1.5,\n"
        + "P01,2022-Q4,deduction.notice,1,同一条\n"
        + "P01,2022-Q4,deduction.notice,1,同一条\n");
    LoadedDataset loaded = DatasetFiles.read(units, values, adjustments);
    String v = values.toString();
    String a = adjustments.toString();
    String notANumber = "not a number: write digits with a '.' decimal point (95% is read as 95), or NA for not"
        + " applicable, or leave it empty when missing";
    String notACount = "not a count: write a whole number of occurrences, at least 1";
    assertEquals(List.of(
        new Problem(v, 2, "value", "1e400", "the number is too large"),
        new Problem(v, 3, "value", "NaN", notANumber),
        new Problem(v, 4, "value", "1,5", notANumber),
        new Problem(v, 5, "period", "Q4-2022", "not a period: write a quarter as 2022-Q4 or a year as 2022"),
        new Problem(v, 6, "unit", "", "blank unit: every row needs one"),
        new Problem(v, 6, "indicator", "", "blank indicator: every row needs one"),
        new Problem(a, 2, "count", "0", notACount),
        new Problem(a, 3, "count", "1.5", notACount),
        new Problem(a, 5, "item", "deduction.notice", "the same adjustment as line 4 (unit P01, period 2022-Q4);"
            + " for several occurrences write one row with their count")),
        TestFiles.plain(loaded.parseProblems()));
    assertThrows(InvalidInputException.class, loaded::datasetOrThrow);
  }

  @Test
  void theBrokenFixtureReportsEveryProblemOnceWithFileLineFieldAndValue() {
    Path broken = TestFiles.fixture("broken");
    LoadedDataset loaded = DatasetFiles.read(broken);
    Period q4 = Period.parse("2022-Q4");
    List<Problem> problems = loaded.problems(POLICY, loaded.periodsWithValues());
    assertEquals(TestFiles.brokenProblems(broken), problems.stream().map(Problem::toString).toList());
    // The unreadable value 四 (P01 1.2) is reported once, as unreadable, not again as a missing required value.
    assertTrue(problems.stream().noneMatch(p -> p.message().contains("indicator 1.2")));
    InvalidInputException thrown = assertThrows(InvalidInputException.class, () -> loaded.evaluate(POLICY, q4));
    assertEquals(problems, thrown.problems());
    // The empty 9.1 of M01 is a missing value, not a problem: the policy excludes it and the result will say so.
    assertEquals(OptionalDouble.empty(), loaded.dataset().value("M01", q4, "9.1"));
  }

  @Test
  void anEmptyValueIsMissingAndTheResultSaysSo() throws IOException {
    // The whole bundled example with M06's 2022-Q2 9.1 missing: the policy excludes it, and a note says so.
    LoadedDataset example = ExampleData.load();
    List<Note> notes = example.evaluate(POLICY, Period.parse("2022-Q2")).notes();
    assertEquals(List.of(Note.keyed("M06", "9.1", Note.Kind.EXCLUDED_MISSING, "note.text.excluded-missing")), notes);
    assertEquals("value missing; indicator left out of the unit's maximum", notes.get(0).message());
  }
}
