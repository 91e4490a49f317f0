package io.appraisal.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.appraisal.core.Dataset;
import io.appraisal.core.Period;
import io.appraisal.core.Problem;
import io.appraisal.io.DatasetFiles;
import io.appraisal.io.LoadedDataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The same rows as a CSV file and as a sheet of text cells read alike: one row mapping reads both. */
class SameRowsPropertiesTest {
  private static final List<String> UNITS = List.of("P01", "G09");

  @Property(tries = 40)
  void aValuesSheetReadsAsTheSameCsvFile(@ForAll("rows") List<List<String>> rows) throws IOException {
    Path dir = Files.createTempDirectory("same-rows");
    try {
      StringBuilder csv = new StringBuilder("unit,period,indicator,value,self\n");
      XSSFWorkbook book = new XSSFWorkbook();
      XSSFSheet units = book.createSheet("units");
      row(units, 0, List.of("id", "name", "category", "attributes"));
      for (int u = 0; u < UNITS.size(); u++) {
        row(units, u + 1, List.of(UNITS.get(u), "单位" + u, "party", ""));
      }
      XSSFSheet values = book.createSheet("values");
      row(values, 0, List.of("unit", "period", "indicator", "value", "self"));
      for (int r = 0; r < rows.size(); r++) {
        row(values, r + 1, rows.get(r));
        csv.append(String.join(",", rows.get(r).stream().map(f -> '"' + f + '"').toList())).append('\n');
      }
      row(book.createSheet("adjustments"), 0, List.of("unit", "period", "item", "count", "note"));
      Files.writeString(dir.resolve("units.csv"), "id,name,category,attributes\nP01,单位0,party,\nG09,单位1,party,\n",
          StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("values.csv"), csv, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("adjustments.csv"), "unit,period,item,count,note\n", StandardCharsets.UTF_8);

      LoadedDataset fromCsv = DatasetFiles.read(dir);
      LoadedDataset fromXlsx = XlsxDataReader.read("book.xlsx", bytes(book));

      assertEquals(located(fromCsv.parseProblems()), located(fromXlsx.parseProblems()));
      assertEquals(located(fromCsv.dataset().problems()), located(fromXlsx.dataset().problems()));
      assertEquals(contents(fromCsv.dataset()), contents(fromXlsx.dataset()));
      assertEquals(fromCsv.selfAssessmentCount(), fromXlsx.selfAssessmentCount());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    Arbitrary<String> number = Arbitraries.of("", "80", "95%", "2.5", "-1", "NA", "abc", "1e400", "７");
    Arbitrary<List<String>> row = Combinators.combine(
        Arbitraries.of("P01", "G09", ""), Arbitraries.of("2022-Q4", "2022", "2022-Q5"),
        Arbitraries.of("1.1", "1.2", "1.3"), number, number)
        .as(List::of);
    return row.list().ofMaxSize(8);
  }

  /**
   * Problems without their file name: line, field, value, message (where a duplicate's message names the file of its
   * first occurrence, the same file as the problem's, that name is cut too).
   */
  private static List<String> located(List<Problem> problems) {
    return problems.stream().map(p -> p.line() + " " + p.field() + " " + p.value() + " "
        + p.message().replace(p.source() + ":", "FILE:")).toList();
  }

  private static List<String> contents(Dataset data) {
    List<String> contents = new ArrayList<>();
    for (Period period : data.periods()) {
      for (String indicator : data.indicators(period)) {
        for (String unit : UNITS) {
          contents.add(unit + " " + period + " " + indicator + " " + data.value(unit, period, indicator) + " "
              + data.selfAssessment(unit, period, indicator) + " " + data.isNotApplicable(unit, period, indicator));
        }
      }
    }
    return contents;
  }

  private static void row(XSSFSheet sheet, int index, List<String> cells) {
    XSSFRow row = sheet.createRow(index);
    for (int c = 0; c < cells.size(); c++) {
      row.createCell(c).setCellValue(cells.get(c));
    }
  }

  private static byte[] bytes(XSSFWorkbook book) throws IOException {
    try (book) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }
}
