package io.appraisal.io;

import io.appraisal.example.ExampleData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AppraisalEngine;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Correction;
import io.appraisal.core.Dataset;
import io.appraisal.core.InvalidInputException;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.core.UnitResult;
import io.appraisal.io.csv.TextEncoding;
import io.appraisal.rules.BuiltInRules;
import io.appraisal.example.BaichengPolicy;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data formats: self-assessments, percentages, encodings, the correction log and the JSON dataset. */
class DataFormatsTest {
  private static final AppraisalEngine ENGINE = AppraisalEngine.builder().rules(BuiltInRules.registry()).build();
  private static final CompiledPolicy POLICY = ENGINE.compile(BaichengPolicy.policy());
  private static final Period Q2 = Period.parse("2022-Q2");
  private static final Period Q4 = Period.parse("2022-Q4");
  static final Path SEEDS = Path.of("..", "seeds", "baicheng-2022");
  private static final List<String> FILES = List.of(DatasetFiles.UNITS, DatasetFiles.VALUES,
      DatasetFiles.ADJUSTMENTS, DatasetFiles.CORRECTIONS);

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path units() throws IOException {
    return write("units.csv", "id,name,category,attributes\nP01,市纪委监委机关,party,\nG01,市政府办公室,government,\n");
  }

  private Path noAdjustments() throws IOException {
    return write("adjustments.csv", "unit,period,item,count,note\n");
  }

  @Test
  void theSeedFilesMatchTheChecksumsInTheirReadme() throws Exception {
    String readme = Files.readString(SEEDS.resolve("..").resolve("README.md"), StandardCharsets.UTF_8);
    Matcher line = Pattern
        .compile("(?m)^([0-9a-f]{64})  seeds/baicheng-2022/(\\S+)$").matcher(readme);
    List<String> checked = new ArrayList<>();
    while (line.find()) {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(SEEDS.resolve(line.group(2))));
      assertEquals(line.group(1), HexFormat.of().formatHex(digest), line.group(2));
      checked.add(line.group(2));
    }
    assertEquals(FILES, checked);
  }

  @Test
  void theSelfColumnIsOptionalAndItsFieldMayBeLeftOut() throws IOException {
    Path values = write("values.csv", "unit,period,indicator,value,self\n"
        + "P01,2022-Q4,2.2,80,95\n"
        + "P01,2022-Q4,1.1,1\n"
        + "P01,2022-Q4,1.2,3,\n"
        + "G01,2022-Q4,6.1,,90\n");
    LoadedDataset loaded = DatasetFiles.read(units(), values, noAdjustments());
    assertEquals(List.of(), loaded.parseProblems());
    Dataset data = loaded.dataset();
    assertEquals(OptionalDouble.of(80), data.value("P01", Q4, "2.2"));
    assertEquals(OptionalDouble.of(95), data.selfAssessment("P01", Q4, "2.2"));
    assertEquals(OptionalDouble.empty(), data.selfAssessment("P01", Q4, "1.1"));
    assertEquals(OptionalDouble.empty(), data.selfAssessment("P01", Q4, "1.2"));
    assertEquals(OptionalDouble.empty(), data.value("G01", Q4, "6.1"), "a self-assessment of a missing value");
    assertEquals(OptionalDouble.of(90), data.selfAssessment("G01", Q4, "6.1"));
    assertEquals(3, loaded.valueCount());
    assertEquals(2, loaded.selfAssessmentCount());
  }

  @Test
  void badSelfValuesAndRowsOfTheWrongLengthAreLocated() throws IOException {
    Path values = write("values.csv", "unit,period,indicator,value,self\n"
        + "P01,2022-Q4,2.2,80,NA\n"
        + "P01,2022-Q4,1.1\n"
        + "P01,2022-Q4,1.2,3,4,5\n");
    String v = values.toString();
    assertEquals(List.of(
        new Problem(v, 2, "self", "NA", "not a number: write the self-assessed value (自评) with a '.' decimal point"
            + " (95% is read as 95), or leave it empty when the unit did not assess itself"),
        new Problem(v, 3, "columns", "3", "expected 4 or 5 columns (unit,period,indicator,value,self) but found 3"),
        new Problem(v, 4, "columns", "5", "6 fields but the header has 5 columns (unit,period,indicator,value,"
            + "self): '5' is beyond them; a number written with a decimal comma (2,5) is split in two: write 2.5")),
        TestFiles.plain(DatasetFiles.read(units(), values, noAdjustments()).parseProblems()));
  }

  @Test
  void aDecimalCommaUnderAHeaderWithoutSelfIsAnErrorNotASelfAssessment() throws IOException {
    // 2,5 written for 2.5 (issue 15): "80,5" splits into the value 80 and a fifth field "5"; with a 4-column header
    // the fifth field is an error naming it, not a self-assessment of 5.
    Path values = write("values.csv", "unit,period,indicator,value\n"
        + "P01,2022-Q4,2.2,80,5\n"
        + "P01,2022-Q4,1.1,1,\n");
    LoadedDataset loaded = DatasetFiles.read(units(), values, noAdjustments());
    assertEquals(List.of(new Problem(values.toString(), 2, "columns", "5", "5 fields but the header has 4 columns"
        + " (unit,period,indicator,value): '5' is beyond them; a number written with a decimal comma (2,5) is split"
        + " in two: write 2.5")), TestFiles.plain(loaded.parseProblems()));
    assertEquals(OptionalDouble.empty(), loaded.dataset().value("P01", Q4, "2.2"));
    assertEquals(OptionalDouble.empty(), loaded.dataset().selfAssessment("P01", Q4, "2.2"));
    assertEquals(OptionalDouble.of(1), loaded.dataset().value("P01", Q4, "1.1"), "a trailing empty field is fine");
    assertEquals(0, loaded.selfAssessmentCount());
  }

  @Test
  void optionalColumnsAreNamedNotPlacedAndUnknownOrRepeatedOnesAreHeaderProblems() throws IOException {
    Path values = write("values.csv", "Unit,Period,Indicator,Value,SELF\nP01,2022-Q4,2.2,80,95\n");
    assertEquals(OptionalDouble.of(95),
        DatasetFiles.read(units(), values, noAdjustments()).dataset().selfAssessment("P01", Q4, "2.2"));
    Path repeated = write("values.csv", "unit,period,indicator,value,self,self\nP01,2022-Q4,2.2,80,95,95\n");
    assertEquals(List.of(new Problem(repeated.toString(), 1, "header", "unit,period,indicator,value,self,self",
        "expected the columns unit,period,indicator,value (optionally followed by self) but found 6:"
            + " unit,period,indicator,value,self,self")),
        TestFiles.plain(DatasetFiles.read(units(), repeated, noAdjustments()).parseProblems()));
  }

  @Test
  void aTrailingPercentSignIsIgnored() throws IOException {
    Path values = write("values.csv", "unit,period,indicator,value,self\n"
        + "P01,2022-Q4,3.1,95%,100%\n"
        + "P01,2022-Q4,6.1,97.5 ％\n"
        + "P01,2022-Q4,4.3,%\n");
    LoadedDataset loaded = DatasetFiles.read(units(), values, noAdjustments());
    assertEquals(OptionalDouble.of(95), loaded.dataset().value("P01", Q4, "3.1"));
    assertEquals(OptionalDouble.of(100), loaded.dataset().selfAssessment("P01", Q4, "3.1"));
    assertEquals(OptionalDouble.of(97.5), loaded.dataset().value("P01", Q4, "6.1"));
    assertEquals(List.of("value = '%'"), loaded.parseProblems().stream()
        .map(p -> p.field() + " = '" + p.value() + "'").toList());
  }

  /** Writes the bundled CSV files in {@code charset} to {@code target}. */
  static Path copySeeds(Path target, Charset charset) throws IOException {
    Files.createDirectories(target);
    for (String file : FILES) {
      String text = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
      Files.write(target.resolve(file), text.getBytes(charset));
    }
    return target;
  }

  @Test
  void aGb18030CopyOfTheExampleReadsTheSameAsUtf8() throws IOException {
    Charset gb18030 = Charset.forName("GB18030");
    Path gb = copySeeds(dir.resolve("gb18030"), gb18030);
    assertTrue(Files.readAllBytes(gb.resolve("units.csv")).length
        < Files.readAllBytes(SEEDS.resolve("units.csv")).length, "two bytes per Chinese character, not three");
    LoadedDataset detected = DatasetFiles.read(gb);
    LoadedDataset forced = DatasetFiles.read(gb, TextEncoding.GB18030);
    LoadedDataset utf8 = DatasetFiles.read(SEEDS);
    assertEquals(List.of(), detected.parseProblems());
    // values.csv is pure ASCII, so it is valid UTF-8 and read as such; the other three hold Chinese text.
    assertEquals(Map.of(gb.resolve("units.csv").toString(), "GB18030", gb.resolve("adjustments.csv").toString(),
        "GB18030", gb.resolve("corrections.csv").toString(), "GB18030"), detected.detectedEncodings());
    assertEquals(Map.of(), forced.detectedEncodings());
    assertEquals(utf8.dataset().units(), detected.dataset().units());
    assertEquals(utf8.dataset().events(), detected.dataset().events());
    assertEquals(utf8.correctionLog(), detected.correctionLog());
    for (Period period : utf8.periodsWithValues()) {
      AppraisalResult fromUtf8 = utf8.evaluate(POLICY, period);
      assertEquals(fromUtf8.provenance(), detected.evaluate(POLICY, period).provenance());
      assertEquals(fromUtf8.provenance(), forced.evaluate(POLICY, period).provenance());
    }
    LoadedDataset strict = DatasetFiles.read(gb, TextEncoding.UTF_8);
    assertEquals(3, strict.parseProblems().size());
    assertTrue(strict.parseProblems().get(0).toString().startsWith(gb.resolve("units.csv")
        + ":2: the file is not valid UTF-8 (byte "), strict.parseProblems().toString());
  }

  @Test
  void aUtf8FileWithABomIsUtf8AndBytesValidInNeitherAreAProblem() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "id,name\nP01,市委办公室\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(text, 0, withBom, 3, text.length);
    TextEncoding.Decoded decoded = TextEncoding.AUTO.decode("t.csv", withBom);
    assertEquals("id,name\nP01,市委办公室\n", decoded.text());
    assertEquals(StandardCharsets.UTF_8, decoded.charset());
    byte[] broken = {'a', '\n', (byte) 0x81, (byte) 0x20};
    Problem problem = TextEncoding.AUTO.decode("t.csv", broken).problem();
    assertEquals("t.csv:2: the file is neither valid UTF-8 nor valid GB18030 (byte 3); save it as CSV UTF-8",
        problem.toString());
    assertEquals("文件既不是有效的 UTF-8 也不是有效的 GB18030 编码（第 3 字节）；请另存为 UTF-8 编码的 CSV",
        problem.message(Locale.CHINESE));
    assertEquals(TextEncoding.GB18030, TextEncoding.parse("GBK"));
    assertThrows(IllegalArgumentException.class, () -> TextEncoding.parse("latin-1"));
  }

  @Test
  void theBundledCorrectionLogHasOneAppealAndOneOverride() {
    LoadedCorrections log = ExampleData.load().corrections();
    assertEquals(List.of(
        new Correction("G12", Q2, Correction.Target.RAW_VALUE, "5.1", "35", "15",
            "二审改判4件行政诉讼案件败诉率由35%更正为15%", "市委依法治市办", Instant.parse("2022-08-26T02:30:00Z")),
        new Correction("G34", Q4, Correction.Target.GRADE, "", "优秀", "良好",
            "执法案卷评查发现程序问题经考评委员会研究等次由优秀调整为良好", "市绩效考评委员会",
            Instant.parse("2023-01-18T07:30:00Z"))), log.entries());
    // "before" is what the data and the engine say without the log.
    Dataset data = ExampleData.dataset();
    assertEquals(OptionalDouble.of(35), data.value("G12", Q2, "5.1"));
    assertEquals("优秀", POLICY.evaluate(data, Q4).unit("G34").orElseThrow().grade().orElseThrow());
    // With the log: the appeal lowers the loss rate and raises G12 in 2022-Q2; the override lowers G34's grade.
    AppraisalResult q2 = ExampleData.load().evaluate(POLICY, Q2);
    UnitResult g12 = q2.unit("G12").orElseThrow();
    assertEquals(15, g12.indicator("5.1").orElseThrow().raw());
    assertEquals(3.6, g12.indicator("5.1").orElseThrow().score(), 1e-9); // 6 × (30 − 15) / (30 − 5)
    assertEquals(List.of(log.entries().get(0)), g12.corrections());
    assertTrue(g12.rank() < POLICY.evaluate(data, Q2).unit("G12").orElseThrow().rank());
    UnitResult g34 = ExampleData.load().evaluate(POLICY, Q4).unit("G34").orElseThrow();
    assertEquals("良好", g34.grade().orElseThrow());
    assertEquals(List.of(log.entries().get(1)), g34.corrections());
  }

  @Test
  void oneUnitOverstatesItsSelfAssessmentBeyondTheTolerance() {
    AppraisalResult q4 = ExampleData.load().evaluate(POLICY, Q4);
    List<String> assessed = q4.ranking().stream().filter(u -> !Double.isNaN(u.selfScoreRate()))
        .map(UnitResult::id).sorted().toList();
    assertEquals(List.of("G07", "G20", "G32", "M02", "P03"), assessed);
    List<String> flagged = q4.ranking().stream().filter(UnitResult::selfAssessmentFlagged).map(UnitResult::id)
        .toList();
    assertEquals(List.of("G32"), flagged);
    UnitResult g32 = q4.unit("G32").orElseThrow();
    assertTrue(g32.selfScoreRate() - g32.scoreRate() > BaichengPolicy.policy().selfAssessmentTolerance());
    assertEquals(15.31, g32.selfScoreRate() - g32.scoreRate(), 0.005);
  }

  @Test
  void everyProblemOfABrokenCorrectionLogIsLocated() throws IOException {
    Path file = write("corrections.csv", "unit,period,target,indicator,before,after,reason,author,time\n"
        + "G12,2022-Q2,raw-value,5.1,35,15,二审改判,市委依法治市办,2022-08-26T10:30:00+08:00\n"
        + ",2022-Q5,raw-values,5.1,35,15,理由,作者,2022-08-26T10:30:00+08:00\n"
        + "G12,2022-Q2,raw-value,,35,十五,理由,作者,2022-08-26\n"
        + "G34,2022-Q4,grade,5.1,,良好,,,2023-01-18T15:30:00+08:00\n"
        + "G34,2022-Q4,indicator-score,9.1,4,5,理由,作者,2022-01-01T00:00:00Z\n"
        + "G12,2022-Q2,raw-value,5.1,35,15,二审改判,市委依法治市办,2022-08-26T10:30:00+08:00\n"
        + "G12,2022-Q2,raw-value,5.1\n");
    LoadedCorrections log = DatasetFiles.readCorrections(file, TextEncoding.AUTO);
    String f = file.toString();
    assertEquals(List.of(
        f + ":3: field 'unit': blank unit: every row needs one",
        f + ":3: field 'period' = '2022-Q5': not a period: write a quarter as 2022-Q4 or a year as 2022",
        f + ":3: field 'target' = 'raw-values': not a correction target: write raw-value, indicator-score or grade",
        f + ":4: field 'indicator': blank indicator: a raw-value correction names the leaf indicator it corrects",
        f + ":4: field 'after' = '十五': not a number: a raw-value or indicator-score correction takes numbers with a"
            + " '.' decimal point",
        f + ":4: field 'time' = '2022-08-26': not an ISO-8601 time with its offset: write it as"
            + " 2023-01-18T15:30:00+08:00 (or ...Z for UTC)",
        f + ":5: field 'indicator' = '5.1': a grade correction names no indicator; leave it empty",
        f + ":5: field 'before': blank before: every row needs one",
        f + ":5: field 'reason': blank reason: every row needs one",
        f + ":5: field 'author': blank author: every row needs one",
        f + ":6: field 'time' = '2022-01-01T00:00:00Z': earlier than the correction on line 2"
            + " (2022-08-26T02:30:00Z): the log is append-only, so add new corrections at the end, in time order",
        f + ":7: field 'unit' = 'G12': the same correction as line 2; a correction is recorded once",
        f + ":8: field 'columns' = '4': expected 9 columns (unit,period,target,indicator,before,after,reason,author,"
            + "time) but found 4"),
        log.problems().stream().map(Problem::toString).toList());
    assertEquals(1, log.entries().size());
  }

  @Test
  void aCorrectionThatDoesNotMatchTheDataIsReportedAtItsLine() throws IOException {
    Path data = copySeeds(dir.resolve("data"), StandardCharsets.UTF_8);
    Path file = data.resolve("corrections.csv");
    Files.writeString(file, "unit,period,target,indicator,before,after,reason,author,time\n"
        + "G12,2022-Q2,raw-value,5.1,30,15,二审改判,市委依法治市办,2022-08-26T10:30:00+08:00\n"
        + "G34,2022-Q4,grade,,良好,一般,等次调整,市绩效考评委员会,2023-01-18T15:30:00+08:00\n"
        + "G34,2022-Q4,grade,,优秀,特等,等次调整,市绩效考评委员会,2023-01-19T15:30:00+08:00\n"
        + "X01,2022-Q4,grade,,优秀,良好,等次调整,市绩效考评委员会,2023-01-19T15:30:00+08:00\n",
        StandardCharsets.UTF_8);
    LoadedDataset loaded = DatasetFiles.read(data);
    String f = file.toString();
    assertEquals(List.of(
        f + ":2: field 'before' = '30': the data holds 35 (correction of G12, 2022-Q2, RAW_VALUE)"),
        loaded.problems(POLICY, Q2).stream().map(Problem::toString).toList());
    InvalidInputException q4 = assertThrows(InvalidInputException.class, () -> loaded.evaluate(POLICY, Q4));
    assertEquals(List.of(
        f + ":4: field 'after' = '特等': unknown grade (correction of G34, 2022-Q4, GRADE)",
        f + ":5: field 'unit' = 'X01': unknown unit (correction of X01, 2022-Q4, GRADE)"),
        q4.problems().stream().map(Problem::toString).toList());
    // The engine checks a grade's "before" only once the scores stand, so this one shows when the others are fixed.
    Files.writeString(file, "unit,period,target,indicator,before,after,reason,author,time\n"
        + "G34,2022-Q4,grade,,良好,一般,等次调整,市绩效考评委员会,2023-01-18T15:30:00+08:00\n", StandardCharsets.UTF_8);
    InvalidInputException grade = assertThrows(InvalidInputException.class,
        () -> DatasetFiles.read(data).evaluate(POLICY, Q4));
    assertEquals(List.of(
        f + ":2: field 'before' = '良好': the unit's grade is 优秀 (correction of G34, 2022-Q4, GRADE)"),
        grade.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void theJsonDatasetReadsTheSameAsTheCsvFiles() throws IOException {
    LoadedDataset csv = ExampleData.load();
    Path file = Files.write(dir.resolve("baicheng-2022.json"),
        DatasetJson.bytes(csv.dataset(), csv.correctionLog()));
    LoadedDataset json = DatasetJson.read(file);
    assertEquals(List.of(), json.parseProblems());
    assertEquals(csv.dataset().units(), json.dataset().units());
    assertEquals(csv.valueCount(), json.valueCount());
    assertEquals(csv.selfAssessmentCount(), json.selfAssessmentCount());
    assertEquals(csv.correctionLog(), json.correctionLog());
    for (Period period : csv.periodsWithValues()) {
      AppraisalResult fromCsv = csv.evaluate(POLICY, period);
      AppraisalResult fromJson = json.evaluate(POLICY, period);
      assertEquals(fromCsv.provenance(), fromJson.provenance(), "same canonical data, same hash: " + period);
      assertEquals(fromCsv.ranking(), fromJson.ranking(), period.toString());
    }
  }

  @Test
  void everyProblemOfAJsonDatasetNamesItsLine() throws IOException {
    Path file = write("data.json", """
        {
          "format": "appraisal-dataset",
          "units": [
            {"id": "P01", "name": "市纪委监委机关", "category": "party", "attributes": []},
            {"id": "G01", "name": "市政府办公室", "category": "government", "attributes": "enforcement"},
            {"id": "", "name": "无名", "category": "party"}
          ],
          "values": [
            {"unit": "P01", "period": "2022-Q4", "indicator": "2.2", "value": 80, "self": "95%"},
            {"unit": "P01", "period": "2022-Q4", "indicator": "1.1", "value": "NA"},
            {"unit": "P01", "period": "2022-Q4", "indicator": "1.2", "vaule": 3},
            {"unit": "P01", "period": "2022-Q4", "indicator": "6.1", "value": true},
            {"unit": "P01", "period": "2022Q5", "indicator": "6.2", "value": "x"},
            "P01"
          ],
          "adjustments": [{"unit": "P01", "period": "2022-Q4", "item": "deduction.notice", "count": 0}],
          "extra": 1
        }
        """);
    LoadedDataset loaded = DatasetJson.read(file);
    String f = file.toString();
    assertEquals(List.of(
        f + ":6: field 'id': blank id: every row needs one",
        f + ":11: field 'vaule': unknown field; a record of values has unit, period, indicator, value, self",
        f + ":12: field 'value' = 'true': must be a string or a number, not true",
        f + ":13: field 'period' = '2022Q5': not a period: write a quarter as 2022-Q4 or a year as 2022",
        f + ":13: field 'value' = 'x': not a number: write digits with a '.' decimal point (95% is read as 95), or"
            + " NA for not applicable, or leave it empty when missing",
        f + ":14: field 'values' = 'P01': each item of values must be a record {...}",
        f + ":16: field 'count' = '0': not a count: write a whole number of occurrences, at least 1",
        f + ":17: field 'extra': unknown key; a dataset has format, formatVersion, units, values, adjustments,"
            + " corrections"),
        loaded.parseProblems().stream().sorted(Comparator.comparingLong(Problem::line)).map(Problem::toString)
            .toList());
    assertEquals(OptionalDouble.of(95), loaded.dataset().selfAssessment("P01", Q4, "2.2"));
    assertTrue(loaded.dataset().isNotApplicable("P01", Q4, "1.1"));
    assertEquals(List.of("enforcement"), List.copyOf(loaded.dataset().units().get(1).attributes()));
    LoadedDataset malformed = DatasetJson.read("bad.json", "{\"units\": [}".getBytes(StandardCharsets.UTF_8));
    assertEquals(1, malformed.parseProblems().size());
    assertTrue(malformed.parseProblems().get(0).toString().startsWith("bad.json:1: not valid JSON: "),
        malformed.parseProblems().toString());
  }
}
