package io.appraisal.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.appraisal.core.AppraisalResult;
import io.appraisal.core.IndicatorScore;
import io.appraisal.core.Note;
import io.appraisal.core.UnitResult;
import io.appraisal.example.ExampleQuarters;
import io.appraisal.io.results.RankingReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {
  /** 市司法局: bonus events cut by the item cap and the total cap in 2022-Q4. */
  private static final String UNIT = "G09";

  private static RankingReport report;
  private static byte[] bytes;

  @BeforeAll
  static void write() {
    report = RankingReport.of(ExampleQuarters.q4(), ExampleQuarters.quarters().get(2));
    bytes = XlsxWriter.bytes(report);
  }

  private static XSSFWorkbook open(byte[] content) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(content));
  }

  @Test
  void sheetsAndHeaders() throws IOException {
    try (XSSFWorkbook book = open(bytes)) {
      List<String> names = new ArrayList<>();
      book.forEach(sheet -> names.add(sheet.getSheetName()));
      assertEquals(List.of("Ranking", "党委部门及市级机关", "政府部门", "群团组织", "Breakdown", "Adjustments", "Notes"),
          names);
      assertEquals(XlsxWriter.RANKING_HEADER, header(book.getSheet(XlsxWriter.RANKING)));
      for (String category : List.of("党委部门及市级机关", "政府部门", "群团组织")) {
        assertEquals(XlsxWriter.CATEGORY_HEADER, header(book.getSheet(category)));
      }
      assertEquals(XlsxWriter.BREAKDOWN_HEADER, header(book.getSheet(XlsxWriter.BREAKDOWN)));
      assertEquals(XlsxWriter.ADJUSTMENTS_HEADER, header(book.getSheet(XlsxWriter.ADJUSTMENTS)));
      assertEquals(XlsxWriter.NOTES_HEADER, header(book.getSheet(XlsxWriter.NOTES)));
      assertEquals(List.of("rank", "category_rank", "unit_id", "unit_name", "category", "category_name",
          "score_rate", "bonus", "deduction", "score", "grade", "vetoed", "rank_change"), XlsxWriter.RANKING_HEADER);

      for (XSSFSheet sheet : List.of(book.getSheet("Ranking"), book.getSheet("政府部门"), book.getSheet("Notes"))) {
        XSSFCell first = sheet.getRow(0).getCell(0);
        assertTrue(first.getCellStyle().getFont().getBold(), sheet.getSheetName() + " header bold");
        assertTrue(sheet.getPaneInformation().isFreezePane(), sheet.getSheetName() + " frozen");
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), sheet.getSheetName() + " split");
      }
      assertEquals(67, book.getSheet("Ranking").getLastRowNum());
      assertEquals(18, book.getSheet("党委部门及市级机关").getLastRowNum());
      assertEquals(39, book.getSheet("政府部门").getLastRowNum());
      assertEquals(10, book.getSheet("群团组织").getLastRowNum());
      int indicators = ExampleQuarters.q4().unit(0).indicators().size();
      assertEquals(67 * indicators, book.getSheet("Breakdown").getLastRowNum());
    }
  }

  @Test
  void oneUnitsValuesAreNumericCellsWithThePolicysDecimals() throws IOException {
    AppraisalResult q4 = ExampleQuarters.q4();
    UnitResult unit = q4.unit(UNIT).orElseThrow();
    try (XSSFWorkbook book = open(bytes)) {
      Row row = find(book.getSheet("Ranking"), 2, UNIT);
      assertEquals(unit.rank(), row.getCell(0).getNumericCellValue());
      assertEquals(unit.categoryRank(), row.getCell(1).getNumericCellValue());
      assertEquals("市司法局", row.getCell(3).getStringCellValue());
      assertEquals("government", row.getCell(4).getStringCellValue());
      assertEquals("政府部门", row.getCell(5).getStringCellValue());
      Cell scoreRate = row.getCell(6);
      assertEquals(CellType.NUMERIC, scoreRate.getCellType());
      assertEquals(q4.policy().rounding().round(unit.scoreRate()).doubleValue(), scoreRate.getNumericCellValue());
      assertEquals("0.00", scoreRate.getCellStyle().getDataFormatString());
      assertEquals(3.0, row.getCell(7).getNumericCellValue(), "bonus after the total cap of 3");
      assertEquals(0.0, row.getCell(8).getNumericCellValue());
      Cell score = row.getCell(9);
      assertEquals(unit.published().doubleValue(), score.getNumericCellValue());
      assertEquals("0.00", score.getCellStyle().getDataFormatString());
      assertEquals(unit.grade().orElseThrow(), row.getCell(10).getStringCellValue());
      assertEquals(false, row.getCell(11).getBooleanCellValue());
      assertEquals(report.rankChange(UNIT).orElseThrow(), row.getCell(12).getNumericCellValue());

      Row inCategory = find(book.getSheet("政府部门"), 2, UNIT);
      assertEquals(unit.categoryRank(), inCategory.getCell(0).getNumericCellValue());
      assertEquals(unit.published().doubleValue(), inCategory.getCell(7).getNumericCellValue());

      List<Row> adjustments = rows(book.getSheet("Adjustments"), 0, UNIT);
      assertEquals(2, adjustments.size());
      assertEquals("bonus.regulation", adjustments.get(0).getCell(2).getStringCellValue());
      assertEquals("起草地方性法规", adjustments.get(0).getCell(3).getStringCellValue());
      assertEquals("BONUS", adjustments.get(0).getCell(4).getStringCellValue());
      assertEquals(3, adjustments.get(0).getCell(5).getNumericCellValue());
      assertEquals(unit.adjustments().get(0).requested(), adjustments.get(0).getCell(6).getNumericCellValue());
      assertEquals(unit.adjustments().get(0).applied(), adjustments.get(0).getCell(7).getNumericCellValue());
      assertEquals(unit.adjustments().get(0).capNote(), adjustments.get(0).getCell(8).getStringCellValue());
      assertTrue(unit.adjustments().get(0).wasCapped());
      assertEquals("参与起草地方性法规3部", adjustments.get(0).getCell(9).getStringCellValue());

      List<Row> breakdown = rows(book.getSheet("Breakdown"), 1, UNIT);
      assertEquals(unit.indicators().size(), breakdown.size());
      IndicatorScore leaf = unit.indicator("2.2").orElseThrow();
      Row leafRow = breakdown.stream().filter(r -> r.getCell(3).getStringCellValue().equals("2.2")).findFirst()
          .orElseThrow();
      assertEquals("述法评议得分", leafRow.getCell(4).getStringCellValue());
      assertEquals(2, leafRow.getCell(5).getNumericCellValue());
      assertTrue(leafRow.getCell(6).getBooleanCellValue());
      assertEquals("SCORED", leafRow.getCell(7).getStringCellValue());
      assertEquals(leaf.raw(), leafRow.getCell(8).getNumericCellValue());
      // published decimals, not the unrounded double: 2.2 scores 8 × 89.4 / 100 = 7.152 → 7.15 of 8
      assertEquals(7.15, leafRow.getCell(9).getNumericCellValue());
      assertEquals(7.152, leaf.score());
      assertEquals(8.0, leafRow.getCell(10).getNumericCellValue());
      assertEquals(q4.policy().rounding().round(leaf.contribution()).doubleValue(),
          leafRow.getCell(11).getNumericCellValue());
      assertEquals("0.00", leafRow.getCell(9).getCellStyle().getDataFormatString());
    }
  }

  @Test
  void notesListEveryNoteOfTheResultInTheWorkbooksLanguage() throws IOException {
    // 2022-Q2: M06's 9.1 is missing and left out of its maximum, the example's one note
    RankingReport q2 = RankingReport.of(ExampleQuarters.quarters().get(1), ExampleQuarters.quarters().get(0));
    Note note = q2.current().notes().get(0);
    assertEquals(1, q2.current().notes().size());
    try (XSSFWorkbook zh = open(XlsxWriter.bytes(q2)); XSSFWorkbook en = open(XlsxWriter.bytes(q2, Locale.ENGLISH))) {
      assertEquals(List.of("M06", "市侨联", "9.1", "缺失，不计入满分", note.message(Locale.CHINESE)),
          texts(zh.getSheet("Notes").getRow(1)));
      assertEquals(List.of("M06", "市侨联", "9.1", "missing, left out of the maximum", note.message(Locale.ENGLISH)),
          texts(en.getSheet("Notes").getRow(1)));
      assertEquals(1, zh.getSheet("Notes").getLastRowNum());
    }
    assertEquals(0, ExampleQuarters.q4().notes().size());
  }

  @Test
  void sameResultSameBytes() {
    assertArrayEquals(bytes, XlsxWriter.bytes(report));
  }

  @Test
  void writesAtomically(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out").resolve("ranking-2022-Q4.xlsx");
    XlsxWriter.write(report, file);
    assertArrayEquals(bytes, Files.readAllBytes(file));
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file left");
    }
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  private static List<String> header(Sheet sheet) {
    List<String> header = new ArrayList<>();
    sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
    return header;
  }

  private static Row find(Sheet sheet, int column, String unit) {
    return rows(sheet, column, unit).get(0);
  }

  private static List<Row> rows(Sheet sheet, int column, String unit) {
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Cell cell = sheet.getRow(r).getCell(column);
      if (cell != null && cell.getStringCellValue().equals(unit)) {
        rows.add(sheet.getRow(r));
      }
    }
    return rows;
  }
}
