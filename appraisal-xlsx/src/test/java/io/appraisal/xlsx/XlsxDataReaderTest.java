package io.appraisal.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AdjustmentEvent;
import io.appraisal.core.AppraisalResult;
import io.appraisal.core.CompiledPolicy;
import io.appraisal.core.Correction;
import io.appraisal.core.CorrectionLog;
import io.appraisal.core.Dataset;
import io.appraisal.core.Origin;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.core.Unit;
import io.appraisal.core.UnitResult;
import io.appraisal.example.ExampleData;
import io.appraisal.io.LoadedDataset;
import io.appraisal.example.ExampleQuarters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxDataReaderTest {
  private static final String BOOK = "data/2022.xlsx";
  /** The same words as for a CSV file: one row mapping reads both. */
  private static final String HINT = "write digits with a '.' decimal point (95% is read as 95), or NA for not"
      + " applicable, or leave it empty when missing";
  private static final String NOT_A_NUMBER = "not a number: " + HINT;

  @Test
  void theBundledExampleRoundTripsThroughAWorkbook() throws IOException {
    Dataset csv = ExampleData.dataset();
    LoadedDataset read = XlsxDataReader.read(BOOK, workbook(csv, null));

    assertEquals(List.of(), read.parseProblems());
    assertEquals(List.of(BOOK + "!units", BOOK + "!values", BOOK + "!adjustments"), read.sources());
    assertEquals(ExampleData.load().valueCount(), read.valueCount());
    assertEquals(ExampleData.load().notApplicableCount(), read.notApplicableCount());
    assertEquals(ExampleData.load().eventCount(), read.eventCount());
    assertEquals(csv.units(), read.dataset().units());
    assertEquals(csv.events(), read.dataset().events());

    CompiledPolicy policy = ExampleQuarters.policy();
    for (Period period : read.periodsWithValues()) {
      AppraisalResult fromXlsx = read.evaluate(policy, period);
      AppraisalResult fromCsv = period.isQuarter() ? policy.evaluate(csv, period)
          : policy.evaluateYear(csv, period.year(), CorrectionLog.empty());
      assertEquals(67, fromXlsx.size());
      assertEquals(published(fromCsv), published(fromXlsx), "published scores and ranks of " + period);
    }
    assertEquals(List.of(Period.year(2022), Period.quarter(2022, 1), Period.quarter(2022, 2),
        Period.quarter(2022, 3), Period.quarter(2022, 4)), read.periodsWithValues());
  }

  @Test
  void selfAssessmentsAndCorrectionsReadAsFromTheCsvFiles() throws IOException {
    LoadedDataset csv = ExampleData.load();
    List<Correction> log = csv.corrections().entries();
    LoadedDataset read = XlsxDataReader.read(BOOK, workbook(csv.dataset(), log, null));

    assertEquals(List.of(), read.parseProblems());
    assertTrue(csv.selfAssessmentCount() > 0, "the example has self-assessments");
    assertEquals(csv.selfAssessmentCount(), read.selfAssessmentCount());
    assertEquals(csv.valueCount(), read.valueCount());
    for (Period period : csv.dataset().periods()) {
      for (String indicator : csv.dataset().indicators(period)) {
        for (Unit unit : csv.dataset().units()) {
          assertEquals(csv.dataset().selfAssessment(unit.id(), period, indicator),
              read.dataset().selfAssessment(unit.id(), period, indicator), unit.id() + " " + period + " " + indicator);
        }
      }
    }
    // the two corrections of the example, in order, located at their rows of the sheet as the workbook spells it
    assertEquals(2, log.size());
    assertEquals(log, read.corrections().entries());
    assertEquals(List.of(new Origin(BOOK + "!Corrections", 2), new Origin(BOOK + "!Corrections", 3)),
        read.corrections().origins());
    assertEquals(List.of(BOOK + "!units", BOOK + "!values", BOOK + "!adjustments", BOOK + "!Corrections"),
        read.sources());

    CompiledPolicy policy = ExampleQuarters.policy();
    for (Period period : List.of(Period.parse("2022-Q2"), Period.parse("2022-Q4"), Period.year(2022))) {
      AppraisalResult fromXlsx = read.evaluate(policy, period);
      assertEquals(published(csv.evaluate(policy, period)), published(fromXlsx), "with corrections, " + period);
      assertEquals(csv.evaluate(policy, period).provenance(), fromXlsx.provenance(), "the same inputs, " + period);
    }
  }

  @Test
  void aBrokenCorrectionsSheetIsLocatedLikeACsvFile() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    row(book.createSheet("units"), 0, "id", "name", "category", "attributes");
    row(book.createSheet("values"), 0, "unit", "period", "indicator", "value", "self");
    row(book.getSheet("values"), 1, "G09", "2022-Q4", "1.1", 1.0, "x");
    row(book.createSheet("adjustments"), 0, "unit", "period", "item", "count", "note");
    XSSFSheet log = book.createSheet("corrections");
    row(log, 0, "unit", "period", "target", "indicator", "before", "after", "reason", "author", "time");
    row(log, 1, "G12", "2022-Q2", "raw-values", "5.1", 35.0, 15.0, "二审改判", "市委依法治市办",
        "2022-08-26T10:30:00+08:00");
    row(log, 2, "G12", "2022-Q2", "raw-value", "5.1", 35.0, null, "二审改判", "市委依法治市办",
        "2022-08-26T10:30:00+08:00").getCell(5).setCellErrorValue(FormulaError.REF.getCode());
    row(log, 3, "G12", "2022-Q2", "raw-value", "5.1", 35.0, 15.0, "二审改判", "市委依法治市办", 44799.0);

    LoadedDataset read = XlsxDataReader.read(BOOK, bytes(book));

    String sheet = BOOK + "!corrections";
    assertEquals(List.of(
        new Problem(BOOK + "!values", 2, "self", "x", "not a number: write the self-assessed value (自评) with a '.'"
            + " decimal point (95% is read as 95), or leave it empty when the unit did not assess itself"),
        new Problem(sheet, 2, "target", "raw-values",
            "not a correction target: write raw-value, indicator-score or grade"),
        new Problem(sheet, 3, "after", "#REF!", "the cell shows an error; a raw-value or indicator-score correction"
            + " takes numbers with a '.' decimal point"),
        new Problem(sheet, 4, "time", "44799", "not an ISO-8601 time with its offset: write it as"
            + " 2023-01-18T15:30:00+08:00 (or ...Z for UTC)")),
        located(read.parseProblems()));
    assertEquals(List.of(), read.corrections().entries());
  }

  @Test
  void everyValueCarriesItsSheetAndRow() throws IOException {
    // A yes/no indicator given 7: the engine's range check names the workbook's sheet and row.
    int[] row = new int[1];
    byte[] book = workbook(ExampleData.dataset(), values -> {
      row[0] = find(values, "G09", "2022-Q4", "2.1");
      values.getRow(row[0]).getCell(3).setCellValue(7);
    });
    LoadedDataset read = XlsxDataReader.read(BOOK, book);
    assertEquals(List.of(), read.parseProblems());
    List<Problem> problems = read.problems(ExampleQuarters.policy(), Period.parse("2022-Q4"));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(BOOK + "!values", problems.get(0).source());
    assertEquals(row[0] + 1, problems.get(0).line(), "the Excel row number");
    assertEquals("7", problems.get(0).value());
  }

  @Test
  void anUnreadableValueIsReportedOnceNotAgainAsMissing() throws IOException {
    int[] row = new int[1];
    byte[] book = workbook(ExampleData.dataset(), values -> {
      row[0] = find(values, "G09", "2022-Q4", "2.2");
      values.getRow(row[0]).getCell(3).setCellValue("eighty");
    });
    LoadedDataset read = XlsxDataReader.read(BOOK, book);
    assertEquals(List.of(new Problem(BOOK + "!values", row[0] + 1, "value", "eighty", NOT_A_NUMBER)),
        located(read.problems(ExampleQuarters.policy(), Period.parse("2022-Q4"))));
  }

  @Test
  void aBrokenWorkbookReportsEveryProblemWithSheetAndRow() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    XSSFSheet units = book.createSheet("Units");
    row(units, 0, "ID", "Name", "Category", "Attributes");
    row(units, 1, "G09", "市司法局", "government", "enforcement");
    row(units, 2, "", "市无名局", "government", "");
    row(units, 3, "G10", "市财政局", "government", "enforcement;");
    XSSFSheet values = book.createSheet("values");
    row(values, 0, "unit", "period", "indicator", "value");
    row(values, 1, "G09", "2022-Q4", "1.1", "abc");
    row(values, 2, "G09", "2022-Q5", "1.2", 3.0);
    row(values, 3, "G09", "2022-Q4", "2.1", true);
    // row 5 (index 4) left blank: skipped
    row(values, 5, "G09", "2022-Q4", "2.2", null).getCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
    row(values, 6, "G09", "2022-Q4", "3.1", 100.0, "extra");
    row(values, 7, "G09", "2022-Q4", "3.2", "NA");
    row(values, 8, "G10", 2022.0, "year-end.onsite", " 85.5 ");
    row(values, 9, "G10", "2022-Q4", "1.1", "");
    XSSFSheet adjustments = book.createSheet("adjustments");
    row(adjustments, 0, "unit", "period", "item", "times", "note");
    row(adjustments, 1, "G09", "2022-Q4", "bonus.regulation", 1.0, "");

    LoadedDataset read = XlsxDataReader.read(BOOK, bytes(book));

    String sheet = BOOK + "!values";
    assertEquals(List.of(
        new Problem(BOOK + "!Units", 3, "id", "", "blank id: every row needs one"),
        new Problem(sheet, 2, "value", "abc", NOT_A_NUMBER),
        new Problem(sheet, 3, "period", "2022-Q5", "not a period: write a quarter as 2022-Q4 or a year as 2022"),
        new Problem(sheet, 4, "value", "TRUE", NOT_A_NUMBER),
        new Problem(sheet, 6, "value", "#DIV/0!", "the cell shows an error; " + HINT),
        new Problem(sheet, 7, "columns", "extra", "5 fields but the header has 4 columns"
            + " (unit,period,indicator,value): 'extra' is beyond them; a number written with a decimal comma (2,5)"
            + " is split in two: write 2.5"),
        new Problem(BOOK + "!adjustments", 1, "header", "unit,period,item,times,note",
            "expected the columns unit,period,item,count,note but found 5: unit,period,item,times,note")),
        located(read.parseProblems()));
    assertEquals(List.of(BOOK + "!Units", BOOK + "!values", BOOK + "!adjustments"), read.sources());
    assertEquals(List.of(Unit.of("G09", "市司法局", "government", "enforcement"),
        Unit.of("G10", "市财政局", "government", "enforcement")), read.dataset().units());
    assertTrue(read.dataset().isNotApplicable("G09", Period.parse("2022-Q4"), "3.2"));
    assertEquals(OptionalDouble.of(85.5), read.dataset().value("G10", Period.year(2022), "year-end.onsite"));
    assertEquals(OptionalDouble.empty(), read.dataset().value("G10", Period.parse("2022-Q4"), "1.1"));
    assertEquals(2, read.valueCount() + read.notApplicableCount());
    assertEquals(0, read.eventCount());
  }

  @Test
  void missingSheetsAreProblems() throws IOException {
    XSSFWorkbook book = new XSSFWorkbook();
    row(book.createSheet("values"), 0, "unit", "period", "indicator", "value");
    book.createSheet("adjustments");

    assertEquals(List.of(
        new Problem(BOOK, 0, "sheet", "units",
            "missing sheet 'units' (columns id,name,category,attributes); the workbook has: values, adjustments"),
        new Problem(BOOK + "!adjustments", 1, "header", "",
            "the sheet is empty; expected the header unit,period,item,count,note")),
        located(XlsxDataReader.read(BOOK, bytes(book)).parseProblems()));
  }

  @Test
  void aFileThatIsNoWorkbookIsAProblem(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("values.csv");
    Files.writeString(text, "unit,period,indicator,value\n", StandardCharsets.UTF_8);
    List<Problem> problems = XlsxDataReader.read(text).parseProblems();
    assertEquals(1, problems.size());
    assertEquals(text.toString(), problems.get(0).source());
    assertTrue(problems.get(0).message().startsWith("not a readable Excel workbook (.xlsx): "), problems.toString());

    Path missing = dir.resolve("missing.xlsx");
    assertEquals(List.of(new Problem(missing.toString(), 0, "", "", "no such file")),
        located(XlsxDataReader.read(missing).parseProblems()));
  }

  /** The problems as located English text, their bundle keys left out, to compare with hand-written ones. */
  static List<Problem> located(List<Problem> problems) {
    return problems.stream().map(p -> new Problem(p.source(), p.line(), p.field(), p.value(), p.message())).toList();
  }

  // --- the workbook of a dataset, as an analyst would keep it ---

  interface Edit {
    void apply(XSSFSheet values);
  }

  /** The index of the values row of a unit, period and indicator. */
  private static int find(XSSFSheet values, String unit, String period, String indicator) {
    for (int r = 1; r <= values.getLastRowNum(); r++) {
      XSSFRow row = values.getRow(r);
      if (row.getCell(0).getStringCellValue().equals(unit) && row.getCell(1).getStringCellValue().equals(period)
          && row.getCell(2).getStringCellValue().equals(indicator)) {
        return r;
      }
    }
    throw new AssertionError("no value of " + unit + " " + period + " " + indicator);
  }

  static byte[] workbook(Dataset data, Edit edit) throws IOException {
    return workbook(data, null, edit);
  }

  /**
   * The workbook of a dataset; with a correction log ({@code corrections} not null) the values get the self column
   * and the workbook a corrections sheet.
   */
  private static byte[] workbook(Dataset data, List<Correction> corrections, Edit edit) throws IOException {
    boolean full = corrections != null;
    XSSFWorkbook book = new XSSFWorkbook();
    XSSFSheet units = book.createSheet("units");
    row(units, 0, "id", "name", "category", "attributes");
    int r = 1;
    for (Unit unit : data.units()) {
      row(units, r++, unit.id(), unit.name(), unit.category(), String.join(";", unit.attributes()));
    }
    XSSFSheet values = book.createSheet("values");
    row(values, 0, full ? new Object[] {"unit", "period", "indicator", "value", "self"}
        : new Object[] {"unit", "period", "indicator", "value"});
    r = 1;
    for (Period period : data.periods()) {
      for (String indicator : data.indicators(period)) {
        for (Unit unit : data.units()) {
          OptionalDouble value = data.value(unit.id(), period, indicator);
          OptionalDouble self = data.selfAssessment(unit.id(), period, indicator);
          Object written = value.isPresent() ? (Object) value.getAsDouble()
              : data.isNotApplicable(unit.id(), period, indicator) ? "NA" : null;
          if (written != null || (full && self.isPresent())) {
            row(values, r++, unit.id(), period.toString(), indicator, written,
                full && self.isPresent() ? self.getAsDouble() : null);
          }
        }
      }
    }
    XSSFSheet adjustments = book.createSheet("adjustments");
    row(adjustments, 0, "unit", "period", "item", "count", "note");
    r = 1;
    for (AdjustmentEvent event : data.events()) {
      row(adjustments, r++, event.unit(), event.period().toString(), event.item(), (double) event.count(),
          event.note());
    }
    if (full) {
      XSSFSheet log = book.createSheet("Corrections");
      row(log, 0, "unit", "period", "target", "indicator", "before", "after", "reason", "author", "time");
      r = 1;
      for (Correction c : corrections) {
        boolean numeric = c.target() != Correction.Target.GRADE;
        row(log, r++, c.unit(), c.period().toString(), c.target().name().toLowerCase(Locale.ROOT).replace('_', '-'),
            c.indicator(), numeric ? (Object) Double.parseDouble(c.before()) : c.before(),
            numeric ? (Object) Double.parseDouble(c.after()) : c.after(), c.reason(), c.author(),
            c.time().toString());
      }
    }
    if (edit != null) {
      edit.apply(values);
    }
    return bytes(book);
  }

  static XSSFRow row(XSSFSheet sheet, int index, Object... cells) {
    XSSFRow row = sheet.createRow(index);
    for (int c = 0; c < cells.length; c++) {
      Object cell = cells[c];
      if (cell instanceof String text) {
        row.createCell(c).setCellValue(text);
      } else if (cell instanceof Double number) {
        row.createCell(c).setCellValue(number);
      } else if (cell instanceof Boolean bool) {
        row.createCell(c).setCellValue(bool);
      } else {
        row.createCell(c);
      }
    }
    return row;
  }

  static byte[] bytes(XSSFWorkbook book) throws IOException {
    try (book) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static List<String> published(AppraisalResult result) {
    return result.ranking().stream()
        .map(u -> u.id() + " " + UnitResult.rankText(u.rank()) + " " + u.published().toPlainString())
        .toList();
  }
}
